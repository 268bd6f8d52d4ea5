package dev.hubkit.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The result of an asynchronous hub job (an image or video generation) that HubKit polls for. Besides being a
 * {@link CompletableFuture}, it knows its {@link #taskId()} and the {@link #latestProgress()} seen, and calls
 * {@link #onProgress} listeners when the state or percentage changes.
 *
 * <p>It completes with the result when the job succeeds; exceptionally with {@link TaskFailedException} when the job
 * fails, {@link TaskTimeoutException} past the policy's deadline, or the {@link HubException} of a poll that failed
 * for good (401, 404, or too many transient failures in a row). Waiting blocks no thread. {@code cancel(true)} stops
 * polling at once, aborting a poll in flight; it does not cancel the job on the hub.
 *
 * @param <T> the result type
 */
public class TaskFuture<T> extends CompletableFuture<T> {
  private final String taskId;
  private final List<Consumer<? super TaskProgress>> listeners = new CopyOnWriteArrayList<>();
  private volatile TaskProgress latest;

  /**
   * A future for the job {@code taskId}; HubKit's APIs create these.
   *
   * @param taskId the job's id on the hub
   * @throws NullPointerException when {@code taskId} is null
   */
  public TaskFuture(String taskId) {
    this.taskId = Objects.requireNonNull(taskId, "taskId");
  }

  /**
   * The job's id on the hub: keep it to resume the wait later.
   *
   * @return the hub's task id, as given at submission
   */
  public String taskId() {
    return taskId;
  }

  /**
   * The last state seen, empty before the first poll answered.
   *
   * @return the latest progress polled; empty before the first poll answered
   */
  public Optional<TaskProgress> latestProgress() {
    return Optional.ofNullable(latest);
  }

  /**
   * Calls {@code listener} with each new state or percentage, on the polling thread; a listener added late first
   * receives the latest state. Returns this future for chaining.
   *
   * @param listener told of each change; if it throws during polling, this future fails with a
   *     {@link HubException} caused by what it threw
   * @return this future
   */
  public TaskFuture<T> onProgress(Consumer<? super TaskProgress> listener) {
    Objects.requireNonNull(listener, "listener");
    listeners.add(listener);
    TaskProgress current = latest;
    if (current != null) {
      listener.accept(current);
    }
    return this;
  }

  /**
   * Records an observation and tells listeners when the state or percentage changed. Used by the poller.
   *
   * @param progress the state and percentage just polled
   * @return true when it was a change
   */
  public boolean report(TaskProgress progress) {
    TaskProgress previous = latest;
    latest = progress;
    if (previous != null && previous.state().equals(progress.state())
        && previous.percent().equals(progress.percent())) {
      return false;
    }
    for (Consumer<? super TaskProgress> listener : listeners) {
      listener.accept(progress);
    }
    return true;
  }

  @Override
  public String toString() {
    return "TaskFuture{taskId=" + taskId + ", latest=" + latest + ", done=" + isDone() + "}";
  }
}
