package dev.hubkit.chat;

import dev.hubkit.chat.internal.EmbeddingResponseReader;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.FallbackPolicy;
import dev.hubkit.core.FallbackResult;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.internal.HubRequest;
import dev.hubkit.core.internal.ModelFallback;
import dev.hubkit.core.internal.HubTransport;
import dev.hubkit.core.internal.ResponseReader;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Embeddings: {@code POST {baseUrl}/embeddings}. Thread-safe; create one per {@link HubClient} with {@link #of}.
 * Methods throw, or complete their future with, a {@code dev.hubkit.core.HubException}: an {@code ApiException}
 * subclass for an error reply, a connection or timeout exception, or {@code MalformedResponseException}.
 */
public final class EmbeddingsApi {
  private static final ResponseReader<EmbeddingResponse> RESPONSE = new EmbeddingResponseReader(ChatWireValues.INSTANCE);

  private final HubTransport transport;

  private EmbeddingsApi(HubTransport transport) {
    this.transport = transport;
  }

  /**
   * The embeddings API of {@code client}'s hub.
   *
   * @param client the client whose transport, key, retries and default options the calls use
   * @return the API; safe to share between threads
   */
  public static EmbeddingsApi of(HubClient client) {
    return new EmbeddingsApi(Objects.requireNonNull(client, "client").transport());
  }

  /**
   * Embeds the request's input, blocking until the reply is read.
   *
   * @param request the input, model and options to embed with
   * @return the vectors, one per input text (match them by {@link Embedding#index()}), with the usage
   * @throws dev.hubkit.core.ApiException when the hub answers with an error status
   * @throws dev.hubkit.core.HubConnectionException when the hub cannot be reached
   */
  public EmbeddingResponse create(EmbeddingRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * As {@link #create(EmbeddingRequest)}, with per-call options.
   *
   * @param request the input, model and options to embed with
   * @param options the call's options, layered over the client's defaults
   * @return the vectors, one per input text, with the usage
   */
  public EmbeddingResponse create(EmbeddingRequest request, RequestOptions options) {
    return transport.execute(post(request, options), RESPONSE);
  }

  /**
   * As {@link #create(EmbeddingRequest)}, without blocking; cancelling the future cancels the call.
   *
   * @param request the input, model and options to embed with
   * @return the vectors, once read; the future fails with the exceptions {@link #create(EmbeddingRequest)} throws
   */
  public CompletableFuture<EmbeddingResponse> createAsync(EmbeddingRequest request) {
    return createAsync(request, RequestOptions.none());
  }

  /**
   * As {@link #createAsync(EmbeddingRequest)}, with per-call options.
   *
   * @param request the input, model and options to embed with
   * @param options the call's options, layered over the client's defaults
   * @return the vectors, once read
   */
  public CompletableFuture<EmbeddingResponse> createAsync(EmbeddingRequest request, RequestOptions options) {
    return transport.executeAsync(post(request, options), RESPONSE);
  }

  /**
   * Embeds with the request's model, then with each of {@code policy}'s models while the error allows a
   * fallback (5xx, 429 after retries, unknown model, timeout, connection failure). Vectors of different models
   * are not comparable: use fallbacks that produce the same embedding space, such as another host of one model.
   *
   * @param request the request, sent first with its own model
   * @param policy the models to try next, in order
   * @return the vectors with the model that produced them
   * @throws dev.hubkit.core.AllModelsFailedException when every model failed that way
   */
  public FallbackResult<EmbeddingResponse> createWithFallback(EmbeddingRequest request, FallbackPolicy policy) {
    return createWithFallback(request, policy, RequestOptions.none());
  }

  /**
   * As {@link #createWithFallback(EmbeddingRequest, FallbackPolicy)}, with per-call options sent with every
   * model's request: the same extra headers, query parameters and body fields, timeouts and retries, and reply
   * listeners told of each model's reply (the failed ones' included, the answering model's last).
   *
   * @param request the request, sent first with its own model
   * @param policy the models to try next, in order
   * @param options the call's options, layered over the client's defaults for each model's request
   * @return the vectors with the model that produced them
   * @throws dev.hubkit.core.AllModelsFailedException when every model failed with an error that allows a fallback
   * @throws dev.hubkit.core.HubException the first error that allows no fallback (401, 402, an invalid request), as
   *     it is
   * @throws NullPointerException when the request, the policy or the options are null
   */
  public FallbackResult<EmbeddingResponse> createWithFallback(
      EmbeddingRequest request, FallbackPolicy policy, RequestOptions options) {
    checkFallbackArguments(request, policy, options);
    return ModelFallback.run(request.model(), policy, model -> create(withModel(request, model), options));
  }

  /**
   * As {@link #createWithFallback(EmbeddingRequest, FallbackPolicy)}, without blocking; each model is tried when
   * the previous one failed.
   *
   * @param request the request, sent first with its own model
   * @param policy the models to try next, in order
   * @return the vectors with the model that produced them; the future fails with the exceptions
   *     {@link #createWithFallback(EmbeddingRequest, FallbackPolicy)} throws
   * @throws NullPointerException when the request or the policy is null
   */
  public CompletableFuture<FallbackResult<EmbeddingResponse>> createWithFallbackAsync(
      EmbeddingRequest request, FallbackPolicy policy) {
    return createWithFallbackAsync(request, policy, RequestOptions.none());
  }

  /**
   * As {@link #createWithFallback(EmbeddingRequest, FallbackPolicy, RequestOptions)}, without blocking; each model
   * is tried, with the same options, when the previous one failed. Cancelling the future cancels the call in
   * flight and tries no other model.
   *
   * @param request the request, sent first with its own model
   * @param policy the models to try next, in order
   * @param options the call's options, layered over the client's defaults for each model's request
   * @return the vectors with the model that produced them; the future fails with the exceptions
   *     {@link #createWithFallback(EmbeddingRequest, FallbackPolicy, RequestOptions)} throws
   * @throws NullPointerException when the request, the policy or the options are null
   */
  public CompletableFuture<FallbackResult<EmbeddingResponse>> createWithFallbackAsync(
      EmbeddingRequest request, FallbackPolicy policy, RequestOptions options) {
    checkFallbackArguments(request, policy, options);
    return ModelFallback.runAsync(request.model(), policy,
        model -> createAsync(withModel(request, model), options));
  }

  private static EmbeddingRequest withModel(EmbeddingRequest request, String model) {
    return model.equals(request.model()) ? request : EmbeddingRequest.builder().from(request).model(model).build();
  }

  private static void checkFallbackArguments(
      EmbeddingRequest request, FallbackPolicy policy, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(options, "options");
  }

  private static HubRequest post(EmbeddingRequest request, RequestOptions options) {
    return HubRequest.postJson(Objects.requireNonNull(request, "request"), "embeddings")
        .withOptions(Objects.requireNonNull(options, "options"));
  }
}
