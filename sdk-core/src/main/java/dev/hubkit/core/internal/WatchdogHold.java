package dev.hubkit.core.internal;

import java.util.concurrent.TimeUnit;
import okio.AsyncTimeout;
import okio.Timeout;

/**
 * Keeps Okio's watchdog thread asleep while a large body is read. Every socket read of at most 8 KiB enters and
 * exits its own read timeout, and Okio wakes its watchdog thread whenever an entered timeout becomes the first
 * in its queue: with one read at a time, that is every read, about 150 thread wake-ups per megabyte, which cost
 * more CPU than copying the bytes on a small machine (see benchmarks/README.md). A hold enters one timeout of
 * the same length before the reads start, so each read's timeout queues behind it and wakes nobody; the reads'
 * own timeouts still fire exactly as before. The held timeout does nothing when it expires (after one read
 * timeout), and the reads after that simply wake the watchdog again. One per body; {@link #close()} may be
 * called more than once and from any thread (a stream is closed from the thread that cancels it).
 */
public final class WatchdogHold implements AutoCloseable {
  /** Bodies shorter than this take a read or two: a hold would cost the wake-up it saves. */
  static final long SMALLEST_HELD_BODY = 32 << 10;
  private static final WatchdogHold NONE = new WatchdogHold(null);

  private final AsyncTimeout held;

  private WatchdogHold(AsyncTimeout held) {
    this.held = held;
  }

  /**
   * Holds the watchdog while a body of {@code contentLength} bytes (-1 when unknown) is read through a source with
   * {@code readTimeout}; does nothing for small bodies or when reads have no timeout.
   */
  public static WatchdogHold whileReading(Timeout readTimeout, long contentLength) {
    long nanos = readTimeout.timeoutNanos();
    if (nanos <= 0 || (contentLength >= 0 && contentLength < SMALLEST_HELD_BODY)) {
      return NONE;
    }
    AsyncTimeout held = new AsyncTimeout();
    held.timeout(nanos, TimeUnit.NANOSECONDS);
    held.enter();
    return new WatchdogHold(held);
  }

  /** True when this hold entered a timeout (for tests). */
  boolean holding() {
    return held != null;
  }

  /** Takes the held timeout out of the watchdog's queue; does nothing the second time. */
  @Override
  public void close() {
    if (held != null) {
      held.exit();
    }
  }
}
