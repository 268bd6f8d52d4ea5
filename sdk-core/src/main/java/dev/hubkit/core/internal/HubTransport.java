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
import dev.hubkit.core.MalformedResponseException;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.StreamListener;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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

  private final HttpUrl baseUrl;
  private final OkHttpClient http;
  private final RequestOptions defaults;
  private final String userAgent;
  private final ErrorParser errors;
  private final ClientState state;

  /** Used by {@code HubClient} only: a transport of its own, never closed. */
  public HubTransport(HttpUrl baseUrl, OkHttpClient http, RequestOptions defaults, String userAgent, String apiKey) {
    this(baseUrl, http, defaults, userAgent, apiKey, new ClientState());
  }

  /** Used by {@code HubClient} only; every call checks {@code state} before it starts. */
  public HubTransport(HttpUrl baseUrl, OkHttpClient http, RequestOptions defaults, String userAgent, String apiKey,
      ClientState state) {
    this.state = state;
    this.baseUrl = baseUrl;
    this.http = http;
    this.defaults = defaults;
    this.userAgent = userAgent;
    this.errors = new ErrorParser(apiKey);
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
   * GETs an absolute URL, such as a result file on a storage host. The API key goes only to the hub's own origin
   * (see {@link OriginAuthInterceptor}); the caller must close the reply.
   */
  public Response download(HttpUrl url, RequestOptions options) {
    Request httpRequest = new Request.Builder().url(url).header("User-Agent", userAgent)
        .tag(RequestOptions.class, defaults.mergedWith(options)).build();
    state.ensureOpen("GET", url.host() + url.encodedPath());
    Call call = http.newCall(httpRequest);
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

  /** Opens an event stream; the first event is read when iteration starts. */
  public <T> EventStream<T> stream(HubRequest request, EventDecoder<T> decoder) {
    Call call = newCall(request, EVENT_STREAM, false);
    Response response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw connectionFailure(request, call, e);
    }
    return new SseEventStream<>(call, checked(request, response), decoder, errors, request.method, path(request));
  }

  /**
   * Reads an event stream on OkHttp's dispatcher, handing each event to {@code listener}. The future completes
   * when the stream does, whatever the listener throws (as {@link StreamListener} says); cancelling it cancels the
   * HTTP call and no further callback follows.
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
    Call call = newCall(request, EVENT_STREAM, false);
    CompletableFuture<Void> future = cancellingFuture(call);
    call.enqueue(new StreamCallback<>(this, request, decoder, listener, future));
    return future;
  }

  /** A future failed at once with the closed client's exception. */
  private <T> CompletableFuture<T> refused(HubRequest request) {
    CompletableFuture<T> refused = new CompletableFuture<>();
    refused.completeExceptionally(ClientState.closed(request.method, path(request), null));
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
    for (String segment : request.pathSegments) {
      url.addPathSegment(segment);
    }
    for (Map.Entry<String, String> param : options.queryParams().entrySet()) {
      url.addQueryParameter(param.getKey(), param.getValue());
    }
    for (Map.Entry<String, String> param : request.query.entrySet()) {
      url.addQueryParameter(param.getKey(), param.getValue());
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
    http.method(request.method, body(request, options));
    Call call = this.http.newCall(http.build());
    if (!wholeCallTimeout) {
      call.timeout().timeout(0, TimeUnit.MILLISECONDS); // a delivering body is bounded by the read timeout only
    } else if (options.timeout().isPresent()) {
      call.timeout().timeout(options.timeout().get().toMillis(), TimeUnit.MILLISECONDS);
    }
    return call;
  }

  private RequestBody body(HubRequest request, RequestOptions options) {
    if (request.body != null) {
      return request.body;
    }
    if (request.jsonBody == null) {
      return null;
    }
    try {
      byte[] json;
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
      }
      throw new MalformedResponseException(request.method + " " + path(request) + " returned " + response.code()
          + " with a body HubKit cannot read (" + e.getOriginalMessage() + "): " + snippet(body.all()), e);
    } catch (RefusedReply refused) {
      throw refusal(request, response, refused);
    }
  }

  private ApiException refusal(HubRequest request, Response response, RefusedReply refused) {
    return ApiException.of(ApiError.builder().statusCode(response.code()).method(request.method).path(path(request))
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
    return connectionFailure(request.method, path(request), call, e);
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
   * @return its path under the base URL, prefix included, as messages name it
   */
  public String path(HubRequest request) {
    StringBuilder path = new StringBuilder(baseUrl.encodedPath());
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
