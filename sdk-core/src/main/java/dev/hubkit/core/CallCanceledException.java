package dev.hubkit.core;

import org.jspecify.annotations.Nullable;

/**
 * The HTTP call was cancelled before its reply was complete, by the caller or by the {@code OkHttpClient} it ran
 * on (such as {@code dispatcher().cancelAll()} when an app signs out). Not a failure of the hub: HubKit does not
 * retry it, poll a task again after it, or fall back to another model.
 */
public class CallCanceledException extends HubConnectionException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with the I/O failure the cancellation caused.
   *
   * @param message which call was cancelled
   * @param cause the I/O failure the cancellation caused
   */
  public CallCanceledException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
