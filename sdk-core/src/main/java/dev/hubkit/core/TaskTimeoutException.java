package dev.hubkit.core;

/**
 * A wait for a job passed its {@link PollingPolicy#timeout()}. The deadline bounds the whole wait, not one poll.
 * The job itself goes on on the hub: resume waiting later from {@link #taskId()}.
 */
public class TaskTimeoutException extends HubException {
  private static final long serialVersionUID = 1L;

  /** The job's id on the hub; serialised with the exception. */
  private final String taskId;

  /**
   * Creates the exception for the job {@code taskId}.
   *
   * @param taskId the job's id on the hub
   * @param message what timed out and how to resume
   */
  public TaskTimeoutException(String taskId, String message) {
    super(message);
    this.taskId = taskId;
  }

  /**
   * The job's id, to resume waiting or to look it up.
   *
   * @return the hub's task id; the job may still be running there
   */
  public String taskId() {
    return taskId;
  }
}
