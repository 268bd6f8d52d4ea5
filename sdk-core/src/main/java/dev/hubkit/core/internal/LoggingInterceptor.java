package dev.hubkit.core.internal;

import dev.hubkit.core.HttpLogger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.GzipSource;

/**
 * Logs each network exchange to an {@link HttpLogger}. Runs after {@link OriginAuthInterceptor}, so it sees what
 * goes on the wire, and masks credentials: credential headers entirely, the API key wherever else it appears.
 */
public final class LoggingInterceptor implements Interceptor {
  private static final long MAX_BODY = 4096;

  private final HttpLogger logger;
  private final HttpLogger.Level level;
  private final String apiKey;

  /** {@code apiKey} may be null. */
  public LoggingInterceptor(HttpLogger logger, HttpLogger.Level level, String apiKey) {
    this.logger = logger;
    this.level = level;
    this.apiKey = apiKey == null || apiKey.isEmpty() ? null : apiKey;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (level == HttpLogger.Level.NONE) {
      return chain.proceed(request);
    }
    log("--> " + request.method() + " " + shown(request.url()));
    if (level.compareTo(HttpLogger.Level.HEADERS) >= 0) {
      logHeaders(request.headers());
    }
    if (level == HttpLogger.Level.BODY && request.body() != null) {
      logRequestBody(request.body());
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log("<-- HTTP FAILED: " + e);
      throw e;
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    log("<-- " + response.code() + " " + request.method() + " " + shown(request.url()) + " (" + millis + " ms)");
    if (level.compareTo(HttpLogger.Level.HEADERS) >= 0) {
      logHeaders(response.headers());
    }
    if (level == HttpLogger.Level.BODY && isText(response.body().contentType())) {
      log(peekedText(response));
    }
    return response;
  }

  /**
   * The first {@link #MAX_BODY} bytes of the reply's text, leaving the body whole. This interceptor sees the bytes
   * before OkHttp takes off a {@code Content-Encoding: gzip} it asked for, so a gzipped body is inflated here.
   */
  private static String peekedText(Response response) throws IOException {
    if (!"gzip".equalsIgnoreCase(response.header("Content-Encoding"))) {
      return response.peekBody(MAX_BODY).string();
    }
    Buffer text = new Buffer();
    try (GzipSource gzip = new GzipSource(response.body().source().peek())) {
      while (text.size() < MAX_BODY && gzip.read(text, MAX_BODY - text.size()) != -1) {
        // read() added some
      }
    } catch (IOException e) {
      return "(gzipped body not readable: " + e + ")";
    }
    return text.readString(StandardCharsets.UTF_8);
  }

  private static String shown(HttpUrl url) {
    return url.newBuilder().username("").password("").build().toString();
  }

  private void logHeaders(Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      log(name + ": " + (isCredential(name) ? "██" : headers.value(i)));
    }
  }

  private void logRequestBody(RequestBody body) throws IOException {
    if (body.isOneShot() || body.isDuplex() || !isText(body.contentType())) {
      log("(" + (body.contentLength() >= 0 ? body.contentLength() + "-byte " : "") + "body not logged)");
      return;
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    long size = buffer.size();
    String text = buffer.readString(Math.min(size, MAX_BODY), StandardCharsets.UTF_8);
    log(size > MAX_BODY ? text + "... (" + size + " bytes)" : text);
  }

  private static boolean isText(MediaType type) {
    if (type == null) {
      return false;
    }
    String subtype = type.subtype().toLowerCase(Locale.ROOT);
    return type.type().equals("text") && !subtype.equals("event-stream") || subtype.contains("json");
  }

  private static boolean isCredential(String header) {
    String name = header.toLowerCase(Locale.ROOT);
    return name.equals("authorization") || name.equals("proxy-authorization") || name.equals("cookie")
        || name.equals("set-cookie") || name.equals("api-key") || name.equals("x-api-key");
  }

  private void log(String line) {
    logger.log(apiKey == null ? line : line.replace(apiKey, "██"));
  }
}
