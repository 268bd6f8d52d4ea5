package dev.hubkit.core.internal;

import dev.hubkit.core.ApiException;
import dev.hubkit.core.CallCanceledException;
import dev.hubkit.core.HubConnectionException;
import dev.hubkit.core.HubException;
import dev.hubkit.core.HubTimeoutException;
import dev.hubkit.core.PollingPolicy;
import dev.hubkit.core.RateLimitException;
import dev.hubkit.core.ServerException;
import dev.hubkit.core.TaskFailedException;
import dev.hubkit.core.TaskFuture;
import dev.hubkit.core.TaskState;
import dev.hubkit.core.TaskTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Polls a job until it ends, without blocking a thread: each poll is an async HTTP call, each wait a scheduled
 * step. Completes the {@link TaskFuture} with the result, a {@link TaskFailedException}, a
 * {@link TaskTimeoutException} past the deadline, or the error of a poll that failed for good. Each poll request
 * takes a place in the client's {@link PollSlots}: however many waits fall due at once, at most its limit of polls
 * are in flight, and a poll that must wait for a place starts when one frees, holding no thread meanwhile. When the
 * client closes, every wait it polls for ends at once with a {@link dev.hubkit.core.ClientClosedException}.
 */
public final class TaskPoller {
  private final TaskScheduler scheduler;
  private final PollSlots slots;
  private final ClientState client;

  /**
   * A poller on {@code scheduler} for a client's waits: its polls are bounded by {@code slots}, and its waits end
   * when {@code client} closes.
   *
   * @param scheduler {@link TaskScheduler#shared()} outside tests
   * @param slots the places of the client's polls: {@code HubTransport.pollSlots()}
   * @param client the client's state: {@code HubTransport.clientState()}
   */
  public TaskPoller(TaskScheduler scheduler, PollSlots slots, ClientState client) {
    this.scheduler = scheduler;
    this.slots = slots;
    this.client = client;
  }

  /**
   * A poller on {@code scheduler} whose polls take no place and whose waits no closing ends: for tests.
   *
   * @param scheduler a test's scheduler
   */
  public TaskPoller(TaskScheduler scheduler) {
    this(scheduler, PollSlots.unlimited(), new ClientState());
  }

  /**
   * Starts polling {@code taskId}: calls {@code fetch} for each poll and {@code interpret} on each answer.
   *
   * @param firstDelay the hub's estimate of the job's duration, used as the first wait when present
   */
  public <S, T> TaskFuture<T> poll(String taskId, Supplier<CompletableFuture<S>> fetch,
      Function<? super S, TaskCheck<T>> interpret, PollingPolicy policy, Optional<Duration> firstDelay) {
    return new Run<S, T>(taskId, fetch, interpret, policy).start(firstDelay);
  }

  /** One wait for one job. */
  private final class Run<S, T> {
    private final TaskFuture<T> future;
    private final Supplier<CompletableFuture<S>> fetch;
    private final Function<? super S, TaskCheck<T>> interpret;
    private final PollingPolicy policy;
    private final long deadline;
    private final AtomicReference<Future<?>> pending = new AtomicReference<>();
    private final AtomicReference<Future<?>> deadlineStep = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<?>> inFlight = new AtomicReference<>();
    private final Runnable endOnClose = this::clientClosed;
    private long interval;
    private int failuresInARow;

    Run(String taskId, Supplier<CompletableFuture<S>> fetch, Function<? super S, TaskCheck<T>> interpret,
        PollingPolicy policy) {
      this.future = new TaskFuture<>(taskId);
      this.fetch = fetch;
      this.interpret = interpret;
      this.policy = policy;
      this.deadline = policy.timeout().map(t -> scheduler.nowMillis() + t.toMillis()).orElse(Long.MAX_VALUE);
      this.interval = policy.initialInterval().toMillis();
      // Whatever ends the wait (result, failure, deadline, cancel) stops the next poll and the poll in flight, and
      // drops the deadline step, so nothing of a finished wait stays queued on the shared scheduler.
      future.whenComplete((result, error) -> stopPolling());
    }

    TaskFuture<T> start(Optional<Duration> firstDelay) {
      client.onClose(endOnClose); // on a closed client the wait ends here, and nothing below is scheduled
      if (future.isDone()) {
        client.removeOnClose(endOnClose);
      }
      if (deadline != Long.MAX_VALUE) {
        // The deadline is a step of its own: a poll in flight that the hub never answers must not hold the wait
        // past it (a poll's own call timeout and retries can take many minutes).
        deadlineStep.set(scheduler.schedule(this::timeOut, deadline - scheduler.nowMillis()));
        if (future.isDone()) { // ended (cancelled) before the step was set: stopPolling() did not see it
          cancel(deadlineStep.getAndSet(null));
        }
      }
      long first = firstDelay.map(Duration::toMillis).filter(d -> d >= 0).orElse(interval);
      schedule(jittered(Math.min(first, policy.maxInterval().toMillis())));
      return future;
    }

    private void schedule(long delay) {
      if (future.isDone()) {
        return;
      }
      long left = deadline - scheduler.nowMillis();
      if (left <= 0) {
        timeOut();
        return;
      }
      pending.set(scheduler.schedule(this::pollOnce, Math.min(delay, left)));
      if (future.isDone()) {
        cancel(pending.getAndSet(null));
      }
    }

    private void pollOnce() {
      if (future.isDone()) {
        return;
      }
      if (scheduler.nowMillis() >= deadline) {
        timeOut();
        return;
      }
      // Waiting for a place counts as in flight: whatever ends the wait meanwhile drops it from the queue.
      CompletableFuture<S> call = slots.submit(fetch);
      inFlight.set(call);
      if (future.isDone()) {
        inFlight.compareAndSet(call, null);
        call.cancel(true);
        return;
      }
      call.whenComplete((answer, error) -> {
        inFlight.compareAndSet(call, null);
        if (future.isDone()) {
          return;
        }
        if (error != null) {
          onFailure(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
        } else {
          onAnswer(answer);
        }
      });
    }

    private void onAnswer(S answer) {
      TaskCheck<T> check;
      try {
        check = interpret.apply(answer);
      } catch (RuntimeException e) {
        future.completeExceptionally(e);
        return;
      }
      failuresInARow = 0;
      try {
        future.report(check.progress);
      } catch (RuntimeException listenerFailure) {
        future.completeExceptionally(new HubException("a progress listener of task " + future.taskId()
            + " threw " + listenerFailure, listenerFailure));
        return;
      }
      TaskState state = check.progress.state();
      if (state.kind() == TaskState.Kind.SUCCEEDED) {
        future.complete(check.result);
      } else if (state.isTerminal()) {
        future.completeExceptionally(
            new TaskFailedException(future.taskId(), state, check.errorCode, check.errorMessage));
      } else {
        long wait = interval;
        interval = Math.min(policy.maxInterval().toMillis(), (long) Math.ceil(interval * policy.multiplier()));
        schedule(jittered(wait));
      }
    }

    private void onFailure(Throwable error) {
      if (!isTransient(error) || ++failuresInARow > policy.maxTransientFailures()) {
        future.completeExceptionally(error);
        return;
      }
      // The hub's Retry-After wins over the policy's cap; only the deadline (in schedule) bounds it.
      Optional<Duration> retryAfter = error instanceof ApiException
          ? ((ApiException) error).error().retryAfter() : Optional.empty();
      schedule(retryAfter.map(Duration::toMillis)
          .orElseGet(() -> jittered(Math.min(interval, policy.maxInterval().toMillis()))));
    }

    /** {@code wait} cut by a random part of up to the policy's jitter, so jobs started together poll apart. */
    private long jittered(long wait) {
      long cut = (long) (wait * policy.jitter() * scheduler.randomFraction());
      return Math.max(1, wait - cut);
    }

    private boolean isTransient(Throwable error) {
      if (error instanceof CallCanceledException) {
        return false; // the app cancelled the poll's call (its OkHttpClient's cancelAll()): stop, do not poll again
      }
      return error instanceof ServerException || error instanceof RateLimitException
          || error instanceof HubTimeoutException || error instanceof HubConnectionException;
    }

    private void clientClosed() {
      future.completeExceptionally(ClientState.waitEnded(future.taskId()));
    }

    private void stopPolling() {
      client.removeOnClose(endOnClose);
      cancel(pending.getAndSet(null));
      cancel(deadlineStep.getAndSet(null));
      CompletableFuture<?> call = inFlight.getAndSet(null);
      if (call != null) {
        call.cancel(true);
      }
    }

    private void cancel(Future<?> step) {
      if (step != null) {
        step.cancel(false);
      }
    }

    private void timeOut() {
      if (future.isDone()) {
        return;
      }
      String state = future.latestProgress().map(p -> " (last seen " + p.state().raw()
          + p.percent().map(n -> " " + n + "%").orElse("") + ")").orElse("");
      future.completeExceptionally(new TaskTimeoutException(future.taskId(), "task " + future.taskId()
          + " did not finish within " + policy.timeout().get() + state + "; it goes on on the hub: resume"
          + " waiting with its id"));
    }
  }
}
