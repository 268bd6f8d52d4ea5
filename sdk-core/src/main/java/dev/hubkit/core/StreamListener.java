package dev.hubkit.core;

import java.util.function.Consumer;

/**
 * Receives the events of a stream read in the background (the {@code streamAsync} methods). Called on an OkHttp
 * dispatcher thread, one call at a time, in order: {@link #onEvent} for each event, then exactly one of
 * {@link #onComplete} or {@link #onError}. No caller thread is blocked while it runs; keep the callbacks short.
 *
 * <p>The future the {@code streamAsync} method returned completes after the last callback, also when a callback
 * throws: it then fails with a {@link HubException} caused by what {@link #onEvent} or {@link #onComplete} threw,
 * or, when {@link #onError} throws, with the stream's error, to which the thrown exception is added as suppressed.
 *
 * @param <T> the decoded event type
 */
public interface StreamListener<T> {
  /**
   * One decoded event. Anything thrown here cancels the stream and is passed to {@link #onError} as the cause of a
   * {@link HubException}.
   *
   * @param event the decoded event, never null
   */
  void onEvent(T event);

  /**
   * The hub sent its end marker: the stream is complete. Anything thrown here fails the future (see above);
   * {@link #onError} does not follow.
   */
  default void onComplete() {}

  /**
   * The stream failed: an {@link ApiException} (error status or error event), {@link StreamInterruptedException},
   * {@link HubTimeoutException}, {@link HubConnectionException} when the HTTP call is cancelled other than through
   * the returned future (such as by {@code dispatcher().cancelAll()} on a shared {@code OkHttpClient}), or a
   * {@link HubException} caused by what {@link #onEvent} threw. Not called once the returned future is cancelled.
   *
   * @param error why the stream failed; the returned future fails with the same exception
   */
  void onError(HubException error);

  /**
   * A listener made of three functions, for callers who would rather pass lambdas than write a class (in Kotlin:
   * {@code StreamListener.of({ ui.append(it.textDelta()) }, { ui.done() }, { ui.fail(it) })}).
   *
   * @param onEvent called with each event, as {@link #onEvent}
   * @param onComplete called when the stream is complete, as {@link #onComplete}
   * @param onError called when the stream failed, as {@link #onError}
   * @param <T> the decoded event type
   * @return a listener that calls the three functions
   */
  static <T> StreamListener<T> of(
      Consumer<? super T> onEvent, Runnable onComplete, Consumer<? super HubException> onError) {
    return new StreamListener<T>() {
      @Override
      public void onEvent(T event) {
        onEvent.accept(event);
      }

      @Override
      public void onComplete() {
        onComplete.run();
      }

      @Override
      public void onError(HubException error) {
        onError.accept(error);
      }
    };
  }
}
