package dev.hubkit.core;

import java.util.Optional;
import org.immutables.value.Value;

/** One observation of a polled job: its id, state and, where the hub reports it, the percentage done. */
@Value.Immutable
@ValueStyle
public interface TaskProgress {
  /**
   * The job's id on the hub.
   *
   * @return the hub's task id, as given at submission
   */
  String taskId();

  /**
   * The state, normalised with the hub's own text kept.
   *
   * @return the state; {@code state().raw()} is the hub's own text
   */
  TaskState state();

  /**
   * Percentage done, 0 to 100, when the hub reports it (as {@code 45} or {@code "45%"}).
   *
   * @return the percentage; empty when the hub reports no progress
   */
  Optional<Integer> percent();

  /**
   * Starts a builder.
   *
   * @return an empty builder; {@code taskId} and {@code state} are required
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a progress value as hubs send it: an integer, a decimal, or text such as {@code "45%"}; anything else is
   * absent. Values are clamped to 0..100.
   *
   * @param value a {@link Number}, or anything whose {@code toString()} is a number with an optional {@code %};
   *     may be null
   * @return the percentage, rounded and clamped; empty for null, NaN and text that is not a number
   */
  static Optional<Integer> parsePercent(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    double number;
    if (value instanceof Number) {
      number = ((Number) value).doubleValue();
    } else {
      String text = value.toString().trim();
      if (text.endsWith("%")) {
        text = text.substring(0, text.length() - 1).trim();
      }
      try {
        number = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    if (Double.isNaN(number)) {
      return Optional.empty();
    }
    return Optional.of((int) Math.max(0, Math.min(100, Math.round(number))));
  }

  /** Builds {@link TaskProgress} values. */
  final class Builder extends ImmutableTaskProgress.Builder {}
}
