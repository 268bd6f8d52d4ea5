package dev.hubkit.core;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/** One model tried under a {@link FallbackPolicy}: which model, how long it took, and how it failed if it did. */
@Value.Immutable
@ValueStyle
public interface ModelAttempt {
  /**
   * The model the request was sent with.
   *
   * @return the model's id
   */
  String model();

  /**
   * The failure, empty when this model answered.
   *
   * @return the error that ended this attempt; empty when the model answered
   */
  Optional<HubException> error();

  /**
   * Time from sending to the answer (for streams: to the first event) or the failure.
   *
   * @return how long the attempt took
   */
  Duration duration();

  /**
   * True when this model answered.
   *
   * @return whether {@link #error()} is empty
   */
  default boolean succeeded() {
    return !error().isPresent();
  }

  /**
   * Starts a builder.
   *
   * @return an empty builder; {@code model} and {@code duration} are required
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ModelAttempt}s. */
  final class Builder extends ImmutableModelAttempt.Builder {}
}
