package dev.hubkit.anthropic;

import dev.hubkit.anthropic.internal.MessageEventDecoder;
import dev.hubkit.anthropic.internal.MessagesBody;
import dev.hubkit.anthropic.internal.StructuredMessages;
import dev.hubkit.anthropic.internal.TokenCountBody;
import dev.hubkit.core.FallbackPolicy;
import dev.hubkit.core.FallbackResult;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.StreamListener;
import dev.hubkit.core.StrictSchema;
import dev.hubkit.core.internal.DerivedFuture;
import dev.hubkit.core.internal.HubRequest;
import dev.hubkit.core.internal.HubTransport;
import dev.hubkit.core.internal.ModelFallback;
import dev.hubkit.core.internal.ResponseReader;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Claude's Messages API through the hub: {@code POST {baseUrl}/v1/messages}, answered whole ({@link #create}) or
 * streamed ({@link #stream}), and {@code POST {baseUrl}/v1/messages/count_tokens} ({@link #countTokens}).
 * Thread-safe and immutable; the {@code with...} methods return configured copies.
 *
 * <p>The path segments {@code v1/messages} are appended to the client's base URL, so build the {@link HubClient}
 * with the URL under which the hub serves Claude's format: {@code https://hub} for a hub that answers at
 * {@code https://hub/v1/messages}, {@code https://hub/claude} for one at {@code https://hub/claude/v1/messages}
 * (not the {@code .../v1} base URL of the OpenAI format; derive a second client with
 * {@code client.newBuilder().baseUrl(...)}).
 *
 * <p>The key goes as the hub's {@code Authorization: Bearer} header, or bare in {@code x-api-key} after
 * {@link #withAnthropicKeyHeader()}, and only to the hub's origin. Every call sends {@code anthropic-version}
 * ({@value #DEFAULT_VERSION} unless {@link #withVersion} says otherwise) and the {@link #withBeta} features.
 *
 * <p>Every method throws, or completes its future with, a {@code dev.hubkit.core.HubException}: an
 * {@code ApiException} subclass for an error reply after the client's retries (a 529 {@code overloaded_error} is a
 * {@code ServerException}, retried like a 503), {@code HubConnectionException} or {@code HubTimeoutException} when
 * the hub cannot be reached in time, {@code MalformedResponseException} for a reply that is not a message.
 */
public final class MessagesApi {
  /** The {@code anthropic-version} sent unless {@link #withVersion} changes it. */
  public static final String DEFAULT_VERSION = "2023-06-01";

  private static final ResponseReader<Message> MESSAGE = ResponseReader.json(Message.class);
  private static final ResponseReader<TokenCount> TOKEN_COUNT = ResponseReader.json(TokenCount.class);
  private static final MessageEventDecoder EVENTS = new MessageEventDecoder();

  private final HubTransport transport;
  private final FallbackPolicy fallback;
  private final String keyHeader;
  private final String version;
  private final String betas;

  private MessagesApi(HubTransport transport, FallbackPolicy fallback, String keyHeader, String version,
      String betas) {
    this.transport = transport;
    this.fallback = fallback;
    this.keyHeader = keyHeader;
    this.version = version;
    this.betas = betas;
  }

  /**
   * The Messages API of {@code client}'s hub, with the Bearer key and {@value #DEFAULT_VERSION}.
   *
   * @param client the client; its base URL is the prefix under which {@code /v1/messages} is served
   * @return the API
   */
  public static MessagesApi of(HubClient client) {
    return new MessagesApi(Objects.requireNonNull(client, "client").transport(), null, null, DEFAULT_VERSION, null);
  }

  /**
   * This API sending the key bare in Anthropic's {@code x-api-key} header instead of {@code Authorization: Bearer},
   * for hubs (and Anthropic itself) that want it there.
   *
   * @return the copy
   */
  public MessagesApi withAnthropicKeyHeader() {
    return new MessagesApi(transport, fallback, "x-api-key", version, betas);
  }

  /**
   * This API sending another {@code anthropic-version}.
   *
   * @param anthropicVersion such as {@code 2023-06-01}
   * @return the copy
   * @throws IllegalArgumentException when it is blank
   */
  public MessagesApi withVersion(String anthropicVersion) {
    if (anthropicVersion == null || anthropicVersion.trim().isEmpty()) {
      throw new IllegalArgumentException("anthropic-version must not be blank, e.g. " + DEFAULT_VERSION);
    }
    return new MessagesApi(transport, fallback, keyHeader, anthropicVersion, betas);
  }

  /**
   * This API sending {@code anthropic-beta} with these features (comma-separated), replacing earlier ones.
   *
   * @param features such as {@code interleaved-thinking-2025-05-14}; none to send no header
   * @return the copy
   */
  public MessagesApi withBeta(String... features) {
    String joined = String.join(",", features);
    return new MessagesApi(transport, fallback, keyHeader, version, joined.isEmpty() ? null : joined);
  }

  /**
   * This API with {@code policy} as its default: {@link #create}, {@link #createAsync} and {@link #stream} then
   * fall back to the policy's models (another Claude model) as {@link #createWithFallback} does.
   *
   * @param policy the models to fall back to and when
   * @return the copy
   */
  public MessagesApi withFallback(FallbackPolicy policy) {
    return new MessagesApi(transport, Objects.requireNonNull(policy, "policy"), keyHeader, version, betas);
  }

  /**
   * Sends the request with {@code "stream": false} and waits for the whole reply.
   *
   * @param request the request
   * @return Claude's reply
   */
  public Message create(MessageRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * As {@link #create(MessageRequest)}, with per-call options (headers, timeout, retries, extra body members).
   *
   * @param request the request
   * @param options the call's options
   * @return Claude's reply
   */
  public Message create(MessageRequest request, RequestOptions options) {
    if (fallback != null) {
      return createWithFallback(request, fallback, options).value();
    }
    return transport.execute(post(request, false, options), MESSAGE);
  }

  /**
   * As {@link #create(MessageRequest)}, without blocking; cancelling the future cancels the call.
   *
   * @param request the request
   * @return the reply's future
   */
  public CompletableFuture<Message> createAsync(MessageRequest request) {
    return createAsync(request, RequestOptions.none());
  }

  /**
   * As {@link #createAsync(MessageRequest)}, with per-call options.
   *
   * @param request the request
   * @param options the call's options
   * @return the reply's future
   */
  public CompletableFuture<Message> createAsync(MessageRequest request, RequestOptions options) {
    if (fallback != null) {
      CompletableFuture<FallbackResult<Message>> attempts = createWithFallbackAsync(request, fallback, options);
      CompletableFuture<Message> answer = attempts.thenApply(FallbackResult::value);
      answer.whenComplete((value, error) -> {
        if (answer.isCancelled()) {
          attempts.cancel(true); // thenApply does not pass cancellation back; the call in flight must stop
        }
      });
      return answer;
    }
    return transport.executeAsync(post(request, false, options), MESSAGE);
  }

  /**
   * Asks for the answer as JSON following {@code type}'s strict schema ({@code output_config.format}, in place of
   * the request's own format) and reads Claude's text into an instance.
   *
   * @param request the request
   * @param type the class of the answer: a plain class, a record or an Immutables value
   * @param <T> the type
   * @return the answer
   * @throws dev.hubkit.core.StructuredOutputException when Claude refused, only called tools, stopped at
   *     {@code max_tokens}, or its text does not match the type
   * @throws dev.hubkit.core.UnsupportedSchemaTypeException when the type cannot be expressed strictly
   */
  public <T> T create(MessageRequest request, Class<T> type) {
    return create(request, type, RequestOptions.none());
  }

  /**
   * As {@link #create(MessageRequest, Class)}, with per-call options.
   *
   * @param request the request
   * @param type the class of the answer
   * @param options the call's options
   * @param <T> the type
   * @return the answer
   */
  public <T> T create(MessageRequest request, Class<T> type, RequestOptions options) {
    StrictSchema<T> schema = StrictSchema.of(type);
    return StructuredMessages.parse(create(StructuredMessages.withSchema(request, schema), options), schema);
  }

  /**
   * As {@link #create(MessageRequest, Class)}, without blocking; cancelling the future cancels the call.
   *
   * @param request the request
   * @param type the class of the answer
   * @param <T> the type
   * @return the answer, or a future failed with the same exceptions
   */
  public <T> CompletableFuture<T> createAsync(MessageRequest request, Class<T> type) {
    return createAsync(request, type, RequestOptions.none());
  }

  /**
   * As {@link #createAsync(MessageRequest, Class)}, with per-call options.
   *
   * @param request the request
   * @param type the class of the answer
   * @param options the call's options
   * @param <T> the type
   * @return the answer, or a future failed with the same exceptions
   */
  public <T> CompletableFuture<T> createAsync(MessageRequest request, Class<T> type, RequestOptions options) {
    StrictSchema<T> schema = StrictSchema.of(type);
    return DerivedFuture.map(createAsync(StructuredMessages.withSchema(request, schema), options),
        message -> StructuredMessages.parse(message, schema));
  }

  /**
   * Sends the request with {@code "stream": true} and returns the open stream once the hub answered 2xx; read it
   * on this thread inside try-with-resources.
   *
   * @param request the request
   * @return the stream
   */
  public MessageStream stream(MessageRequest request) {
    return stream(request, RequestOptions.none());
  }

  /**
   * As {@link #stream(MessageRequest)}, with per-call options.
   *
   * @param request the request
   * @param options the call's options
   * @return the stream
   */
  public MessageStream stream(MessageRequest request, RequestOptions options) {
    if (fallback != null) {
      return streamWithFallback(request, fallback, options).value();
    }
    return new MessageStream(transport.stream(post(request, true, options), EVENTS));
  }

  /**
   * Streams the reply in the background, handing each event to {@code listener}; the future completes with the
   * stream, and cancelling it cancels the call. Feed the events to a {@link MessageAccumulator} for the whole reply.
   *
   * @param request the request
   * @param listener receives the events, then completion or the error
   * @return the stream's future
   */
  public CompletableFuture<Void> streamAsync(MessageRequest request,
      StreamListener<? super MessageStreamEvent> listener) {
    return streamAsync(request, listener, RequestOptions.none());
  }

  /**
   * As {@link #streamAsync(MessageRequest, StreamListener)}, with per-call options.
   *
   * @param request the request
   * @param listener receives the events, then completion or the error
   * @param options the call's options
   * @return the stream's future
   */
  public CompletableFuture<Void> streamAsync(MessageRequest request,
      StreamListener<? super MessageStreamEvent> listener, RequestOptions options) {
    Objects.requireNonNull(listener, "listener");
    return transport.streamAsync(post(request, true, options), EVENTS, listener);
  }

  /**
   * Sends the request with its own model, then with each of {@code policy}'s models while the error allows a
   * fallback (5xx such as 529 overloaded, 429 after retries, unknown model, timeout, connection failure).
   *
   * @param request the request
   * @param policy the models to fall back to and when
   * @return the reply and the attempts made
   * @throws dev.hubkit.core.AllModelsFailedException when every model failed that way
   */
  public FallbackResult<Message> createWithFallback(MessageRequest request, FallbackPolicy policy) {
    return createWithFallback(request, policy, RequestOptions.none());
  }

  /**
   * As {@link #createWithFallback(MessageRequest, FallbackPolicy)}, with per-call options sent with every model's
   * request: the same extra headers (over this API's {@code anthropic-version} and {@code anthropic-beta}), query
   * parameters and body members, timeouts and retries, and reply listeners told of each model's reply (the failed
   * ones' included, the answering model's last).
   *
   * @param request the request, sent first with its own model
   * @param policy the models to fall back to and when
   * @param options the call's options, for each model's request; they must not set the body member {@code stream}
   * @return the reply and the attempts made
   * @throws dev.hubkit.core.AllModelsFailedException when every model failed with an error that allows a fallback
   * @throws dev.hubkit.core.HubException the first error that allows no fallback (401, 402, an invalid request), as
   *     it is
   * @throws NullPointerException when the request, the policy or the options are null
   */
  public FallbackResult<Message> createWithFallback(MessageRequest request, FallbackPolicy policy,
      RequestOptions options) {
    checkFallbackArguments(request, policy, options);
    return ModelFallback.run(request.model(), policy,
        model -> transport.execute(post(withModel(request, model), false, options), MESSAGE));
  }

  /**
   * As {@link #createWithFallback(MessageRequest, FallbackPolicy)}, without blocking; each model is tried when the
   * previous one failed, and cancelling the future cancels the call in flight and tries no other model.
   *
   * @param request the request, sent first with its own model
   * @param policy the models to fall back to and when
   * @return the reply and the attempts made; the future fails with the exceptions
   *     {@link #createWithFallback(MessageRequest, FallbackPolicy)} throws
   * @throws NullPointerException when the request or the policy is null
   */
  public CompletableFuture<FallbackResult<Message>> createWithFallbackAsync(MessageRequest request,
      FallbackPolicy policy) {
    return createWithFallbackAsync(request, policy, RequestOptions.none());
  }

  /**
   * As {@link #createWithFallback(MessageRequest, FallbackPolicy, RequestOptions)}, without blocking; each model
   * is tried, with the same options, when the previous one failed, and cancelling the future cancels the call in
   * flight and tries no other model.
   *
   * @param request the request, sent first with its own model
   * @param policy the models to fall back to and when
   * @param options the call's options, for each model's request; they must not set the body member {@code stream}
   * @return the reply and the attempts made; the future fails with the exceptions
   *     {@link #createWithFallback(MessageRequest, FallbackPolicy, RequestOptions)} throws
   * @throws NullPointerException when the request, the policy or the options are null
   */
  public CompletableFuture<FallbackResult<Message>> createWithFallbackAsync(MessageRequest request,
      FallbackPolicy policy, RequestOptions options) {
    checkFallbackArguments(request, policy, options);
    return ModelFallback.runAsync(request.model(), policy,
        model -> transport.executeAsync(post(withModel(request, model), false, options), MESSAGE));
  }

  /**
   * Opens a stream with the request's model, falling back to {@code policy}'s models only while no event has
   * arrived; a failure after the first event is thrown during iteration, never answered by another model.
   *
   * @param request the request
   * @param policy the models to fall back to and when
   * @return the open stream and the attempts made
   */
  public FallbackResult<MessageStream> streamWithFallback(MessageRequest request, FallbackPolicy policy) {
    return streamWithFallback(request, policy, RequestOptions.none());
  }

  /**
   * As {@link #streamWithFallback(MessageRequest, FallbackPolicy)}, with per-call options sent with every model's
   * request; their reply listeners are told of each model's reply when its headers arrive.
   *
   * @param request the request, sent first with its own model
   * @param policy the models to fall back to and when
   * @param options the call's options, for each model's request; they must not set the body member {@code stream}
   * @return the open stream and the attempts made
   * @throws dev.hubkit.core.AllModelsFailedException when every model failed before its first event with an error
   *     that allows a fallback
   * @throws dev.hubkit.core.HubException the first error that allows no fallback, as it is
   * @throws NullPointerException when the request, the policy or the options are null
   */
  public FallbackResult<MessageStream> streamWithFallback(MessageRequest request, FallbackPolicy policy,
      RequestOptions options) {
    checkFallbackArguments(request, policy, options);
    return ModelFallback.run(request.model(), policy, model -> {
      MessageStream stream = new MessageStream(transport.stream(post(withModel(request, model), true, options),
          EVENTS));
      try {
        stream.awaitFirstEvent();
        return stream;
      } catch (RuntimeException e) {
        stream.close();
        throw e;
      }
    });
  }

  private static void checkFallbackArguments(MessageRequest request, FallbackPolicy policy,
      RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(options, "options");
  }

  /**
   * Counts the input tokens of a request without running it ({@code max_tokens} and sampling settings are not
   * sent).
   *
   * @param request the request to count
   * @return the count
   */
  public TokenCount countTokens(MessageRequest request) {
    return countTokens(request, RequestOptions.none());
  }

  /**
   * As {@link #countTokens(MessageRequest)}, with per-call options.
   *
   * @param request the request to count
   * @param options the call's options
   * @return the count
   */
  public TokenCount countTokens(MessageRequest request, RequestOptions options) {
    return transport.execute(countRequest(request, options), TOKEN_COUNT);
  }

  /**
   * As {@link #countTokens(MessageRequest, RequestOptions)}, without blocking.
   *
   * @param request the request to count
   * @param options the call's options
   * @return the count's future
   */
  public CompletableFuture<TokenCount> countTokensAsync(MessageRequest request, RequestOptions options) {
    return transport.executeAsync(countRequest(request, options), TOKEN_COUNT);
  }

  private HubRequest countRequest(MessageRequest request, RequestOptions options) {
    HubRequest count = HubRequest.postJson(new TokenCountBody(Objects.requireNonNull(request, "request")),
        "v1", "messages", "count_tokens");
    return configured(count, options);
  }

  private static MessageRequest withModel(MessageRequest request, String model) {
    return model.equals(request.model()) ? request : MessageRequest.builder().from(request).model(model).build();
  }

  private HubRequest post(MessageRequest request, boolean stream, RequestOptions options) {
    if (Objects.requireNonNull(options, "options").extraBody().containsKey("stream")) {
      throw new IllegalArgumentException("RequestOptions must not set the body field 'stream': MessagesApi writes it"
          + " (false for create, true for stream); call the method you want instead");
    }
    HubRequest post = HubRequest.postJson(new MessagesBody(Objects.requireNonNull(request, "request"), stream),
        "v1", "messages");
    return configured(post, options);
  }

  /** The request with this API's headers under the call's options (which win) and its key header. */
  private HubRequest configured(HubRequest request, RequestOptions options) {
    RequestOptions.Builder headers = RequestOptions.builder().header("anthropic-version", version);
    if (betas != null) {
      headers.header("anthropic-beta", betas);
    }
    HubRequest configured = request.withOptions(headers.build().mergedWith(Objects.requireNonNull(options)));
    return keyHeader == null ? configured : configured.withApiKeyHeader(keyHeader);
  }
}
