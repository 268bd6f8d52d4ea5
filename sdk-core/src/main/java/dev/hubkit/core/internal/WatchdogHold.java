package dev.hubkit.core.internal;

import java.util.concurrent.TimeUnit;
import okhttp3.ResponseBody;
import okio.AsyncTimeout;
import okio.Timeout;

/**
 * Keeps Okio's watchdog thread asleep while a large body is read. Every socket read of at most 8 KiB enters and
 * exits its own read timeout, and Okio wakes its watchdog thread whenever an entered timeout becomes the first
 * in its queue: with one read at a time, that is every read, about 150 thread wake-ups per megabyte, which cost
 * more CPU than copying the bytes on a small machine (see benchmarks/README.md). A hold enters one timeout of
 * the same length before the reads start, so each read's timeout queues behind it and wakes nobody; the reads'
 * own timeouts still fire exactly as before. The held timeout does nothing when it expires (after one read
 * timeout) but note it: every reader of held bodies (streams, downloads, {@link IncomingBody}) calls
 * {@link #renew()} between reads to enter it again, otherwise the reads after that simply wake the watchdog
 * again. One per body; {@link #close()} may be called more than once and from any thread (a stream is closed
 * from the thread that cancels it).
 */
public final class WatchdogHold implements AutoCloseable {
  /** Bodies shorter than this take a read or two: a hold would cost the wake-up it saves. */
  static final long SMALLEST_HELD_BODY = 32 << 10;
  private static final WatchdogHold NONE = new WatchdogHold(null);

  private final Held held;

  private WatchdogHold(Held held) {
    this.held = held;
  }

  /** A hold of nothing, for bodies that need none: renewing and closing it do nothing. */
  static WatchdogHold none() {
    return NONE;
  }

  /** Holds the watchdog while {@code body} is read: see {@link #whileReading(Timeout, long)}. */
  public static WatchdogHold whileReading(ResponseBody body) {
    return whileReading(body.source().timeout(), body.contentLength());
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
    Held held = new Held();
    held.timeout(nanos, TimeUnit.NANOSECONDS);
    held.enter();
    return new WatchdogHold(held);
  }

  /** Enters the held timeout again if it has expired; cheap enough to call before every read. */
  public void renew() {
    if (held != null && held.expired && !held.closed) {
      held.expired = false;
      held.exit();
      held.enter();
    }
  }

  /** How often the held timeout has expired (for tests). */
  int expirations() {
    return held == null ? 0 : held.expirations;
  }

  /** True when this hold entered a timeout (for tests). */
  boolean holding() {
    return held != null;
  }

  /** Takes the held timeout out of the watchdog's queue; does nothing the second time. */
  @Override
  public void close() {
    if (held != null) {
      held.closed = true; // a renew racing with this may enter once more: that timeout then expires doing nothing
      held.exit();
    }
  }

  /** The held timeout: expiring only marks it for {@link #renew()}. */
  private static final class Held extends AsyncTimeout {
    volatile boolean expired;
    volatile boolean closed;
    volatile int expirations;

    @Override
    protected void timedOut() {
      expirations++; // only the watchdog thread writes it
      expired = true;
    }
  }
}
