package dev.hubkit.core;

/**
 * Receives the events of a stream read in the background (the {@code streamAsync} methods). Called on an OkHttp
 * dispatcher thread, one call at a time, in order: {@link #onEvent} for each event, then exactly one of
 * {@link #onComplete} or {@link #onError}. No caller thread is blocked while it runs; keep the callbacks short.
 *
 * @param <T> the decoded event type
 */
public interface StreamListener<T> {
  /** One decoded event. An exception thrown here cancels the stream and is passed to {@link #onError}. */
  void onEvent(T event);

  /** The hub sent its end marker: the stream is complete. */
  default void onComplete() {}

  /**
   * The stream failed: an {@link ApiException} (error status or error event), {@link StreamInterruptedException},
   * {@link HubTimeoutException}, {@link HubConnectionException} when the HTTP call is cancelled other than through
   * the returned future (such as by {@code dispatcher().cancelAll()} on a shared {@code OkHttpClient}), or the
   * exception {@link #onEvent} threw. Not called once the returned future is cancelled.
   */
  void onError(HubException error);
}
