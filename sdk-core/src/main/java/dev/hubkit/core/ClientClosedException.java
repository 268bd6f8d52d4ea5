package dev.hubkit.core;

/**
 * The {@link HubClient} is closed: a call was made on it after its {@link HubClient#close()} (or on a client derived
 * from it), or was still waiting to be sent or retried when it closed, and nothing of it reached the hub; or a
 * {@link TaskFuture} wait was pending when it closed, and no further poll goes out (the job goes on on the hub: await
 * it by id on a new client). It is not a failure of the hub, so HubKit does not retry it, poll a task again after
 * it, or fall back to another model. Build a new client to go on.
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
