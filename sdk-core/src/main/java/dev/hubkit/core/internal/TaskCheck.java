package dev.hubkit.core.internal;

import dev.hubkit.core.TaskProgress;

/** What one poll said: the job's progress and, once it ended, its result or its failure. */
public final class TaskCheck<T> {
  final TaskProgress progress;
  final T result;
  final String errorCode;
  final String errorMessage;

  private TaskCheck(TaskProgress progress, T result, String errorCode, String errorMessage) {
    this.progress = progress;
    this.result = result;
    this.errorCode = errorCode;
    this.errorMessage = errorMessage;
  }

  /** Still queued or running (or an unknown status): keep polling. */
  public static <T> TaskCheck<T> pending(TaskProgress progress) {
    return new TaskCheck<>(progress, null, null, null);
  }

  /** Succeeded with {@code result}. */
  public static <T> TaskCheck<T> succeeded(TaskProgress progress, T result) {
    return new TaskCheck<>(progress, result, null, null);
  }

  /** Failed or was cancelled on the hub; code and message may be null. */
  public static <T> TaskCheck<T> failed(TaskProgress progress, String code, String message) {
    return new TaskCheck<>(progress, null, code, message);
  }
}
