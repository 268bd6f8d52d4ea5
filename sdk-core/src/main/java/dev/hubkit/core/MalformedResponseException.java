package dev.hubkit.core;

import org.jspecify.annotations.Nullable;

/** The hub answered with a success status but a body HubKit cannot read (empty, not JSON, or the wrong shape). */
public class MalformedResponseException extends HubException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; the message carries a bounded snippet of what arrived.
   *
   * @param message what was wrong with the body, with a bounded snippet of it
   * @param cause the parse failure, or null when there is none
   */
  public MalformedResponseException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
