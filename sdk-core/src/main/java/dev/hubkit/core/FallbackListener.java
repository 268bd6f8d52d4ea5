package dev.hubkit.core;

/** Hears each fallback of a {@link FallbackPolicy}, to log or meter it. Called on the thread that saw the error. */
@FunctionalInterface
public interface FallbackListener {
  /** {@code failed} did not answer; the request goes on with {@code nextModel}. */
  void onFallback(ModelAttempt failed, String nextModel);
}
