package dev.hubkit.core.internal;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Bearer <key>} to requests for the hub's origin only. Runs as a network interceptor,
 * so it sees every redirect hop: a redirect or a result URL on another host never receives the key, and a caller's
 * application interceptors (loggers) never see it.
 */
public final class OriginAuthInterceptor implements Interceptor {
  private final HttpUrl origin;
  private final String authorization;

  /** {@code apiKey} may be null for a hub that needs none. */
  public OriginAuthInterceptor(HttpUrl baseUrl, String apiKey) {
    this.origin = baseUrl;
    this.authorization = apiKey == null ? null : "Bearer " + apiKey;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (isHubOrigin(request.url())) {
      if (authorization != null && request.header("Authorization") == null) {
        request = request.newBuilder().header("Authorization", authorization).build();
      }
    } else if (request.header("Authorization") != null) {
      request = request.newBuilder().removeHeader("Authorization").build();
    }
    return chain.proceed(request);
  }

  private boolean isHubOrigin(HttpUrl url) {
    return url.scheme().equals(origin.scheme()) && url.host().equals(origin.host()) && url.port() == origin.port();
  }

  @Override
  public String toString() {
    return "OriginAuthInterceptor{origin=" + origin.scheme() + "://" + origin.host() + ":" + origin.port() + "}";
  }
}
