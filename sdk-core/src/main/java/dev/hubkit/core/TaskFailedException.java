package dev.hubkit.core;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A polled job ended in failure or was cancelled on the hub; carries the hub's error message and code. */
public class TaskFailedException extends HubException {
  private static final long serialVersionUID = 1L;

  private final String taskId;
  private final @Nullable String code;
  private final @Nullable String hubMessage;

  /** Creates the exception; {@code code} and {@code hubMessage} may be null when the hub gave none. */
  public TaskFailedException(String taskId, TaskState state, @Nullable String code, @Nullable String hubMessage) {
    super("task " + taskId + " ended " + state.raw() + (hubMessage == null ? "" : ": " + hubMessage)
        + (code == null ? "" : " (code " + code + ")"));
    this.taskId = taskId;
    this.code = code;
    this.hubMessage = hubMessage;
  }

  /** The job's id. */
  public String taskId() {
    return taskId;
  }

  /** The hub's error code, e.g. {@code content_policy_violation}. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** The hub's error message or failure reason. */
  public Optional<String> hubMessage() {
    return Optional.ofNullable(hubMessage);
  }
}
