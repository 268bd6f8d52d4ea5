package dev.hubkit.core.internal;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The task polls of one {@code HubClient} (and of the clients derived from it) in flight, and those waiting for a
 * place. However many waits fall due at once (a slow machine runs late steps together), at most {@link #limit()}
 * poll requests run; the rest wait here, in order, holding no thread, and each starts when a running poll ends.
 * Only polls pass through here: a {@code createAsync} or a stream never waits behind them. Cancelling a waiting
 * poll removes it, so a wait that is cancelled or times out leaves nothing behind. Thread-safe.
 */
public final class PollSlots {
  /** HubKit's default limit of polls in flight per client. */
  public static final int DEFAULT_LIMIT = 16;

  private final int limit;
  private final LinkedHashSet<Waiting<?>> waiting = new LinkedHashSet<>();
  private int running;
  private boolean draining;
  private boolean drainAgain;

  /**
   * Places for {@code limit} polls at once.
   *
   * @param limit polls in flight at once, at least 1; {@link Integer#MAX_VALUE} for no limit
   * @throws IllegalArgumentException when it is less than 1
   */
  public PollSlots(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("the limit of polls in flight must be at least 1, was " + limit);
    }
    this.limit = limit;
  }

  /**
   * No limit: every poll starts at once.
   *
   * @return slots that never hold a poll back
   */
  public static PollSlots unlimited() {
    return new PollSlots(Integer.MAX_VALUE);
  }

  /**
   * The most polls in flight at once.
   *
   * @return the limit; {@link Integer#MAX_VALUE} for none
   */
  public int limit() {
    return limit;
  }

  /**
   * The polls waiting for a place now.
   *
   * @return how many polls wait
   */
  public synchronized int waiting() {
    return waiting.size();
  }

  /**
   * Starts {@code fetch} (one poll request) now if a place is free, else once one is.
   *
   * @param fetch starts the request; called at most once, on this thread or on the thread that ends another poll
   * @return the poll's answer; cancelling it drops a waiting poll or cancels the running request
   */
  public <S> CompletableFuture<S> submit(Supplier<CompletableFuture<S>> fetch) {
    Waiting<S> poll = new Waiting<>(fetch);
    boolean startNow;
    synchronized (this) {
      startNow = running < limit && waiting.isEmpty();
      if (startNow) {
        running++;
      } else {
        waiting.add(poll);
      }
    }
    poll.answer.whenComplete((answer, error) -> poll.cancelled());
    if (startNow) {
      poll.start();
    }
    return poll.answer;
  }

  /** A running poll ended: its place goes to the poll that has waited longest. */
  private void release() {
    synchronized (this) {
      running--;
    }
    drain();
  }

  /**
   * Starts waiting polls while places are free. A poll that ends at once (an error before any I/O) releases its
   * place inside {@code start()}: the loop, not a nested call, starts the next, so the stack stays flat.
   */
  private void drain() {
    synchronized (this) {
      if (draining) {
        drainAgain = true;
        return;
      }
      draining = true;
    }
    while (true) {
      Waiting<?> next;
      synchronized (this) {
        if (running >= limit || waiting.isEmpty()) {
          if (!drainAgain) {
            draining = false;
            return;
          }
          drainAgain = false;
          continue;
        }
        Iterator<Waiting<?>> first = waiting.iterator();
        next = first.next();
        first.remove();
        running++;
      }
      next.start();
    }
  }

  /** One poll, waiting or running. */
  private final class Waiting<S> {
    final CompletableFuture<S> answer = new CompletableFuture<>();
    private final Supplier<CompletableFuture<S>> fetch;
    private CompletableFuture<S> call;
    private boolean started;

    Waiting(Supplier<CompletableFuture<S>> fetch) {
      this.fetch = fetch;
    }

    /** Runs the request in the place taken for it, and gives the place back when the request ends. */
    void start() {
      synchronized (this) {
        started = true;
      }
      if (answer.isDone()) { // cancelled between taking its place and starting
        release();
        return;
      }
      CompletableFuture<S> request;
      try {
        request = fetch.get();
      } catch (RuntimeException e) {
        answer.completeExceptionally(e);
        release();
        return;
      }
      synchronized (this) {
        call = request;
      }
      request.whenComplete((value, error) -> {
        release();
        if (error != null) {
          answer.completeExceptionally(
              error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
        } else {
          answer.complete(value);
        }
      });
      if (answer.isDone()) {
        request.cancel(true);
      }
    }

    /** The answer is done: a cancelled poll still waiting leaves the queue; a running one stops its request. */
    void cancelled() {
      if (!answer.isCancelled()) {
        return;
      }
      boolean removed;
      synchronized (PollSlots.this) {
        removed = waiting.remove(this);
      }
      CompletableFuture<S> request;
      synchronized (this) {
        request = removed || !started ? null : call;
      }
      if (request != null) {
        request.cancel(true);
      }
    }
  }
}
