package dev.hubkit.core.internal;

import dev.hubkit.core.ClientClosedException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether a {@code HubClient} (and the clients derived from it, which share this) is closed. Every call checks it
 * before it starts, and carries it as a request tag, so that {@link RetryInterceptor} sends nothing again once the
 * client closed.
 */
public final class ClientState {
  private final AtomicBoolean closed = new AtomicBoolean();

  /** Marks the client closed; idempotent. */
  public void close() {
    closed.set(true);
  }

  /** @return whether {@link #close()} was called */
  public boolean isClosed() {
    return closed.get();
  }

  /**
   * Refuses a call on a closed client.
   *
   * @param method the call's HTTP method, for the message
   * @param path the call's path, for the message
   * @throws ClientClosedException when the client is closed
   */
  void ensureOpen(String method, String path) {
    if (closed.get()) {
      throw closed(method, path, null);
    }
  }

  /**
   * @param method the call's HTTP method
   * @param path the call's path
   * @param cause the I/O failure the closing caused, or null
   * @return the exception for a call the closed client did not send
   */
  static ClientClosedException closed(String method, String path, Throwable cause) {
    return new ClientClosedException(method + " " + path + " was not sent: the HubClient is closed (HubClient.close()"
        + " was called on it or on the client it derives from); build a new HubClient to make calls", cause);
  }
}
