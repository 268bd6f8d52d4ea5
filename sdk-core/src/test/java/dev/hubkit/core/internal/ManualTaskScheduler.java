package dev.hubkit.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.DoubleSupplier;

/**
 * A scheduler whose time moves only when a test calls {@link #advance}: polling tests never sleep. Its random
 * fraction is 0 (no jitter) unless a test sets one.
 */
public final class ManualTaskScheduler implements TaskScheduler {
  private final List<Step> steps = new ArrayList<>();
  private final List<Long> delays = new ArrayList<>();
  private long now;
  private DoubleSupplier randomFractions = () -> 0;

  @Override
  public synchronized double randomFraction() {
    return randomFractions.getAsDouble();
  }

  /** Where {@link #randomFraction()} comes from from now on. */
  public synchronized void randomFractions(DoubleSupplier source) {
    this.randomFractions = source;
  }

  @Override
  public synchronized Future<?> schedule(Runnable step, long delayMillis) {
    FutureTask<Void> task = new FutureTask<>(step, null);
    steps.add(new Step(now + delayMillis, task));
    delays.add(delayMillis);
    return task;
  }

  @Override
  public synchronized long nowMillis() {
    return now;
  }

  /** The delays asked for so far, in order. */
  public synchronized List<Long> delays() {
    return new ArrayList<>(delays);
  }

  /** Moves time forward, running every step that falls due, in order of due time. */
  public void advance(long millis) {
    long target;
    synchronized (this) {
      target = now + millis;
    }
    while (true) {
      Step next;
      synchronized (this) {
        next = steps.stream().filter(s -> s.due <= target).min(Comparator.comparingLong(s -> s.due)).orElse(null);
        if (next == null) {
          now = target;
          return;
        }
        steps.remove(next);
        now = Math.max(now, next.due);
      }
      next.task.run();
    }
  }

  /** Steps still waiting (cancelled ones included until they fall due). */
  public synchronized long pendingSteps() {
    return steps.stream().filter(s -> !s.task.isCancelled()).count();
  }

  private static final class Step {
    final long due;
    final FutureTask<Void> task;

    Step(long due, FutureTask<Void> task) {
      this.due = due;
      this.task = task;
    }
  }
}
