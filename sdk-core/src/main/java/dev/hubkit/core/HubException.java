package dev.hubkit.core;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception HubKit throws. Unchecked: catch it, or one of its subclasses where the caller acts
 * differently ({@link RateLimitException}, {@link AuthenticationException}, ...). Messages never contain the API
 * key.
 */
public class HubException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that says what happened and what to do.
   *
   * @param message what happened and what to do; never the API key
   */
  public HubException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the lower-level cause.
   *
   * @param message what happened and what to do; never the API key
   * @param cause the lower-level failure, or null when there is none
   */
  public HubException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
