package dev.hubkit.core;

/**
 * The call was made on a {@link HubClient} after its {@link HubClient#close()} (or on a client derived from it), or
 * was still waiting to be sent or retried when the client closed. Nothing reached the hub: it is not a failure of
 * the hub, so HubKit does not retry it, poll a task again after it, or fall back to another model. Build a new
 * client to go on.
 */
public class ClientClosedException extends HubException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which call was refused, and why
   * @param cause the I/O failure the closing caused, or null when the call was refused before it started
   */
  public ClientClosedException(String message, Throwable cause) {
    super(message, cause);
  }
}
