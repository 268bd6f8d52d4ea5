package dev.hubkit.core;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every model of a {@link FallbackPolicy} failed with an error that allowed a fallback. The cause is the last
 * model's error; {@link #attempts()} holds each model's.
 */
public class AllModelsFailedException extends HubException {
  private static final long serialVersionUID = 1L;

  private final transient List<ModelAttempt> attempts;

  /**
   * Creates the exception from the failed attempts, in order.
   *
   * @param attempts every model tried, in order, each with its error; not empty
   * @throws IndexOutOfBoundsException when {@code attempts} is empty
   */
  public AllModelsFailedException(List<ModelAttempt> attempts) {
    super("all " + attempts.size() + " models failed: " + attempts.stream()
        .map(a -> a.model() + " (" + a.error().map(Throwable::getMessage).orElse("?") + ")")
        .collect(Collectors.joining("; ")),
        attempts.get(attempts.size() - 1).error().orElse(null));
    this.attempts = Collections.unmodifiableList(attempts);
  }

  /**
   * Each model tried, with its error.
   *
   * @return the attempts in the order the models were tried, unmodifiable; the last one's error is this exception's
   *     cause
   */
  public List<ModelAttempt> attempts() {
    return attempts;
  }
}
