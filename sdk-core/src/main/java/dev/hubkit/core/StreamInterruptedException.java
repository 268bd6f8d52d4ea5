package dev.hubkit.core;

import org.jspecify.annotations.Nullable;

/**
 * A stream ended before the hub's end marker ({@code data: [DONE]}): the answer received so far is incomplete and
 * must not be treated as the whole reply.
 */
public class StreamInterruptedException extends HubConnectionException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which stream ended early
   * @param cause the I/O failure, or null when the connection simply ended
   */
  public StreamInterruptedException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
