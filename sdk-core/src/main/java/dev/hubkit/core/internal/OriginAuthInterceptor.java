package dev.hubkit.core.internal;

import java.io.IOException;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Bearer <key>} (or the key bare in the header an {@link ApiKeyHeader} tag names) to
 * requests for the hub's origin only. Runs as a network interceptor,
 * so it sees every redirect hop: a redirect or a result URL on another host never receives the key, neither in
 * {@code Authorization} nor in any other header that carries it (a hub's {@code api-key} set as a default header),
 * and a caller's application interceptors (loggers) never see it.
 */
public final class OriginAuthInterceptor implements Interceptor {
  private final HttpUrl origin;
  private final String apiKey;
  private final String authorization;

  /** {@code apiKey} may be null for a hub that needs none. */
  public OriginAuthInterceptor(HttpUrl baseUrl, String apiKey) {
    this.origin = baseUrl;
    this.apiKey = apiKey == null || apiKey.isEmpty() ? null : apiKey;
    this.authorization = this.apiKey == null ? null : "Bearer " + this.apiKey;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (isHubOrigin(request.url())) {
      ApiKeyHeader keyHeader = request.tag(ApiKeyHeader.class);
      if (keyHeader != null) {
        if (apiKey != null && request.header(keyHeader.name) == null) {
          request = request.newBuilder().header(keyHeader.name, apiKey).build();
        }
      } else if (authorization != null && request.header("Authorization") == null) {
        request = request.newBuilder().header("Authorization", authorization).build();
      }
    } else {
      request = withoutCredentials(request);
    }
    return chain.proceed(request);
  }

  /** {@code request} without {@code Authorization} and without any header whose value holds the API key. */
  private Request withoutCredentials(Request request) {
    Request.Builder stripped = null;
    Headers headers = request.headers();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      if (name.equalsIgnoreCase("Authorization") || apiKey != null && headers.value(i).contains(apiKey)) {
        stripped = stripped == null ? request.newBuilder() : stripped;
        stripped.removeHeader(name);
      }
    }
    return stripped == null ? request : stripped.build();
  }

  private boolean isHubOrigin(HttpUrl url) {
    return sameOrigin(url, origin);
  }

  /**
   * @param url a request's URL
   * @param origin the hub's base URL
   * @return whether {@code url} is on the hub's origin: the same scheme, host and port
   */
  static boolean sameOrigin(HttpUrl url, HttpUrl origin) {
    return url.scheme().equals(origin.scheme()) && url.host().equals(origin.host()) && url.port() == origin.port();
  }

  @Override
  public String toString() {
    return "OriginAuthInterceptor{origin=" + origin.scheme() + "://" + origin.host() + ":" + origin.port() + "}";
  }
}
