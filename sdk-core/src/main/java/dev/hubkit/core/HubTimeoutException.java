package dev.hubkit.core;

import org.jspecify.annotations.Nullable;

/**
 * A call ran past one of its timeouts: connecting, a read that stayed silent past the read timeout (also between
 * two events of a stream), or the whole-call timeout of a non-streaming call.
 */
public class HubTimeoutException extends HubException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with the I/O failure that caused it.
   *
   * @param message which call ran past which timeout
   * @param cause the I/O failure that signalled the timeout
   */
  public HubTimeoutException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
