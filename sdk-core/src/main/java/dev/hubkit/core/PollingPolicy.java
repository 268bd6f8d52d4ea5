package dev.hubkit.core;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How HubKit waits for an asynchronous job. The first poll comes after the hub's {@code estimated_time} hint when
 * it gave one (capped at {@link #maxInterval()}), else after {@link #initialInterval()}; each later wait grows by
 * {@link #multiplier()} up to {@link #maxInterval()}. A {@code Retry-After} on a failed poll wins, even when it is
 * longer than {@link #maxInterval()}; only {@link #timeout()} cuts it short. Transient poll failures (5xx, 429,
 * connection, timeout) are retried up to {@link #maxTransientFailures()} in a row instead of failing the wait.
 * {@link #timeout()} bounds the whole wait. Each wait HubKit chooses is shortened by a random part of up to
 * {@link #jitter()}, so jobs submitted together do not poll together.
 */
@Value.Immutable
@ValueStyle
public abstract class PollingPolicy {
  /**
   * Wait before the first poll when the hub gave no estimate (default 2 s; at least 1 ms).
   *
   * @return the first wait
   */
  @Value.Default
  public Duration initialInterval() {
    return Duration.ofSeconds(2);
  }

  /**
   * Longest wait HubKit chooses between two polls (default 30 s; at least 1 ms); a hub's {@code Retry-After} may ask
   * for more.
   *
   * @return the cap on the waits HubKit computes
   */
  @Value.Default
  public Duration maxInterval() {
    return Duration.ofSeconds(30);
  }

  /**
   * Growth of the wait after each poll (default 1.5).
   *
   * @return the factor each wait is multiplied by, at least 1 (1 polls at a fixed interval)
   */
  @Value.Default
  public double multiplier() {
    return 1.5;
  }

  /**
   * Largest part of a wait HubKit cuts at random (default 0.2: a 10 s wait becomes 8 to 10 s; 0 turns it off; at
   * least 0 and below 1). A thousand jobs submitted in one second would otherwise poll in the same second each
   * round; cut at random, their polls spread over the rounds. Waits only get shorter, so {@link #maxInterval()}
   * stays the longest; a hub's {@code Retry-After} is never cut.
   *
   * @return the jitter, at least 0 and below 1
   */
  @Value.Default
  public double jitter() {
    return 0.2;
  }

  /**
   * Failed polls in a row tolerated before the wait fails with the last error (default 5).
   *
   * @return the number of transient failures in a row tolerated, 0 or more; 0 fails on the first one
   */
  @Value.Default
  public int maxTransientFailures() {
    return 5;
  }

  /**
   * Deadline for the whole wait; absent waits as long as the job runs.
   *
   * @return the longest the whole wait may take before it fails with {@link TaskTimeoutException}; empty for no
   *     deadline
   */
  public abstract Optional<Duration> timeout();

  /**
   * The defaults: 2 s growing by 1.5x to 30 s, each cut by up to 20%, 5 transient failures tolerated, no deadline.
   *
   * @return the default policy
   */
  public static PollingPolicy defaults() {
    return builder().build();
  }

  /**
   * Starts a builder.
   *
   * @return a builder whose unset fields keep their defaults; its {@code build()} throws
   *     {@link IllegalArgumentException} on an interval under 1 ms, a multiplier under 1, a jitter outside [0, 1),
   *     a negative failure count or a non-positive timeout
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    requireOneMillisecondOrMore("initialInterval", initialInterval(), "2 s, the default");
    requireOneMillisecondOrMore("maxInterval", maxInterval(), "30 s, the default");
    if (multiplier() < 1) {
      throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier());
    }
    if (!(jitter() >= 0 && jitter() < 1)) {
      throw new IllegalArgumentException("jitter must be at least 0 and below 1, was " + jitter()
          + ": it is the largest part of a wait cut at random, such as 0.2 (the default) or 0 for none");
    }
    if (maxTransientFailures() < 0) {
      throw new IllegalArgumentException("maxTransientFailures must be 0 or more, was " + maxTransientFailures());
    }
    timeout().ifPresent(t -> RequestOptions.requirePositive("timeout", t));
  }

  /** Rejects an interval under 1 ms: waits grow by multiplying, so a zero wait would poll back to back forever. */
  private static void requireOneMillisecondOrMore(String name, Duration interval, String example) {
    if (interval.toMillis() < 1) {
      throw new IllegalArgumentException(name + " must be at least 1 ms, was " + interval + ": a zero wait never"
          + " grows, so polls would go out back to back; pass a positive duration such as " + example);
    }
  }

  /** Builds {@link PollingPolicy} values. */
  public static final class Builder extends ImmutablePollingPolicy.Builder {}
}
