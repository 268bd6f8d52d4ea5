package dev.hubkit.core.internal;

import dev.hubkit.core.StreamSlotListener;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import okhttp3.Call;
import okhttp3.Dispatcher;
import okhttp3.EventListener;
import okhttp3.HttpUrl;

/**
 * The streams of one {@code HubClient} (and of the clients derived from it) that run, and those waiting for a slot.
 * A stream holds its dispatcher place as long as its answer lasts; HubKit's own limit keeps streams from taking the
 * places that short calls ({@code createAsync}, task polls) need. A stream over the limit waits here, in order; one
 * the dispatcher itself holds back waits in its queue, seen through the call's {@link EventListener}. Both waits
 * are reported to the {@link StreamSlotListener}. {@link #closeAll()} ends every stream. Thread-safe.
 */
public final class StreamSlots {
  private final int limit;
  private final StreamSlotListener listener;
  private final Set<Call> running = new HashSet<>();
  private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
  private boolean closed;

  /**
   * Slots for {@code limit} streams at once, reporting waits to {@code listener}.
   *
   * @param limit streams at once; {@link Integer#MAX_VALUE} for no limit of HubKit's own
   * @param listener told of every wait; may be null
   */
  public StreamSlots(int limit, StreamSlotListener listener) {
    this.limit = limit;
    this.listener = listener;
  }

  /**
   * HubKit's limit of concurrent streams.
   *
   * @return the limit; {@link Integer#MAX_VALUE} when HubKit sets none
   */
  public int limit() {
    return limit;
  }

  /** Runs {@code start}, which enqueues {@code call}, now if a slot is free, else once one is. */
  void open(Call call, Runnable start) {
    Waiting queued = null;
    synchronized (this) {
      if (closed || running.size() < limit) {
        running.add(call);
      } else {
        queued = new Waiting(call, start);
        waiting.add(queued);
      }
    }
    if (queued == null) {
      start.run();
    } else if (listener != null) {
      try {
        listener.onWaiting(call.request().url(), "HubKit's limit of " + limit
            + " concurrent streams (HubClient.Builder.maxConcurrentStreams)");
      } catch (Throwable e) {
        report(e);
      }
    }
  }

  /** {@code call}, started by {@link #open}, ended: its slot goes to the stream that has waited longest. */
  void release(Call call) {
    Waiting next;
    synchronized (this) {
      if (!running.remove(call)) {
        return;
      }
      next = waiting.poll();
      if (next != null) {
        running.add(next.call);
      }
    }
    if (next != null) {
      waitEnded(next);
      next.start.run();
    }
  }

  /** Takes back {@code call} if it still waits for a slot, so that it never starts. */
  void withdraw(Call call) {
    Waiting found = null;
    synchronized (this) {
      for (Iterator<Waiting> it = waiting.iterator(); it.hasNext(); ) {
        Waiting next = it.next();
        if (next.call == call) {
          it.remove();
          found = next;
          break;
        }
      }
    }
    if (found != null) {
      waitEnded(found);
    }
  }

  /**
   * Ends every stream, for {@code HubClient.close()}: cancels those running; those waiting start cancelled, so
   * they fail at once. Streams opened afterwards are not held back.
   */
  public void closeAll() {
    List<Call> toCancel;
    List<Waiting> toFail;
    synchronized (this) {
      closed = true;
      toCancel = new ArrayList<>(running);
      toFail = new ArrayList<>(waiting);
      waiting.clear();
      for (Waiting w : toFail) {
        running.add(w.call);
      }
    }
    for (Call call : toCancel) {
      call.cancel();
    }
    for (Waiting w : toFail) {
      w.call.cancel();
      waitEnded(w);
      w.start.run();
    }
  }

  /**
   * An event listener for one stream call: reports a wait in its dispatcher's queue and runs {@code onCancel}
   * (may be null) when the call is cancelled.
   */
  EventListener events(Runnable onCancel) {
    return new EventListener() {
      private volatile long queuedAt; // set on the enqueuing thread, read on the one that promotes the call

      @Override
      public void dispatcherQueueStart(Call call, Dispatcher dispatcher) {
        queuedAt = System.nanoTime();
        if (listener != null) {
          try {
            listener.onWaiting(call.request().url(), "the OkHttp dispatcher's limit of "
                + dispatcher.getMaxRequests() + " calls, " + dispatcher.getMaxRequestsPerHost() + " per host");
          } catch (Throwable e) {
            report(e);
          }
        }
      }

      @Override
      public void dispatcherQueueEnd(Call call, Dispatcher dispatcher) {
        notifyWaitEnded(call.request().url(), queuedAt);
      }

      @Override
      public void canceled(Call call) {
        if (onCancel != null) {
          onCancel.run();
        }
      }
    };
  }

  private void waitEnded(Waiting w) {
    notifyWaitEnded(w.call.request().url(), w.since);
  }

  private void notifyWaitEnded(HttpUrl url, long since) {
    if (listener != null) {
      try {
        listener.onWaitEnded(url, Duration.ofNanos(System.nanoTime() - since));
      } catch (Throwable e) {
        report(e);
      }
    }
  }

  /** A listener's failure cannot fail a stream that is not running yet: it goes where a thread's failures go. */
  private static void report(Throwable e) {
    Thread thread = Thread.currentThread();
    thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
  }

  /** A stream waiting for a slot. */
  private static final class Waiting {
    final Call call;
    final Runnable start;
    final long since = System.nanoTime();

    Waiting(Call call, Runnable start) {
      this.call = call;
      this.start = start;
    }
  }
}
