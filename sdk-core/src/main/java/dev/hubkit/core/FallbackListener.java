package dev.hubkit.core;

/** Hears each fallback of a {@link FallbackPolicy}, to log or meter it. Called on the thread that saw the error. */
@FunctionalInterface
public interface FallbackListener {
  /**
   * {@code failed} did not answer; the request goes on with {@code nextModel}.
   *
   * @param failed the model that failed, with its error and how long it took
   * @param nextModel the model the request is sent with next
   */
  void onFallback(ModelAttempt failed, String nextModel);
}
