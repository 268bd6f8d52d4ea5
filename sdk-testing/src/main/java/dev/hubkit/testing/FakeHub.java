package dev.hubkit.testing;

import dev.hubkit.testing.internal.EmbeddingsEndpoint;
import dev.hubkit.testing.internal.HubDispatcher;
import dev.hubkit.testing.internal.HubSettings;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import mockwebserver3.MockWebServer;

/**
 * An in-process fake AI hub on a local port, for tests: OpenAI-compatible chat (JSON and SSE), embeddings,
 * models, images, CHMU Hub tasks and OpenAI video jobs, Gemini's native routes
 * ({@code [/{version}]/models/{model}:generateContent}, {@code :streamGenerateContent?alt=sse},
 * {@code :embedContent}, {@code :batchEmbedContents}, {@code :countTokens}, key as Bearer or
 * {@code x-goog-api-key}, errors in Google's envelope), with scripted replies and faults, and every request
 * recorded. Point the client under test at {@link #baseUrl()} with {@link #apiKey()}.
 *
 * <p>Defaults: prefix {@code /v1}, key {@code sk-fakehub-test} (anything else gets 401 {@code invalid_api_key}),
 * chat streams when a request has no {@code "stream"} (CHMU Hub semantics), the {@link FakeModel#defaults()}
 * catalog with unknown model ids answered 404 {@code model_not_found}, 8-dimensional embeddings, tasks and video
 * jobs finished on their 3rd poll, 256 KiB of video content, images answered synchronously. Chat without a
 * scripted reply answers {@code "Echo: <last user text>"}, or, to a request with a {@code json_schema} response
 * format, JSON following the schema (the echo text in its strings, 0, false, first enum values, one item per
 * array). Thread-safe; {@link #close()} stops the server.
 */
public final class FakeHub implements Closeable {
  private static final Duration TAKE_TIMEOUT = Duration.ofSeconds(10);

  private final HubSettings settings;
  private final HubDispatcher dispatcher;
  private final MockWebServer server = new MockWebServer();

  private FakeHub(HubSettings settings) {
    this.settings = settings;
    this.dispatcher = new HubDispatcher(settings);
    server.setDispatcher(dispatcher);
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("FakeHub could not listen on 127.0.0.1", e);
    }
  }

  /**
   * Starts a hub with the defaults: prefix {@code /v1}, key {@code sk-fakehub-test}, the built-in model catalog.
   *
   * @return the running hub, listening on a free port of 127.0.0.1; close it when done
   * @throws UncheckedIOException if no local port can be opened
   */
  public static FakeHub start() {
    return builder().start();
  }

  /**
   * A builder for a hub with other settings.
   *
   * @return a new builder holding the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The API base URL, to pass to {@code HubClient.builder().baseUrl}.
   *
   * @return the URL with the prefix, without a trailing slash, e.g. {@code http://127.0.0.1:51234/v1}
   */
  public String baseUrl() {
    // The IP literal, not "localhost", which may resolve to ::1 while the server listens on 127.0.0.1 only.
    return "http://127.0.0.1:" + server.getPort() + settings.prefix();
  }

  /**
   * The hub's root URL, without the API prefix, e.g. {@code http://127.0.0.1:51234}: the base URL for Claude's
   * Messages format, which the hub serves at {@code /v1/messages} and {@code /v1/messages/count_tokens} (key as
   * {@code Authorization: Bearer} or {@code x-api-key}; {@code anthropic-version} required).
   *
   * @return the root URL, without a trailing slash
   */
  public String rootUrl() {
    return "http://127.0.0.1:" + server.getPort();
  }

  /**
   * The API key the hub accepts as {@code Authorization: Bearer <key>}.
   *
   * @return the key set on the builder, {@code sk-fakehub-test} by default
   */
  public String apiKey() {
    return settings.apiKey();
  }

  /**
   * The API prefix.
   *
   * @return the prefix, e.g. {@code "/v1"}, starting with '/' and not ending with one; {@code ""} when the API
   *     sits at the root
   */
  public String prefix() {
    return settings.prefix();
  }

  /**
   * Makes the next {@code /chat/completions} answer {@code reply} instead of the echo; replies queue up in order.
   *
   * @param reply the reply to send, whole or as stream chunks as the request asks
   */
  public void enqueueReply(ChatReply reply) {
    dispatcher.enqueueReply(reply);
  }

  /**
   * Makes the next Claude-format {@code /v1/messages} answer {@code reply} instead of {@code "Echo: <last user
   * turn>"} (with thinking when the request enables it); replies queue up in order. Faults apply to these requests
   * too: an {@link Fault#httpError} answers in Anthropic's envelope (its code as the error type, e.g.
   * {@code httpError(529, "overloaded_error", "Overloaded")}), {@link Fault#streamCut} ends the stream after that
   * many events, and {@link Fault#streamError} sends an {@code event: error} with its code as the error type.
   *
   * @param reply the reply to send
   */
  public void enqueueClaudeReply(ClaudeReply reply) {
    dispatcher.enqueueClaudeReply(reply);
  }

  /**
   * Makes the next Gemini {@code generateContent} or {@code streamGenerateContent} answer {@code reply} instead of
   * the echo; replies queue up in order.
   *
   * @param reply the scripted reply
   */
  public void enqueueGeminiReply(GeminiReply reply) {
    dispatcher.enqueueGeminiReply(reply);
  }

  /**
   * Queues {@code reply} for the next {@code POST /responses}: its reasoning becomes a {@code reasoning} item with a
   * summary, its text an assistant {@code message}, each tool call a {@code function_call} item (whole, or as the
   * Responses API's typed stream events). Without one, the hub echoes the last user text or function output.
   *
   * @param reply the reply to send
   * @throws NullPointerException when it is null
   */
  public void enqueueResponse(ChatReply reply) {
    dispatcher.enqueueResponse(Objects.requireNonNull(reply, "reply"));
  }

  /**
   * Queues {@code fault}; the first later request it applies to (see {@link Fault}) consumes it.
   *
   * @param fault the failure to inject; faults queue up in order
   */
  public void enqueueFault(Fault fault) {
    dispatcher.enqueueFault(fault);
  }

  /**
   * All requests received so far, including rejected ones and file downloads.
   *
   * @return a snapshot in arrival order; empty before the first request; also holds those already taken
   */
  public List<RecordedHubRequest> requests() {
    return dispatcher.log().all();
  }

  /**
   * How many requests arrived so far.
   *
   * @return the size of {@link #requests()}
   */
  public int requestCount() {
    return requests().size();
  }

  /**
   * The oldest request not yet taken, waiting up to 10 s for one.
   *
   * @return the request, which is then taken
   * @throws AssertionError if none arrives in time
   */
  public RecordedHubRequest takeRequest() {
    return takeRequest(TAKE_TIMEOUT);
  }

  /**
   * The oldest request not yet taken, waiting up to {@code timeout}.
   *
   * @param timeout how long to wait for one
   * @return the request, which is then taken
   * @throws AssertionError if none arrives in time, or the thread is interrupted while waiting
   */
  public RecordedHubRequest takeRequest(Duration timeout) {
    return dispatcher.log().take(timeout);
  }

  /**
   * The latest request to {@code path} below the prefix (e.g. {@code "/chat/completions"}, or {@code "/files/..."}
   * for downloads).
   *
   * @param path the path below the prefix
   * @return the latest such request, taken or not
   * @throws AssertionError if there was none; its message lists the requests that did arrive
   */
  public RecordedHubRequest lastRequest(String path) {
    return dispatcher.log().last(path);
  }

  /**
   * The vector the hub answers for {@code input} at {@code dimensions}, for asserting what a client decoded.
   *
   * @param input the embedded text
   * @param dimensions the vector's length
   * @return the vector: unit length, equal for equal input
   */
  public static float[] expectedEmbedding(String input, int dimensions) {
    return EmbeddingsEndpoint.vector(input, dimensions);
  }

  /** Stops the server; later requests fail to connect. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "FakeHub{" + baseUrl() + "}";
  }

  /** Configures a {@link FakeHub}; {@link #start()} starts one. Not thread-safe; a started hub is unaffected. */
  public static final class Builder {
    private HubSettings settings = HubSettings.defaults();

    private Builder() {}

    /**
     * The API prefix; default {@code "/v1"}.
     *
     * @param prefix e.g. {@code "/v1/public"} as CHMU Hub has it, or {@code ""}; trimmed, trailing slashes dropped,
     *     a leading one added
     * @return this builder
     */
    public Builder pathPrefix(String prefix) {
      settings = settings.withPrefix(prefix);
      return this;
    }

    /**
     * The API key the hub accepts; default {@code "sk-fakehub-test"}.
     *
     * @param apiKey the key expected after {@code Bearer}
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder apiKey(String apiKey) {
      settings = settings.withApiKey(apiKey);
      return this;
    }

    /**
     * Whether a chat request without {@code "stream"} is streamed; default true, as on CHMU Hub (OpenAI: false).
     *
     * @param streamByDefault true to stream such requests, false to answer them whole
     * @return this builder
     */
    public Builder streamByDefault(boolean streamByDefault) {
      settings = settings.withStreamByDefault(streamByDefault);
      return this;
    }

    /**
     * Whether chat streams end with {@code data: [DONE]}; default true. False ends each stream at the connection's
     * clean close right after its last chunk (the one with the finish reason, or the usage chunk), as gateways in
     * front of Gemini do.
     *
     * @param endWithDone false to leave out the end marker
     * @return this builder
     */
    public Builder streamsEndWithDone(boolean endWithDone) {
      settings = settings.withStreamsEndWithDone(endWithDone);
      return this;
    }

    /**
     * Replaces the whole model catalog.
     *
     * @param models the models {@code /models} lists and the endpoints accept
     * @return this builder
     */
    public Builder models(Collection<FakeModel> models) {
      settings = settings.withModels(models);
      return this;
    }

    /**
     * Adds {@code model} to the catalog, replacing one with the same id.
     *
     * @param model the model to add
     * @return this builder
     */
    public Builder model(FakeModel model) {
      settings = settings.withModel(model);
      return this;
    }

    /**
     * Whether unknown model ids are accepted by every endpoint; default false (404 {@code model_not_found}).
     *
     * @param accept true to accept any model id
     * @return this builder
     */
    public Builder acceptUnknownModels(boolean accept) {
      settings = settings.withAcceptUnknownModels(accept);
      return this;
    }

    /**
     * The embedding length when a request has no {@code dimensions}; default 8.
     *
     * @param dimensions the vector length
     * @return this builder
     * @throws IllegalArgumentException if it is below 1
     */
    public Builder embeddingDimensions(int dimensions) {
      settings = settings.withEmbeddingDimensions(dimensions);
      return this;
    }

    /**
     * The status poll that first reports a task or video job finished; default 3.
     *
     * @param polls which poll, counting from 1, reports the job finished
     * @return this builder
     * @throws IllegalArgumentException if it is below 1
     */
    public Builder pollsUntilComplete(int polls) {
      settings = settings.withPollsUntilComplete(polls);
      return this;
    }

    /**
     * The {@code estimated_time} a CHMU video task announces, which HubKit waits before its first poll; default
     * 120 s, as CHMU Hub says; a test sets e.g. {@code Duration.ofMillis(10)} to wait that little.
     *
     * @param estimate the announced time, sent in seconds with millisecond precision
     * @return this builder
     * @throws IllegalArgumentException if it is negative
     */
    public Builder estimatedTime(Duration estimate) {
      settings = settings.withEstimatedSeconds(estimate.toMillis() / 1000.0);
      return this;
    }

    /**
     * The size of generated video files and video content; default 256 KiB.
     *
     * @param bytes the size in bytes
     * @return this builder
     * @throws IllegalArgumentException if it is below 16
     */
    public Builder videoContentBytes(long bytes) {
      settings = settings.withVideoContentBytes(bytes);
      return this;
    }

    /**
     * How image generations are answered for models without their own style; default synchronous OpenAI.
     *
     * @param style the reply style
     * @return this builder
     */
    public Builder imageReplyStyle(ImageReplyStyle style) {
      settings = settings.withImageStyle(style);
      return this;
    }

    /**
     * How image generations for {@code model} are answered, overriding the default style for it.
     *
     * @param model the model id
     * @param style the reply style
     * @return this builder
     */
    public Builder imageReplyStyle(String model, ImageReplyStyle style) {
      settings = settings.withImageStyle(model, style);
      return this;
    }

    /**
     * Starts the hub on a free local port of 127.0.0.1.
     *
     * @return the running hub; close it when done
     * @throws UncheckedIOException if no local port can be opened
     */
    public FakeHub start() {
      return new FakeHub(settings);
    }
  }
}
