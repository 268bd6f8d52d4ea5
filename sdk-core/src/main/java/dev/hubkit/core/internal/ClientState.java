package dev.hubkit.core.internal;

import dev.hubkit.core.ClientClosedException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether a {@code HubClient} (and the clients derived from it, which share this) is closed. Every call checks it
 * before it starts, and carries it as a request tag, so that {@link RetryInterceptor} sends nothing again once the
 * client closed. What lasts beyond one call (a task wait between its polls) registers an action to end it when the
 * client closes.
 */
public final class ClientState {
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Set<Runnable> onClose = ConcurrentHashMap.newKeySet();

  /** Marks the client closed and runs every registered action once; idempotent. */
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    RuntimeException first = null;
    for (Runnable action : onClose) {
      if (onClose.remove(action)) {
        try {
          action.run();
        } catch (RuntimeException e) { // every wait must end: the others still run, the first failure is thrown
          if (first == null) {
            first = e;
          } else {
            first.addSuppressed(e);
          }
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /**
   * Runs {@code action} when the client closes, or at once when it is closed already.
   *
   * @param action ends something that outlasts one call; must not block
   */
  public void onClose(Runnable action) {
    onClose.add(action);
    if (closed.get() && onClose.remove(action)) { // closed meanwhile: close() may have iterated before the add
      action.run();
    }
  }

  /**
   * Forgets an action {@link #onClose} registered, once what it would end has ended.
   *
   * @param action the registered action
   */
  public void removeOnClose(Runnable action) {
    onClose.remove(action);
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
   * @param taskId the task whose wait the closing ended
   * @return the exception that ends a pending task wait when the client closes
   */
  public static ClientClosedException waitEnded(String taskId) {
    return new ClientClosedException("the wait for task " + taskId + " ended: the HubClient is closed"
        + " (HubClient.close() was called on it or on the client it derives from); the task goes on on the hub:"
        + " resume waiting with its id on a new HubClient", null);
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
