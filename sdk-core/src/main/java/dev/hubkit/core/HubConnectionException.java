package dev.hubkit.core;

import org.jspecify.annotations.Nullable;

/** The hub could not be reached, or the connection broke before a complete reply arrived. */
public class HubConnectionException extends HubException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with the I/O failure that caused it.
   *
   * @param message which call failed and how
   * @param cause the I/O failure
   */
  public HubConnectionException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
