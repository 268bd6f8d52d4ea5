package dev.hubkit.core;

import java.time.Duration;
import okhttp3.HttpUrl;

/**
 * Hears the streams that cannot start at once because a limit is reached, to log or meter them: HubKit's own
 * limit of concurrent streams ({@link HubClient.Builder#maxConcurrentStreams}) or the limits of the OkHttp
 * dispatcher that runs them ({@code maxRequests}, {@code maxRequestsPerHost}; the one a caller's
 * {@code OkHttpClient} brings, say). Both blocking and {@code streamAsync} streams are heard. Without it such a
 * stream waits silently until another stream ends. Set it with {@link HubClient.Builder#streamSlotListener}.
 *
 * <p>Called on the thread that opens the stream or on the thread of the stream or call that frees the slot, so it
 * must return quickly; what it throws goes to that thread's uncaught-exception handler and the stream goes on.
 */
public interface StreamSlotListener {
  /**
   * The stream to {@code url} waits for a slot.
   *
   * @param url the stream's URL
   * @param limit which limit is reached, in words, such as {@code "HubKit's limit of 64 concurrent streams
   *     (HubClient.Builder.maxConcurrentStreams)"}
   */
  void onWaiting(HttpUrl url, String limit);

  /**
   * The stream to {@code url} stopped waiting: it got its slot, or was cancelled or closed while waiting.
   *
   * @param url the stream's URL
   * @param waited how long it waited
   */
  void onWaitEnded(HttpUrl url, Duration waited);
}
