package dev.hubkit.core.internal;

/**
 * A request tag that asks {@link OriginAuthInterceptor} to send the API key bare in the named header (Anthropic's
 * {@code x-api-key}, Google's {@code x-goog-api-key}) instead of {@code Authorization: Bearer}. Set through
 * {@link HubRequest#withApiKeyHeader}; the key still goes to the hub's origin only.
 */
public final class ApiKeyHeader {
  final String name;

  ApiKeyHeader(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "ApiKeyHeader{" + name + "}";
  }
}
