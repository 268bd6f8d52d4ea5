package dev.hubkit.media.internal;

import dev.hubkit.core.TaskProgress;
import dev.hubkit.core.TaskState;
import dev.hubkit.core.internal.TaskCheck;
import java.util.Optional;

/** Turns a polled status into the poller's verdict: keep polling, succeeded, or failed with the hub's reason. */
public final class TaskChecks {
  private TaskChecks() {}

  /** The verdict for a job in {@code state}, with its result and failure reason. */
  public static <T> TaskCheck<T> of(String taskId, TaskState state, Optional<Integer> percent, T result,
      Optional<String> errorCode, Optional<String> errorMessage) {
    TaskProgress progress = TaskProgress.builder().taskId(taskId).state(state).percent(percent).build();
    switch (state.kind()) {
      case SUCCEEDED:
        return TaskCheck.succeeded(progress, result);
      case FAILED:
      case CANCELLED:
        return TaskCheck.failed(progress, errorCode.orElse(null), errorMessage.orElse(null));
      default:
        return TaskCheck.pending(progress);
    }
  }
}
