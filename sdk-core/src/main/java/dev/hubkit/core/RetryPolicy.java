package dev.hubkit.core;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * When and how long HubKit waits before sending a failed call again. Retried: connection failures and timeouts,
 * HTTP 408, 409, 429 and 5xx, unless the hub says {@code x-should-retry: false}. The wait grows exponentially
 * from {@link #initialBackoff()} up to {@link #maxBackoff()} with random jitter; a {@code Retry-After} or
 * {@code retry-after-ms} header from the hub replaces it, capped at {@link #maxRetryAfter()}. A stream is never
 * retried once its first event has arrived.
 */
@Value.Immutable
@ValueStyle
public abstract class RetryPolicy {
  /**
   * Retries after the first attempt (default 2).
   *
   * @return the number of retries, 0 or more; 0 turns retrying off
   */
  @Value.Default
  public int maxRetries() {
    return 2;
  }

  /**
   * Wait before the first retry, before jitter (default 500 ms).
   *
   * @return the first wait, not negative; each later one doubles up to {@link #maxBackoff()}
   */
  @Value.Default
  public Duration initialBackoff() {
    return Duration.ofMillis(500);
  }

  /**
   * Longest computed wait between two attempts (default 8 s).
   *
   * @return the cap on the computed wait, not negative
   */
  @Value.Default
  public Duration maxBackoff() {
    return Duration.ofSeconds(8);
  }

  /**
   * Longest wait HubKit accepts from a hub's {@code Retry-After} (default 60 s).
   *
   * @return the cap, not negative; a longer {@code Retry-After} is shortened to it
   */
  @Value.Default
  public Duration maxRetryAfter() {
    return Duration.ofSeconds(60);
  }

  /**
   * The default policy: 2 retries, 0.5 s doubling to 8 s, Retry-After honoured up to 60 s.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /**
   * Starts a builder.
   *
   * @return a builder whose unset fields keep their defaults; its {@code build()} throws
   *     {@link IllegalArgumentException} on a negative retry count or wait
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (maxRetries() < 0) {
      throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries());
    }
    if (initialBackoff().isNegative() || maxBackoff().isNegative() || maxRetryAfter().isNegative()) {
      throw new IllegalArgumentException("retry waits must not be negative: " + this);
    }
  }

  /** Builds {@link RetryPolicy} values. */
  public static final class Builder extends ImmutableRetryPolicy.Builder {}
}
