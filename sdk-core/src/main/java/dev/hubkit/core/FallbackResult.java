package dev.hubkit.core;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What a call under a {@link FallbackPolicy} returned: the value, the model that produced it, and every model
 * tried on the way, in order.
 *
 * @param <T> the value type
 */
public final class FallbackResult<T> {
  private final T value;
  private final List<ModelAttempt> attempts;

  /**
   * Wraps {@code value}; the last of {@code attempts} is the one that answered.
   *
   * @param value the answer, not null
   * @param attempts every model tried, in order; all but the last failed
   * @throws IllegalArgumentException when {@code attempts} is empty or its last attempt failed
   */
  public FallbackResult(T value, List<ModelAttempt> attempts) {
    this.value = Objects.requireNonNull(value, "value");
    if (attempts.isEmpty() || !attempts.get(attempts.size() - 1).succeeded()) {
      throw new IllegalArgumentException("the last attempt must be the one that answered: " + attempts);
    }
    this.attempts = Collections.unmodifiableList(attempts);
  }

  /**
   * The answer.
   *
   * @return the answer of {@link #model()}, never null
   */
  public T value() {
    return value;
  }

  /**
   * The model that answered.
   *
   * @return the model of the last attempt
   */
  public String model() {
    return attempts.get(attempts.size() - 1).model();
  }

  /**
   * Every model tried, in order; all but the last failed.
   *
   * @return the attempts, unmodifiable, at least one
   */
  public List<ModelAttempt> attempts() {
    return attempts;
  }

  /**
   * True when a model other than the first answered.
   *
   * @return whether the request's own model failed and a fallback answered
   */
  public boolean fellBack() {
    return attempts.size() > 1;
  }

  @Override
  public String toString() {
    return "FallbackResult{model=" + model() + ", attempts=" + attempts.size() + "}";
  }
}
