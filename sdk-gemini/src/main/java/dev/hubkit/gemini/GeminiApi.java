package dev.hubkit.gemini;

import dev.hubkit.core.FallbackPolicy;
import dev.hubkit.core.FallbackResult;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.StreamListener;
import dev.hubkit.core.internal.HubTransport;
import dev.hubkit.core.internal.ModelFallback;
import dev.hubkit.core.internal.ResponseReader;
import dev.hubkit.gemini.internal.EmbeddingReplies;
import dev.hubkit.gemini.internal.GeminiCalls;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Gemini's native API through the hub: {@code POST {baseUrl}/v1beta/models/{model}:generateContent}, streamed
 * {@code :streamGenerateContent?alt=sse}, {@code :embedContent}, {@code :batchEmbedContents} and
 * {@code :countTokens}. The base URL is the {@link HubClient}'s, so a hub serving Gemini at
 * {@code https://hub.example/v1beta/...} needs a client with base URL {@code https://hub.example}. The key goes as
 * {@code Authorization: Bearer} (what hubs accept), or bare in {@code x-goog-api-key}
 * ({@link #withGoogleApiKeyHeader()}), and only to the hub. Immutable and thread-safe; the {@code with} methods
 * return changed copies.
 *
 * <p>Every method throws, or completes its future with, a {@code dev.hubkit.core.HubException}: an
 * {@code ApiException} subclass for an error reply (Google's {@code {"error":{code,message,status}}} included, the
 * status as its type), {@code HubConnectionException} or {@code HubTimeoutException} when the hub cannot be reached
 * in time, {@code MalformedResponseException} for a reply of another shape.
 */
public final class GeminiApi {
  private static final ResponseReader<GenerateContentResponse> RESPONSE =
      ResponseReader.json(GenerateContentResponse.class);
  private static final ResponseReader<TokenCount> TOKENS = ResponseReader.json(TokenCount.class);
  private static final String DEFAULT_VERSION = "v1beta";

  private final HubTransport transport;
  private final String apiVersion;
  private final String keyHeader;
  private final FallbackPolicy fallback;
  private final GeminiCalls calls;

  private GeminiApi(HubTransport transport, String apiVersion, String keyHeader, FallbackPolicy fallback) {
    this.transport = transport;
    this.apiVersion = apiVersion;
    this.keyHeader = keyHeader;
    this.fallback = fallback;
    this.calls = new GeminiCalls(apiVersion, keyHeader);
  }

  /**
   * The Gemini API of {@code client}'s hub, version {@code v1beta}, key as a Bearer token.
   *
   * @param client the client
   * @return the API
   */
  public static GeminiApi of(HubClient client) {
    return new GeminiApi(Objects.requireNonNull(client, "client").transport(), DEFAULT_VERSION, null, null);
  }

  /**
   * This API with another version segment, such as {@code v1}, or {@code ""} for a hub whose base URL already
   * ends with the version ({@code https://hub.example/gemini/v1beta}).
   *
   * @param version the version segment
   * @return the copy
   * @throws IllegalArgumentException when the version holds a '/'
   */
  public GeminiApi withApiVersion(String version) {
    String trimmed = Objects.requireNonNull(version, "version").trim();
    if (trimmed.contains("/")) {
      throw new IllegalArgumentException("the API version is one path segment, such as v1beta, not " + version);
    }
    return new GeminiApi(transport, trimmed, keyHeader, fallback);
  }

  /**
   * This API sending the key bare in Google's {@code x-goog-api-key} header instead of as a Bearer token, for hubs
   * that pass Google's authentication through; still only to the hub's origin.
   *
   * @return the copy
   */
  public GeminiApi withGoogleApiKeyHeader() {
    return new GeminiApi(transport, apiVersion, "x-goog-api-key", fallback);
  }

  /**
   * This API with {@code policy} as its default: {@link #generate}, {@link #generateAsync} and {@link #stream}
   * then fall back to the policy's models on errors that allow it (5xx, 429 after retries, unknown model), and
   * return the answer alone. A stream falls back only before its first chunk.
   *
   * @param policy the fallback models and triggers
   * @return the copy
   */
  public GeminiApi withFallback(FallbackPolicy policy) {
    return new GeminiApi(transport, apiVersion, keyHeader, Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Generates a whole reply, blocking.
   *
   * @param model the model, such as {@code gemini-2.5-flash}
   * @param request the conversation and settings
   * @return the reply
   */
  public GenerateContentResponse generate(String model, GenerateContentRequest request) {
    return generate(model, request, RequestOptions.none());
  }

  /**
   * As {@link #generate(String, GenerateContentRequest)}, with per-call options.
   *
   * @param model the model
   * @param request the conversation and settings
   * @param options headers, query, timeout, extra body fields for this call
   * @return the reply
   */
  public GenerateContentResponse generate(String model, GenerateContentRequest request, RequestOptions options) {
    if (fallback != null) {
      return generateWithFallback(model, request, fallback, options).value();
    }
    return transport.execute(calls.generate(model, request, options), RESPONSE);
  }

  /**
   * As {@link #generate(String, GenerateContentRequest, RequestOptions)}, without blocking; cancelling the future
   * cancels the call.
   *
   * @param model the model
   * @param request the conversation and settings
   * @param options the call's options ({@link RequestOptions#none()} for none)
   * @return the reply, when it arrives
   */
  public CompletableFuture<GenerateContentResponse> generateAsync(
      String model, GenerateContentRequest request, RequestOptions options) {
    if (fallback != null) {
      CompletableFuture<FallbackResult<GenerateContentResponse>> attempts =
          generateWithFallbackAsync(model, request, fallback, options);
      CompletableFuture<GenerateContentResponse> answer = attempts.thenApply(FallbackResult::value);
      answer.whenComplete((value, error) -> {
        if (answer.isCancelled()) {
          attempts.cancel(true); // thenApply does not pass a cancel back; the call in flight must stop
        }
      });
      return answer;
    }
    return transport.executeAsync(calls.generate(model, request, options), RESPONSE);
  }

  /**
   * Generates with {@code model}, then with each of {@code policy}'s models while the error allows a fallback.
   *
   * @param model the first model
   * @param request the conversation and settings
   * @param policy the fallback models and triggers
   * @return the reply and the models tried
   * @throws dev.hubkit.core.AllModelsFailedException when every model failed that way
   */
  public FallbackResult<GenerateContentResponse> generateWithFallback(
      String model, GenerateContentRequest request, FallbackPolicy policy) {
    return generateWithFallback(model, request, policy, RequestOptions.none());
  }

  /**
   * As {@link #generateWithFallback(String, GenerateContentRequest, FallbackPolicy)}, with per-call options sent
   * with every model's request: the same extra headers, query parameters and body fields, timeouts and retries,
   * and reply listeners told of each model's reply (the failed ones' included, the answering model's last).
   *
   * @param model the first model
   * @param request the conversation and settings
   * @param policy the fallback models and triggers
   * @param options headers, query, timeout, extra body fields for each model's request
   * @return the reply and the models tried
   * @throws dev.hubkit.core.AllModelsFailedException when every model failed with an error that allows a fallback
   * @throws dev.hubkit.core.HubException the first error that allows no fallback (401, 403, an invalid request), as
   *     it is
   * @throws NullPointerException when the model, the request, the policy or the options are null
   */
  public FallbackResult<GenerateContentResponse> generateWithFallback(
      String model, GenerateContentRequest request, FallbackPolicy policy, RequestOptions options) {
    checkFallbackArguments(model, request, policy, options);
    return ModelFallback.run(model, policy, each -> transport.execute(calls.generate(each, request, options),
        RESPONSE));
  }

  /**
   * As {@link #generateWithFallback(String, GenerateContentRequest, FallbackPolicy)}, without blocking; each model
   * is tried when the previous one failed, and cancelling the future cancels the call in flight and tries no other
   * model.
   *
   * @param model the first model
   * @param request the conversation and settings
   * @param policy the fallback models and triggers
   * @return the reply and the models tried; the future fails with the exceptions
   *     {@link #generateWithFallback(String, GenerateContentRequest, FallbackPolicy)} throws
   * @throws NullPointerException when the model, the request or the policy is null
   */
  public CompletableFuture<FallbackResult<GenerateContentResponse>> generateWithFallbackAsync(
      String model, GenerateContentRequest request, FallbackPolicy policy) {
    return generateWithFallbackAsync(model, request, policy, RequestOptions.none());
  }

  /**
   * As {@link #generateWithFallback(String, GenerateContentRequest, FallbackPolicy, RequestOptions)}, without
   * blocking; each model is tried, with the same options, when the previous one failed, and cancelling the future
   * cancels the call in flight and tries no other model.
   *
   * @param model the first model
   * @param request the conversation and settings
   * @param policy the fallback models and triggers
   * @param options headers, query, timeout, extra body fields for each model's request
   * @return the reply and the models tried; the future fails with the exceptions
   *     {@link #generateWithFallback(String, GenerateContentRequest, FallbackPolicy, RequestOptions)} throws
   * @throws NullPointerException when the model, the request, the policy or the options are null
   */
  public CompletableFuture<FallbackResult<GenerateContentResponse>> generateWithFallbackAsync(
      String model, GenerateContentRequest request, FallbackPolicy policy, RequestOptions options) {
    checkFallbackArguments(model, request, policy, options);
    return ModelFallback.runAsync(model, policy,
        each -> transport.executeAsync(calls.generate(each, request, options), RESPONSE));
  }

  /**
   * Streams the reply ({@code streamGenerateContent?alt=sse}); returns once the hub answered 2xx. Read it on this
   * thread inside try-with-resources.
   *
   * @param model the model
   * @param request the conversation and settings
   * @return the open stream
   */
  public GeminiStream stream(String model, GenerateContentRequest request) {
    return stream(model, request, RequestOptions.none());
  }

  /**
   * As {@link #stream(String, GenerateContentRequest)}, with per-call options.
   *
   * @param model the model
   * @param request the conversation and settings
   * @param options the call's options
   * @return the open stream
   */
  public GeminiStream stream(String model, GenerateContentRequest request, RequestOptions options) {
    if (fallback != null) {
      return streamWithFallback(model, request, fallback, options).value();
    }
    return new GeminiStream(transport.stream(calls.stream(model, request, options), new ChunkDecoder()));
  }

  /**
   * Opens a stream with {@code model}, falling back to {@code policy}'s models only while no chunk has arrived; a
   * failure after the first chunk is thrown during iteration, never answered by another model.
   *
   * @param model the first model
   * @param request the conversation and settings
   * @param policy the fallback models and triggers
   * @return the stream, not yet read, and the models tried
   */
  public FallbackResult<GeminiStream> streamWithFallback(
      String model, GenerateContentRequest request, FallbackPolicy policy) {
    return streamWithFallback(model, request, policy, RequestOptions.none());
  }

  /**
   * As {@link #streamWithFallback(String, GenerateContentRequest, FallbackPolicy)}, with per-call options sent
   * with every model's request; their reply listeners are told of each model's reply when its headers arrive.
   *
   * @param model the first model
   * @param request the conversation and settings
   * @param policy the fallback models and triggers
   * @param options headers, query, read timeout, extra body fields for each model's request
   * @return the stream, not yet read, and the models tried
   * @throws dev.hubkit.core.AllModelsFailedException when every model failed before its first chunk with an error
   *     that allows a fallback
   * @throws dev.hubkit.core.HubException the first error that allows no fallback, as it is
   * @throws NullPointerException when the model, the request, the policy or the options are null
   */
  public FallbackResult<GeminiStream> streamWithFallback(
      String model, GenerateContentRequest request, FallbackPolicy policy, RequestOptions options) {
    checkFallbackArguments(model, request, policy, options);
    return ModelFallback.run(model, policy, each -> {
      GeminiStream stream =
          new GeminiStream(transport.stream(calls.stream(each, request, options), new ChunkDecoder()));
      try {
        stream.awaitFirstEvent();
        return stream;
      } catch (RuntimeException e) {
        stream.close();
        throw e;
      }
    });
  }

  private static void checkFallbackArguments(
      String model, GenerateContentRequest request, FallbackPolicy policy, RequestOptions options) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(options, "options");
  }

  /**
   * Streams the reply in the background, handing each chunk to {@code listener} (use a
   * {@link GeminiStreamAccumulator} for the whole reply); cancelling the future cancels the call.
   *
   * @param model the model
   * @param request the conversation and settings
   * @param listener receives the chunks, then the end or the failure
   * @param options the call's options
   * @return completes when the stream does
   */
  public CompletableFuture<Void> streamAsync(String model, GenerateContentRequest request,
      StreamListener<? super GenerateContentResponse> listener, RequestOptions options) {
    Objects.requireNonNull(listener, "listener");
    return transport.streamAsync(calls.stream(model, request, options), new ChunkDecoder(), listener);
  }

  /**
   * Embeds one content ({@code embedContent}).
   *
   * @param model the embedding model, such as {@code gemini-embedding-001}
   * @param request the content and its task type
   * @param options the call's options
   * @return the vector
   */
  public float[] embed(String model, EmbedContentRequest request, RequestOptions options) {
    return transport.execute(calls.embed(model, request, options), EmbeddingReplies.ONE);
  }

  /**
   * As {@link #embed(String, EmbedContentRequest, RequestOptions)}, without blocking.
   *
   * @param model the embedding model
   * @param request the content and its task type
   * @param options the call's options
   * @return the vector, when it arrives
   */
  public CompletableFuture<float[]> embedAsync(String model, EmbedContentRequest request, RequestOptions options) {
    return transport.executeAsync(calls.embed(model, request, options), EmbeddingReplies.ONE);
  }

  /**
   * Embeds several contents in one call ({@code batchEmbedContents}).
   *
   * @param model the embedding model
   * @param requests the contents, at least one
   * @param options the call's options
   * @return the vectors, in request order
   * @throws dev.hubkit.core.MalformedResponseException when the hub answers another number of vectors
   */
  public List<float[]> embedBatch(String model, List<EmbedContentRequest> requests, RequestOptions options) {
    return checkedCount(requests, transport.execute(calls.embedBatch(model, requests, options),
        EmbeddingReplies.BATCH));
  }

  /**
   * As {@link #embedBatch}, without blocking.
   *
   * @param model the embedding model
   * @param requests the contents, at least one
   * @param options the call's options
   * @return the vectors in request order, when they arrive
   */
  public CompletableFuture<List<float[]>> embedBatchAsync(
      String model, List<EmbedContentRequest> requests, RequestOptions options) {
    return transport.executeAsync(calls.embedBatch(model, requests, options), EmbeddingReplies.BATCH)
        .thenApply(vectors -> checkedCount(requests, vectors));
  }

  /**
   * Counts the tokens of a request ({@code countTokens}) without generating.
   *
   * @param model the model
   * @param request the request to count
   * @param options the call's options
   * @return the count
   */
  public TokenCount countTokens(String model, GenerateContentRequest request, RequestOptions options) {
    return transport.execute(calls.countTokens(model, request, options), TOKENS);
  }

  /**
   * As {@link #countTokens}, without blocking.
   *
   * @param model the model
   * @param request the request to count
   * @param options the call's options
   * @return the count, when it arrives
   */
  public CompletableFuture<TokenCount> countTokensAsync(
      String model, GenerateContentRequest request, RequestOptions options) {
    return transport.executeAsync(calls.countTokens(model, request, options), TOKENS);
  }

  private static List<float[]> checkedCount(List<EmbedContentRequest> requests, List<float[]> vectors) {
    if (vectors.size() != requests.size()) {
      throw new dev.hubkit.core.MalformedResponseException("batchEmbedContents answered " + vectors.size()
          + " embeddings for " + requests.size() + " requests", null);
    }
    return Collections.unmodifiableList(vectors);
  }
}
