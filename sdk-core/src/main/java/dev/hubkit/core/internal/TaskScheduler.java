package dev.hubkit.core.internal;

import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs polling steps after a delay. The shared instance holds one small pool of daemon threads for every HubKit
 * client in the process: a step only schedules the next HTTP call, so a thousand pending jobs need no more threads.
 * Tests use a manual implementation to advance time without sleeping.
 */
public interface TaskScheduler {
  /** Runs {@code step} after {@code delayMillis}; the returned future cancels it. */
  Future<?> schedule(Runnable step, long delayMillis);

  /** The current time in milliseconds, on the same clock as the delays. */
  long nowMillis();

  /**
   * A random number at least 0 and below 1, for cutting waits by {@code PollingPolicy.jitter()}; the manual
   * scheduler of tests chooses its own.
   */
  default double randomFraction() {
    return ThreadLocalRandom.current().nextDouble();
  }

  /** The process-wide scheduler on daemon threads. */
  static TaskScheduler shared() {
    return Shared.INSTANCE;
  }

  /** Lazily created process-wide scheduler. */
  final class Shared implements TaskScheduler {
    static final Shared INSTANCE = new Shared();
    private final ScheduledThreadPoolExecutor executor;

    private Shared() {
      AtomicInteger count = new AtomicInteger();
      ThreadFactory threads = runnable -> {
        Thread thread = new Thread(runnable, "hubkit-task-poller-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      };
      executor = new ScheduledThreadPoolExecutor(1, threads);
      executor.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Future<?> schedule(Runnable step, long delayMillis) {
      return executor.schedule(step, Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
    }

    @Override
    public long nowMillis() {
      return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
    }
  }
}
