package dev.hubkit.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.core.ApiError;
import dev.hubkit.core.ApiException;
import dev.hubkit.core.CallCanceledException;
import dev.hubkit.core.ClientClosedException;
import dev.hubkit.core.EventStream;
import dev.hubkit.core.HubConnectionException;
import dev.hubkit.core.HubException;
import dev.hubkit.core.HubReply;
import dev.hubkit.core.HubTimeoutException;
import dev.hubkit.core.JobSubmissionUnknownException;
import dev.hubkit.core.MalformedResponseException;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.StreamListener;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends {@link HubRequest}s to the hub and turns replies into values, streams or typed exceptions. One per
 * {@code HubClient}; thread-safe. Retries and authentication happen in the OkHttp interceptor chain.
 */
public final class HubTransport {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final String JSON_ACCEPT = "application/json";
  private static final String EVENT_STREAM = "text/event-stream";
  private static final String BINARY = "*/*";
  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final HttpUrl baseUrl;
  private final OkHttpClient http;
  private final RequestOptions defaults;
  private final String userAgent;
  private final ErrorParser errors;
  private final StreamSlots streams;
  private final PollSlots polls;
  private final ClientState state;

  /**
   * Used by {@code HubClient} only; {@code streams}, {@code polls} and {@code state} are shared by the clients
   * derived from one another, and every call checks {@code state} before it starts.
   */
  public HubTransport(HttpUrl baseUrl, OkHttpClient http, RequestOptions defaults, String userAgent, String apiKey,
      StreamSlots streams, PollSlots polls, ClientState state) {
    this.state = state;
    this.baseUrl = baseUrl;
    this.http = http;
    this.defaults = defaults;
    this.userAgent = userAgent;
    this.errors = new ErrorParser(apiKey);
    this.streams = streams;
    this.polls = polls;
  }

  /** The places of this client's task polls: every {@link TaskPoller} of its APIs takes them. */
  public PollSlots pollSlots() {
    return polls;
  }

  /** Whether this client is closed; a {@link TaskPoller} of its APIs ends their waits when it closes. */
  public ClientState clientState() {
    return state;
  }

  /** Sends the request and decodes the reply, blocking the calling thread. */
  public <T> T execute(HubRequest request, ResponseReader<T> reader) {
    Call call = newCall(request, JSON_ACCEPT, true);
    try (Response response = call.execute()) {
      return read(request, response, reader);
    } catch (IOException e) {
      throw connectionFailure(request, call, e);
    }
  }

  /** Sends the request on OkHttp's dispatcher; cancelling the future cancels the HTTP call. */
  public <T> CompletableFuture<T> executeAsync(HubRequest request, ResponseReader<T> reader) {
    if (state.isClosed()) {
      return refused(request);
    }
    Call call = newCall(request, JSON_ACCEPT, true);
    CompletableFuture<T> future = cancellingFuture(call);
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call failed, IOException e) {
        future.completeExceptionally(connectionFailure(request, failed, e));
      }

      @Override
      public void onResponse(Call done, Response response) {
        try (Response reply = response) {
          future.complete(read(request, reply, reader));
        } catch (IOException e) {
          future.completeExceptionally(connectionFailure(request, done, e));
        } catch (RuntimeException e) {
          future.completeExceptionally(e);
        }
      }
    });
    return future;
  }

  /**
   * Sends the request and returns the raw successful reply, for binary bodies the caller streams; the caller must
   * close it. Like a stream, a large body is bounded by the read timeout, not by the whole-call timeout. Error
   * statuses throw the same exceptions as {@link #execute}.
   */
  public Response executeRaw(HubRequest request) {
    Call call = newCall(request, BINARY, false);
    Response response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw connectionFailure(request, call, e);
    }
    return checked(request, response);
  }

  /**
   * Reads a raw reply's body on OkHttp's callback thread (for streamed downloads); the handler's result completes
   * the future, and the reply is closed afterwards. Error statuses fail it with the same exceptions as
   * {@link #executeAsync}; cancelling the future cancels the HTTP call.
   */
  public <T> CompletableFuture<T> executeRawAsync(HubRequest request, RawReplyHandler<T> handler) {
    Call call = newCall(request, BINARY, false);
    return enqueueRaw(call, handler, e -> connectionFailure(request, call, e),
        response -> checked(request, response));
  }

  /** As {@link #download}, without blocking: {@code handler} reads the reply on OkHttp's callback thread. */
  public <T> CompletableFuture<T> downloadAsync(HttpUrl url, RequestOptions options, RawReplyHandler<T> handler) {
    String path = url.host() + url.encodedPath();
    if (state.isClosed()) {
      return refused("GET", path);
    }
    Call call = http.newCall(downloadRequest(url, options));
    call.timeout().timeout(0, TimeUnit.MILLISECONDS);
    return enqueueRaw(call, handler, e -> connectionFailure("GET", path, call, e), response -> {
      tellReplyListeners("GET", path, response);
      if (!response.isSuccessful()) {
        try (Response failed = response) {
          throw ApiException.of(errors.fromResponse(failed, "GET", path));
        }
      }
      return response;
    });
  }

  /**
   * A download's GET: the URL as given (a signed storage URL must not change), the options' headers only when it is
   * on the hub's own origin, since a client's default headers may hold a gateway's credentials.
   */
  private Request downloadRequest(HttpUrl url, RequestOptions options) {
    RequestOptions merged = defaults.mergedWith(options);
    Request.Builder request = new Request.Builder().url(url).header("User-Agent", userAgent)
        .tag(RequestOptions.class, merged);
    if (OriginAuthInterceptor.sameOrigin(url, baseUrl)) {
      for (Map.Entry<String, String> header : merged.headers().entrySet()) {
        request.header(header.getKey(), header.getValue());
      }
    }
    return request.build();
  }

  private static <T> CompletableFuture<T> enqueueRaw(Call call, RawReplyHandler<T> handler,
      Function<IOException, HubException> failure, UnaryOperator<Response> check) {
    CompletableFuture<T> future = cancellingFuture(call);
    call.enqueue(new RawCallback<>(handler, failure, check, future));
    return future;
  }

  /**
   * GETs an absolute URL, such as a result file on a storage host. The API key goes only to the hub's own origin
   * (see {@link OriginAuthInterceptor}), and so do the options' headers; the caller must close the reply.
   */
  public Response download(HttpUrl url, RequestOptions options) {
    state.ensureOpen("GET", url.host() + url.encodedPath());
    Call call = http.newCall(downloadRequest(url, options));
    call.timeout().timeout(0, TimeUnit.MILLISECONDS); // a large file is bounded by the read timeout, not in total
    String path = url.encodedPath();
    try {
      Response response = call.execute();
      tellReplyListeners("GET", url.host() + path, response);
      if (!response.isSuccessful()) {
        try (Response failed = response) {
          throw ApiException.of(errors.fromResponse(failed, "GET", url.host() + path));
        }
      }
      return response;
    } catch (IOException e) {
      throw connectionFailure("GET", url.host() + path, call, e);
    }
  }

  /**
   * Opens an event stream; the first event is read when iteration starts. The call runs on the dispatcher, held
   * there until the stream ends (see {@link HeldStreamCall}), so that the dispatcher's {@code cancelAll()} and
   * {@code HubClient.close()} reach it; it waits for a stream slot like {@link #streamAsync}.
   */
  public <T> EventStream<T> stream(HubRequest request, EventDecoder<T> decoder) {
    HeldStreamCall held = new HeldStreamCall(streams);
    Call call = newStreamCall(request, held::end);
    streams.open(call, () -> call.enqueue(held));
    Response response;
    try {
      response = checked(request, held.awaitHeaders(call));
    } catch (IOException e) {
      throw connectionFailure(request, call, e);
    } catch (RuntimeException e) {
      held.end();
      throw e;
    }
    return new SseEventStream<>(call, response, decoder, errors, request.method, path(request), held::end);
  }

  /**
   * Reads an event stream on OkHttp's dispatcher, handing each event to {@code listener}. The future completes
   * when the stream does, whatever the listener throws (as {@link StreamListener} says); cancelling it cancels the
   * HTTP call (or takes back a stream still waiting for a slot) and no further callback follows.
   */
  public <T> CompletableFuture<Void> streamAsync(
      HubRequest request, EventDecoder<T> decoder, StreamListener<? super T> listener) {
    if (state.isClosed()) { // as StreamCallback does: onError, then the future, whatever the listener throws
      ClientClosedException error = ClientState.closed(request.method, path(request), null);
      try {
        listener.onError(error);
      } catch (Throwable e) {
        error.addSuppressed(e);
      }
      CompletableFuture<Void> refused = new CompletableFuture<>();
      refused.completeExceptionally(error);
      return refused;
    }
    Call call = newStreamCall(request, null);
    CompletableFuture<Void> future = new CompletableFuture<>();
    future.whenComplete((value, error) -> {
      if (future.isCancelled()) {
        streams.withdraw(call);
        call.cancel();
      }
    });
    StreamCallback<T> callback = new StreamCallback<>(this, request, decoder, listener, future);
    streams.open(call, () -> call.enqueue(callback));
    return future;
  }

  /** A stream's call, watched by {@link #streams} for waits in the dispatcher's queue and for its cancel. */
  private Call newStreamCall(HubRequest request, Runnable onCancel) {
    Call call = newCall(request, EVENT_STREAM, false);
    call.addEventListener(streams.events(onCancel));
    return call;
  }

  /** The slots of this client's streams, for {@link StreamCallback} to give back. */
  StreamSlots streams() {
    return streams;
  }

  /** A future failed at once with the closed client's exception. */
  private <T> CompletableFuture<T> refused(HubRequest request) {
    return refused(request.method, path(request));
  }

  /** A future failed at once with the closed client's exception for {@code method path}. */
  private static <T> CompletableFuture<T> refused(String method, String path) {
    CompletableFuture<T> refused = new CompletableFuture<>();
    refused.completeExceptionally(ClientState.closed(method, path, null));
    return refused;
  }

  private static <T> CompletableFuture<T> cancellingFuture(Call call) {
    CompletableFuture<T> future = new CompletableFuture<>();
    future.whenComplete((value, error) -> {
      if (future.isCancelled()) {
        call.cancel();
      }
    });
    return future;
  }

  private Call newCall(HubRequest request, String accept, boolean wholeCallTimeout) {
    state.ensureOpen(request.method, path(request));
    RequestOptions options = request.options == RequestOptions.none()
        ? defaults
        : defaults.mergedWith(request.options);
    HttpUrl.Builder url = baseUrl.newBuilder();
    if (request.fromHostRoot) {
      url.encodedPath("/");
    }
    for (String segment : request.pathSegments) {
      url.addPathSegment(segment);
    }
    for (Map.Entry<String, String> param : options.queryParams().entrySet()) {
      url.addQueryParameter(param.getKey(), param.getValue());
    }
    for (Map.Entry<String, List<String>> param : request.query.entrySet()) {
      for (String value : param.getValue()) {
        url.addQueryParameter(param.getKey(), value);
      }
    }
    Request.Builder http = new Request.Builder()
        .url(url.build())
        .header("User-Agent", userAgent)
        .header("Accept", accept)
        .tag(RequestOptions.class, options)
        .tag(ClientState.class, state);
    if (request.keyHeader != null) {
      http.tag(ApiKeyHeader.class, request.keyHeader);
    }
    for (Map.Entry<String, String> header : options.headers().entrySet()) {
      http.header(header.getKey(), header.getValue());
    }
    RequestBody body = body(request, options);
    if (request.createsJob && body != null) {
      JobPost job = new JobPost(idempotencyKey(options), options.resendJobSubmissions().orElse(false));
      http.header(IDEMPOTENCY_KEY, job.idempotencyKey).tag(JobPost.class, job);
      body = job.tracking(body);
    }
    http.method(request.method, body);
    Call call = this.http.newCall(http.build());
    if (!wholeCallTimeout) {
      call.timeout().timeout(0, TimeUnit.MILLISECONDS); // a delivering body is bounded by the read timeout only
    } else if (options.timeout().isPresent()) {
      call.timeout().timeout(options.timeout().get().toMillis(), TimeUnit.MILLISECONDS);
    }
    return call;
  }

  /** The caller's own {@code Idempotency-Key} header when its options set one, else a new random key. */
  private static String idempotencyKey(RequestOptions options) {
    for (Map.Entry<String, String> header : options.headers().entrySet()) {
      if (IDEMPOTENCY_KEY.equalsIgnoreCase(header.getKey())) {
        return header.getValue();
      }
    }
    return UUID.randomUUID().toString();
  }

  private RequestBody body(HubRequest request, RequestOptions options) {
    if (request.body != null) {
      return request.body;
    }
    if (request.jsonBody == null) {
      return null;
    }
    try {
      byte[] json = options.extraBody().isEmpty() && request.jsonBody instanceof DirectJson
          ? ((DirectJson) request.jsonBody).directJson() : null;
      if (json != null) {
        return RequestBody.create(json, JSON);
      }
      if (options.extraBody().isEmpty()) {
        json = Json.mapper().writeValueAsBytes(request.jsonBody);
      } else {
        ObjectNode tree = Json.mapper().valueToTree(request.jsonBody);
        for (Map.Entry<String, Object> field : options.extraBody().entrySet()) {
          tree.set(field.getKey(), Json.mapper().valueToTree(field.getValue()));
        }
        json = Json.mapper().writeValueAsBytes(tree);
      }
      return RequestBody.create(json, JSON);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new HubException("could not write the request body of " + request.method + " " + path(request)
          + " as JSON: " + e.getMessage(), e);
    }
  }

  private <T> T read(HubRequest request, Response response, ResponseReader<T> reader) throws IOException {
    checked(request, response);
    try (IncomingBody body = IncomingBody.reading(response.body())) {
      return decode(request, response, body, reader);
    }
  }

  /** Decodes the body while it arrives (see {@link ResponseReader#read(IncomingBody)}). */
  private <T> T decode(HubRequest request, Response response, IncomingBody body, ResponseReader<T> reader)
      throws IOException {
    if (!body.require(1)) {
      throw new MalformedResponseException(request.method + " " + path(request) + " returned " + response.code()
          + " with an empty body where JSON was expected", null);
    }
    if (ErrorParser.mayBeErrorEnvelope(body)) { // a gateway that answers a failed upstream call with 200
      Optional<ApiError> error = errors.fromSuccessfulReply(body.all(), response.code(), request.method, path(request));
      if (error.isPresent()) {
        throw ApiException.of(error.get());
      }
    }
    try {
      T value = reader.read(body);
      if (value == null) {
        throw new MalformedResponseException(request.method + " " + path(request) + " returned JSON null", null);
      }
      return value;
    } catch (JsonProcessingException e) {
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof RefusedReply) { // thrown by a creator, wrapped by Jackson
          throw refusal(request, response, (RefusedReply) cause);
        }
        if (cause instanceof MalformedResponseException) { // a creator's own plain words: no Jackson internals
          throw new MalformedResponseException(request.method + " " + path(request) + " returned "
              + response.code() + ", but " + cause.getMessage(), cause);
        }
      }
      throw new MalformedResponseException(request.method + " " + path(request) + " returned " + response.code()
          + " with a body HubKit cannot read (" + e.getOriginalMessage() + "): " + snippet(body.all()), e);
    } catch (RefusedReply refused) {
      throw refusal(request, response, refused);
    }
  }

  private ApiException refusal(HubRequest request, Response response, RefusedReply refused) {
    int status = refused.status() != 0 ? refused.status() : response.code();
    return ApiException.of(ApiError.builder().statusCode(status).method(request.method).path(path(request))
        .code(refused.code()).message(refused.hubMessage()).build());
  }

  /** The parser of error replies and error events. */
  ErrorParser errors() {
    return errors;
  }

  /** {@code response} when it succeeded; else it is closed and its error thrown as an {@link ApiException}. */
  Response checked(HubRequest request, Response response) {
    tellReplyListeners(request.method, path(request), response);
    if (response.isSuccessful()) {
      return response;
    }
    try (Response failed = response) {
      throw ApiException.of(errors.fromResponse(failed, request.method, path(request)));
    }
  }

  /** Hands the reply's status and headers to the call's {@link RequestOptions#replyListeners()}, if any. */
  private static void tellReplyListeners(String method, String path, Response response) {
    RequestOptions options = response.request().tag(RequestOptions.class);
    if (options == null || options.replyListeners().isEmpty()) {
      return;
    }
    HubReply reply = new HubReply(response.code(), method, path, response.headers());
    for (Consumer<? super HubReply> listener : options.replyListeners()) {
      try {
        listener.accept(reply);
      } catch (RuntimeException e) {
        response.close();
        throw new HubException(method + " " + path + ": a reply listener (RequestOptions.onReply)"
            + " threw " + e, e);
      }
    }
  }

  /** What a call that failed with {@code e} is reported as. */
  HubException connectionFailure(HubRequest request, Call call, IOException e) {
    HubException failure = connectionFailure(request.method, path(request), call, e);
    JobPost job = call.request().tag(JobPost.class);
    if (job != null && job.bodySent()) {
      return new JobSubmissionUnknownException(request.method + " " + path(request) + " was sent but no answer"
          + " came back (" + failure.getMessage() + "). The job may exist on the hub, and be billed, so HubKit did"
          + " not send it again: look it up on the hub before submitting again. The request carried"
          + " Idempotency-Key: " + job.idempotencyKey, job.idempotencyKey, failure);
    }
    return failure;
  }

  private HubException connectionFailure(String method, String path, Call call, IOException e) {
    if (state.isClosed() && !call.isCanceled()) { // the call was refused, or cut by the closing, not by the hub
      return ClientState.closed(method, path, e);
    }
    if (e instanceof InterruptedIOException && "executor rejected".equals(e.getMessage())) {
      return new ClientClosedException(method + " " + path + " was not sent: OkHttp's dispatcher refused the"
          + " asynchronous call (its executor was shut down, as HubClient.close() does)", e);
    }
    if (e instanceof InterruptedIOException && !call.isCanceled()) {
      return new HubTimeoutException(method + " " + path + " timed out (" + e.getMessage()
          + "); raise the timeout in HubClient.Builder or RequestOptions if the hub is just slow", e);
    }
    if (isCallTimeout(e)) { // OkHttp cancels a call whose whole-call timeout passed, then reports this
      return new HubTimeoutException(method + " " + path + " did not finish within the whole-call timeout; raise"
          + " HubClient.Builder.callTimeout or RequestOptions.timeout if the hub is just slow", e);
    }
    if (call.isCanceled()) {
      return new CallCanceledException(method + " " + path + " was canceled", e);
    }
    return new HubConnectionException(method + " " + path + " failed: " + e, e);
  }

  private static boolean isCallTimeout(IOException e) {
    return e.getClass() == InterruptedIOException.class && "timeout".equals(e.getMessage());
  }

  /**
   * @param request a request of this transport's
   * @return its path under the base URL, prefix included (or under the host root), as messages name it
   */
  public String path(HubRequest request) {
    StringBuilder path = new StringBuilder(request.fromHostRoot ? "/" : baseUrl.encodedPath());
    for (String segment : request.pathSegments) {
      if (path.charAt(path.length() - 1) != '/') {
        path.append('/');
      }
      path.append(segment);
    }
    return path.toString();
  }

  private static String snippet(byte[] body) {
    String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    return body.length > 200 ? text + "..." : text;
  }
}
