package dev.hubkit.core;

import java.time.Duration;
import java.util.Optional;

/**
 * The hub rate-limited the call (HTTP 429) and the retries were spent. {@link #retryAfter()} says how long the hub
 * asked to wait, when it said so ({@code Retry-After} or {@code retry-after-ms}).
 */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the parsed error reply.
   *
   * @param error the hub's 429 reply, parsed
   */
  public RateLimitException(ApiError error) {
    super(error);
  }

  /**
   * How long the hub asked the caller to wait before the next call.
   *
   * @return the wait from {@code retry-after-ms} or {@code Retry-After} (seconds or an HTTP date); empty when the
   *     reply had neither
   */
  public Optional<Duration> retryAfter() {
    return error().retryAfter();
  }
}
