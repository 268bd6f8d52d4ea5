package dev.hubkit.core;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/** One model tried under a {@link FallbackPolicy}: which model, how long it took, and how it failed if it did. */
@Value.Immutable
@ValueStyle
public interface ModelAttempt {
  /** The model the request was sent with. */
  String model();

  /** The failure, empty when this model answered. */
  Optional<HubException> error();

  /** Time from sending to the answer (for streams: to the first event) or the failure. */
  Duration duration();

  /** True when this model answered. */
  default boolean succeeded() {
    return !error().isPresent();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ModelAttempt}s. */
  final class Builder extends ImmutableModelAttempt.Builder {}
}
