package dev.hubkit.chat.responses.internal;

import dev.hubkit.chat.responses.Response;
import dev.hubkit.chat.responses.ResponseError;
import dev.hubkit.chat.responses.ResponseStatus;
import dev.hubkit.core.TaskProgress;
import dev.hubkit.core.TaskState;
import dev.hubkit.core.internal.TaskCheck;

/**
 * What a poll of a background response says: {@code queued} and {@code in_progress} (and unknown statuses) keep
 * the wait going; {@code completed} and {@code incomplete} end it with the response (an incomplete one says why in
 * its incomplete details); {@code failed} and {@code cancelled} end it with a {@code TaskFailedException}.
 */
public final class ResponseChecks {
  private ResponseChecks() {}

  /**
   * @param response the response as polled
   * @return the check for the task poller
   */
  public static TaskCheck<Response> of(Response response) {
    ResponseStatus status = response.status().orElse(ResponseStatus.IN_PROGRESS);
    TaskProgress progress = TaskProgress.builder().taskId(response.id()).state(TaskState.of(status.value())).build();
    if (status.equals(ResponseStatus.COMPLETED) || status.equals(ResponseStatus.INCOMPLETE)) {
      return TaskCheck.succeeded(progress, response);
    }
    if (status.equals(ResponseStatus.FAILED)) {
      return TaskCheck.failed(progress, response.error().flatMap(ResponseError::code).orElse(null),
          response.error().flatMap(ResponseError::message).orElse(null));
    }
    if (status.equals(ResponseStatus.CANCELLED)) {
      return TaskCheck.failed(progress, null, null); // the exception says "ended cancelled"
    }
    return TaskCheck.pending(progress);
  }
}
