package dev.hubkit.chat;

import dev.hubkit.chat.internal.ChoicesFinished;
import dev.hubkit.chat.internal.ChunkReader;
import dev.hubkit.chat.internal.CompletionReader;
import dev.hubkit.chat.internal.ErrorFinish;
import dev.hubkit.chat.internal.RepeatedStrings;
import dev.hubkit.chat.internal.StreamFlaggedBody;
import dev.hubkit.chat.internal.StructuredReplies;
import dev.hubkit.core.FallbackPolicy;
import dev.hubkit.core.FallbackResult;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.HubException;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.StreamListener;
import dev.hubkit.core.StrictSchema;
import dev.hubkit.core.internal.DerivedFuture;
import dev.hubkit.core.internal.EventDecoder;
import dev.hubkit.core.internal.HubRequest;
import dev.hubkit.core.internal.HubTransport;
import dev.hubkit.core.internal.LazyReader;
import dev.hubkit.core.internal.ModelFallback;
import dev.hubkit.core.internal.ResponseReader;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Chat completions: {@code POST {baseUrl}/chat/completions}, answered whole ({@link #create}) or streamed
 * ({@link #stream}). Thread-safe; create one per {@link HubClient} with {@link #of}.
 *
 * <p>Every method throws, or completes its future with, a {@code dev.hubkit.core.HubException}: an
 * {@code ApiException} subclass for an error reply (after the client's retries), {@code HubConnectionException}
 * or {@code HubTimeoutException} when the hub cannot be reached in time, {@code MalformedResponseException} for a
 * reply that is not a chat completion.
 */
public final class ChatApi {
  private static final ResponseReader<ChatCompletion> COMPLETION = new CompletionReader();
  private static final LazyReader CHUNK = LazyReader.of(ChatCompletionChunk.class);

  private final HubTransport transport;
  private final FallbackPolicy fallback;

  private ChatApi(HubTransport transport, FallbackPolicy fallback) {
    this.transport = transport;
    this.fallback = fallback;
  }

  /**
   * The chat API of {@code client}'s hub.
   *
   * @param client the client whose transport, key, retries and default options the calls use
   * @return the API, without a fallback policy; safe to share between threads
   */
  public static ChatApi of(HubClient client) {
    return new ChatApi(Objects.requireNonNull(client, "client").transport(), null);
  }

  /**
   * This API with {@code policy} as its default: {@link #create}, {@link #createAsync} and {@link #stream} then
   * fall back to the policy's models as {@link #createWithFallback} and {@link #streamWithFallback} do, and
   * return the answer alone. Use the {@code ...WithFallback} methods to see which model answered.
   *
   * @param policy the models to fall back to, in order
   * @return a new API; this one keeps its own default
   * @throws NullPointerException when it is null
   */
  public ChatApi withFallback(FallbackPolicy policy) {
    return new ChatApi(transport, Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Sends the request with {@code "stream": false} and waits for the whole reply.
   *
   * @param request the request; its {@code stream} setting is overridden
   * @return the whole reply, with every choice the hub sent
   * @throws dev.hubkit.core.ApiException when the hub answers with an error status, or a choice finished with an error
   *     finish reason (its {@link dev.hubkit.core.ApiException#partialReply} holds the reply)
   * @throws dev.hubkit.core.HubConnectionException when the hub cannot be reached
   */
  public ChatCompletion create(ChatRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * As {@link #create(ChatRequest)}, with per-call options.
   *
   * @param request the request; its {@code stream} setting is overridden
   * @param options the call's options, layered over the client's defaults
   * @return the whole reply
   */
  public ChatCompletion create(ChatRequest request, RequestOptions options) {
    if (fallback != null) {
      return createWithFallback(request, fallback, options).value();
    }
    return completion(request, options);
  }

  /** One whole call: a choice that stopped with an error finish reason is an ApiException, not an answer. */
  private ChatCompletion completion(ChatRequest request, RequestOptions options) {
    HubRequest call = whole(request, options);
    return ErrorFinish.check(transport.execute(call, COMPLETION), "POST", transport.path(call));
  }

  private CompletableFuture<ChatCompletion> completionAsync(ChatRequest request, RequestOptions options) {
    HubRequest call = whole(request, options);
    CompletableFuture<ChatCompletion> reply = transport.executeAsync(call, COMPLETION);
    CompletableFuture<ChatCompletion> checked =
        reply.thenApply(completion -> ErrorFinish.check(completion, "POST", transport.path(call)));
    checked.whenComplete((value, error) -> {
      if (checked.isCancelled()) {
        reply.cancel(true); // thenApply does not pass cancellation back; the call in flight must stop
      }
    });
    return checked;
  }

  /**
   * As {@link #create(ChatRequest)}, without blocking; cancelling the future cancels the call.
   *
   * @param request the request; its {@code stream} setting is overridden
   * @return the whole reply, once read; the future fails with the exceptions {@link #create(ChatRequest)} throws
   */
  public CompletableFuture<ChatCompletion> createAsync(ChatRequest request) {
    return createAsync(request, RequestOptions.none());
  }

  /**
   * As {@link #createAsync(ChatRequest)}, with per-call options.
   *
   * @param request the request; its {@code stream} setting is overridden
   * @param options the call's options, layered over the client's defaults
   * @return the whole reply, once read
   */
  public CompletableFuture<ChatCompletion> createAsync(ChatRequest request, RequestOptions options) {
    if (fallback != null) {
      return DerivedFuture.map(createWithFallbackAsync(request, fallback, options), FallbackResult::value);
    }
    return completionAsync(request, options);
  }

  /**
   * Asks for JSON following {@code type}'s strict schema (in place of the request's response format) and reads the
   * reply into an instance: a request with {@link ResponseFormat#jsonSchema(Class)} and
   * {@link ChatCompletion#parsed(Class)} in one call.
   *
   * @param request the request
   * @param type the class of the answer: a plain class, a record or an Immutables value
   * @param <T> the type
   * @return the answer
   * @throws dev.hubkit.core.StructuredOutputException when the reply does not match the type
   * @throws dev.hubkit.core.UnsupportedSchemaTypeException when the type cannot be expressed strictly
   */
  public <T> T create(ChatRequest request, Class<T> type) {
    return create(request, type, RequestOptions.none());
  }

  /**
   * As {@link #create(ChatRequest, Class)}, with per-call options.
   *
   * @param request the request
   * @param type the class of the answer
   * @param options the call's options
   * @param <T> the type
   * @return the answer
   */
  public <T> T create(ChatRequest request, Class<T> type, RequestOptions options) {
    StrictSchema<T> schema = StrictSchema.of(type);
    return StructuredReplies.parse(create(StructuredReplies.withSchema(request, schema), options), schema);
  }

  /**
   * As {@link #create(ChatRequest, Class)}, without blocking; cancelling the future cancels the call.
   *
   * @param request the request
   * @param type the class of the answer
   * @param <T> the type
   * @return the answer, or a future failed with the same exceptions
   */
  public <T> CompletableFuture<T> createAsync(ChatRequest request, Class<T> type) {
    return createAsync(request, type, RequestOptions.none());
  }

  /**
   * As {@link #createAsync(ChatRequest, Class)}, with per-call options.
   *
   * @param request the request
   * @param type the class of the answer
   * @param options the call's options
   * @param <T> the type
   * @return the answer, or a future failed with the same exceptions
   */
  public <T> CompletableFuture<T> createAsync(ChatRequest request, Class<T> type, RequestOptions options) {
    StrictSchema<T> schema = StrictSchema.of(type);
    return DerivedFuture.map(createAsync(StructuredReplies.withSchema(request, schema), options),
        completion -> StructuredReplies.parse(completion, schema));
  }

  /**
   * Sends the request with {@code "stream": true} and returns the open stream once the hub answered 2xx; read it
   * on this thread inside try-with-resources.
   *
   * @param request the request; its {@code stream} setting is overridden
   * @return the open stream of chunks; close it (try-with-resources) to release the connection
   * @throws dev.hubkit.core.ApiException when the hub answers with an error status
   * @throws dev.hubkit.core.HubConnectionException when the hub cannot be reached
   */
  public ChatStream stream(ChatRequest request) {
    return stream(request, RequestOptions.none());
  }

  /**
   * As {@link #stream(ChatRequest)}, with per-call options.
   *
   * @param request the request; its {@code stream} setting is overridden
   * @param options the call's options, layered over the client's defaults
   * @return the open stream of chunks
   */
  public ChatStream stream(ChatRequest request, RequestOptions options) {
    if (fallback != null) {
      return streamWithFallback(request, fallback, options).value();
    }
    return open(request, options);
  }

  /** Opens one stream, whose chunks go into its ChatStream's accumulator as they are read. */
  private ChatStream open(ChatRequest request, RequestOptions options) {
    HubRequest call = streamed(request, options);
    ChatStreamAccumulator accumulator = new ChatStreamAccumulator();
    return new ChatStream(transport.stream(call, chunkDecoder(call, accumulator)), accumulator);
  }

  /**
   * Streams the reply in the background, handing each chunk to {@code listener}; the future completes with the
   * stream, and cancelling it cancels the call.
   *
   * @param request the request; its {@code stream} setting is overridden
   * @param listener receives the chunks, then the end or the error, on an OkHttp thread
   * @return a future that completes after the listener's last callback, failing as {@link StreamListener} describes
   */
  public CompletableFuture<Void> streamAsync(
      ChatRequest request, StreamListener<? super ChatCompletionChunk> listener) {
    return streamAsync(request, listener, RequestOptions.none());
  }

  /**
   * As {@link #streamAsync(ChatRequest, StreamListener)}, with per-call options.
   *
   * @param request the request; its {@code stream} setting is overridden
   * @param listener receives the chunks, then the end or the error, on an OkHttp thread
   * @param options the call's options, layered over the client's defaults
   * @return a future that completes after the listener's last callback
   * @throws NullPointerException when the listener is null
   */
  public CompletableFuture<Void> streamAsync(
      ChatRequest request, StreamListener<? super ChatCompletionChunk> listener, RequestOptions options) {
    Objects.requireNonNull(listener, "listener");
    HubRequest call = streamed(request, options);
    return transport.streamAsync(call, chunkDecoder(call, new ChatStreamAccumulator()), listener);
  }

  /**
   * A decoder for one stream: chunks share the strings that repeat from one chunk to the next, and go into
   * {@code accumulator}, so that an error finish reason ends the stream with what arrived before it.
   */
  private EventDecoder<ChatCompletionChunk> chunkDecoder(HubRequest call, ChatStreamAccumulator accumulator) {
    return new ChunkReader(CHUNK.get().withAttribute(RepeatedStrings.KEY, new RepeatedStrings()), ChatWireValues.INSTANCE,
        new ChoicesFinished(accumulator, "POST", transport.path(call)));
  }

  /**
   * Sends the request with its own model, then with each of {@code policy}'s models while the error is one that
   * allows a fallback (5xx, 429 after retries, unknown model, timeout, connection failure).
   *
   * @param request the request, sent first with its own model
   * @param policy the models to try next, in order
   * @return the reply with the model that gave it and the failures of those tried before
   * @throws dev.hubkit.core.AllModelsFailedException when every model failed that way
   * @throws HubException the first error that allows no fallback (401, 402, an invalid request), as it is
   */
  public FallbackResult<ChatCompletion> createWithFallback(ChatRequest request, FallbackPolicy policy) {
    return createWithFallback(request, policy, RequestOptions.none());
  }

  /**
   * As {@link #createWithFallback(ChatRequest, FallbackPolicy)}, with per-call options sent with every model's
   * request: the same extra headers, query parameters and body fields, timeouts and retries, and reply listeners
   * told of each model's reply (the failed ones' included, the answering model's last).
   *
   * @param request the request, sent first with its own model
   * @param policy the models to try next, in order
   * @param options the call's options, layered over the client's defaults for each model's request
   * @return the reply with the model that gave it and the failures of those tried before
   * @throws dev.hubkit.core.AllModelsFailedException when every model failed with an error that allows a fallback
   * @throws HubException the first error that allows no fallback (401, 402, an invalid request), as it is
   * @throws NullPointerException when the request, the policy or the options are null
   */
  public FallbackResult<ChatCompletion> createWithFallback(
      ChatRequest request, FallbackPolicy policy, RequestOptions options) {
    checkFallbackArguments(request, policy, options);
    return ModelFallback.run(request.model(), policy,
        model -> completion(withModel(request, model), options));
  }

  /**
   * As {@link #createWithFallback}, without blocking; each model is tried when the previous one failed.
   *
   * @param request the request, sent first with its own model
   * @param policy the models to try next, in order
   * @return the reply with the model that gave it; the future fails with the exceptions {@link #createWithFallback}
   *     throws
   */
  public CompletableFuture<FallbackResult<ChatCompletion>> createWithFallbackAsync(
      ChatRequest request, FallbackPolicy policy) {
    return createWithFallbackAsync(request, policy, RequestOptions.none());
  }

  /**
   * As {@link #createWithFallback(ChatRequest, FallbackPolicy, RequestOptions)}, without blocking; each model is
   * tried, with the same options, when the previous one failed. Cancelling the future cancels the call in flight
   * and tries no other model.
   *
   * @param request the request, sent first with its own model
   * @param policy the models to try next, in order
   * @param options the call's options, layered over the client's defaults for each model's request
   * @return the reply with the model that gave it; the future fails with the exceptions
   *     {@link #createWithFallback(ChatRequest, FallbackPolicy, RequestOptions)} throws
   * @throws NullPointerException when the request, the policy or the options are null
   */
  public CompletableFuture<FallbackResult<ChatCompletion>> createWithFallbackAsync(
      ChatRequest request, FallbackPolicy policy, RequestOptions options) {
    checkFallbackArguments(request, policy, options);
    return ModelFallback.runAsync(request.model(), policy,
        model -> completionAsync(withModel(request, model), options));
  }

  /**
   * Opens a stream with the request's model, falling back to {@code policy}'s models only while no event has
   * arrived: the stream returned has delivered nothing yet to the caller, and a failure after its first event is
   * thrown during iteration as usual, never answered by another model.
   *
   * @param request the request, sent first with its own model
   * @param policy the models to try next, in order
   * @return the open stream with the model that answered it
   * @throws dev.hubkit.core.AllModelsFailedException when every model failed before its first event with an error that
   *     allows a fallback
   * @throws HubException the first error that allows no fallback, as it is
   */
  public FallbackResult<ChatStream> streamWithFallback(ChatRequest request, FallbackPolicy policy) {
    return streamWithFallback(request, policy, RequestOptions.none());
  }

  /**
   * As {@link #streamWithFallback(ChatRequest, FallbackPolicy)}, with per-call options sent with every model's
   * request; their reply listeners are told of each model's reply when its headers arrive.
   *
   * @param request the request, sent first with its own model
   * @param policy the models to try next, in order
   * @param options the call's options, layered over the client's defaults for each model's request; they must not
   *     set the body field {@code stream}
   * @return the open stream with the model that answered it
   * @throws dev.hubkit.core.AllModelsFailedException when every model failed before its first event with an error that
   *     allows a fallback
   * @throws HubException the first error that allows no fallback, as it is
   * @throws NullPointerException when the request, the policy or the options are null
   */
  public FallbackResult<ChatStream> streamWithFallback(
      ChatRequest request, FallbackPolicy policy, RequestOptions options) {
    checkFallbackArguments(request, policy, options);
    return ModelFallback.run(request.model(), policy, model -> {
      ChatStream stream = open(withModel(request, model), options);
      try {
        stream.awaitFirstEvent();
        return stream;
      } catch (RuntimeException e) {
        stream.close();
        throw e;
      }
    });
  }

  private static void checkFallbackArguments(ChatRequest request, FallbackPolicy policy, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(options, "options");
  }

  private static ChatRequest withModel(ChatRequest request, String model) {
    return model.equals(request.model()) ? request : ChatRequest.builder().from(request).model(model).build();
  }

  private static HubRequest whole(ChatRequest request, RequestOptions options) {
    ChatRequest body = Objects.requireNonNull(request, "request");
    if (body.streamOptions().isPresent()) {
      // OpenAI answers 400 to stream_options without streaming.
      body = ChatRequest.builder().from(body).streamOptions(Optional.empty()).build();
    }
    return post(new StreamFlaggedBody(body, false), options);
  }

  private static HubRequest streamed(ChatRequest request, RequestOptions options) {
    return post(new StreamFlaggedBody(Objects.requireNonNull(request, "request"), true), options);
  }

  private static HubRequest post(StreamFlaggedBody body, RequestOptions options) {
    if (Objects.requireNonNull(options, "options").extraBody().containsKey("stream")) {
      throw new IllegalArgumentException("RequestOptions must not set the body field 'stream': ChatApi writes it "
          + "(false for create, true for stream); call the method you want instead");
    }
    return HubRequest.postJson(body, "chat", "completions").withOptions(Objects.requireNonNull(options, "options"));
  }
}
