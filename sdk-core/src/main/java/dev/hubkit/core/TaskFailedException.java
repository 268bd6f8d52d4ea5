package dev.hubkit.core;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A polled job ended in failure or was cancelled on the hub; carries the hub's error message and code. */
public class TaskFailedException extends HubException {
  private static final long serialVersionUID = 1L;

  /** The failed job's id, as the hub assigned it. */
  private final String taskId;
  /** The hub's error code, or null when it gave none. */
  private final @Nullable String code;
  /** The hub's error message or failure reason, or null when it gave none. */
  private final @Nullable String hubMessage;

  /**
   * Creates the exception; the message names the task, the state it ended in, and the hub's message and code.
   *
   * @param taskId the job's id
   * @param state the terminal state it ended in, such as failed or cancelled
   * @param code the hub's error code, or null when it gave none
   * @param hubMessage the hub's error message or failure reason, or null when it gave none
   */
  public TaskFailedException(String taskId, TaskState state, @Nullable String code, @Nullable String hubMessage) {
    super("task " + taskId + " ended " + state.raw() + (hubMessage == null ? "" : ": " + hubMessage)
        + (code == null ? "" : " (code " + code + ")"));
    this.taskId = taskId;
    this.code = code;
    this.hubMessage = hubMessage;
  }

  /**
   * The job's id.
   *
   * @return the id the hub assigned to the job
   */
  public String taskId() {
    return taskId;
  }

  /**
   * The hub's error code.
   *
   * @return the code, e.g. {@code content_policy_violation}; empty when the hub gave none
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /**
   * The hub's error message or failure reason.
   *
   * @return the hub's own words; empty when it gave none (the exception message then names only the state)
   */
  public Optional<String> hubMessage() {
    return Optional.ofNullable(hubMessage);
  }
}
