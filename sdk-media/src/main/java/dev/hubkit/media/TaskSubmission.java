package dev.hubkit.media;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.MalformedResponseException;
import dev.hubkit.core.TaskState;
import dev.hubkit.core.internal.RefusedReply;
import dev.hubkit.media.internal.TaskReplies;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A hub's answer to submitting an asynchronous job: the id to poll ({@code task_id}, {@code id}, or Midjourney's
 * {@code result}), the first status, the model, and the hub's estimate of how long the job takes
 * ({@code estimated_time} in seconds), which HubKit uses as the first polling delay.
 */
public final class TaskSubmission {
  private final JsonNode json;
  private final String taskId;

  private TaskSubmission(JsonNode json, String taskId) {
    this.json = json;
    this.taskId = taskId;
  }

  /**
   * Reads a submission reply, flat or wrapped. Used by Jackson.
   *
   * @param reply the hub's reply to the submitting call
   * @return the submission, over a copy of the (unwrapped) reply
   * @throws MalformedResponseException when the reply names no task id; a hub's refusal with a Midjourney-style
   *     code (e.g. {@code {"code":24,"description":"banned prompt"}}) becomes an {@code ApiException} instead
   */
  @JsonCreator
  public static TaskSubmission of(JsonNode reply) {
    return of(reply, Collections.<String>emptyList());
  }

  /** As {@link #of(JsonNode)}, trying {@code idFields} (a {@link JobRoute}'s) before the usual names. */
  static TaskSubmission of(JsonNode reply, List<String> idFields) {
    JsonNode json = TaskReplies.unwrap(reply).deepCopy();
    Optional<String> id = TaskReplies.text(json, idFields.toArray(new String[0]));
    if (!id.isPresent()) {
      id = TaskReplies.text(json, "task_id", "taskId", "id", "result");
    }
    if (!id.isPresent() && reply.path("data").isTextual()) {
      id = Optional.of(reply.get("data").asText());
    }
    if (!id.isPresent()) {
      refusal(reply);
    }
    return new TaskSubmission(json, id.orElseThrow(() -> new MalformedResponseException(noTaskId(reply), null)));
  }

  /** Says in plain words what the reply was instead of a submission: the result itself, or which fields it had. */
  static String noTaskId(JsonNode reply) {
    JsonNode data = reply.path("data");
    if (data.isArray()) {
      return "the hub answered with the result itself (data[] with " + data.size() + " item(s)), not with a task"
          + " id to poll: it generates at once, so ask with ImagesApi.generate, or with generateResult, which"
          + " takes either answer";
    }
    List<String> fields = new ArrayList<>();
    reply.fieldNames().forEachRemaining(fields::add);
    return "its reply names no task id (task_id, taskId, id, result or a text data); it had "
        + (fields.isEmpty() ? "no fields" : "the fields " + fields) + ": " + abbreviate(reply);
  }

  /**
   * The id to poll, and to resume a wait with later.
   *
   * @return the hub's task id, never empty
   */
  public String taskId() {
    return taskId;
  }

  /**
   * The first status, when the reply gives one (e.g. {@code GENERATING}, Kling's {@code task_status}).
   *
   * @return the state at submission; empty when the hub answers with the id alone
   */
  public Optional<TaskState> state() {
    return TaskReplies.text(json, "status", "state", "task_status").map(TaskState::of);
  }

  /**
   * The model the hub runs the job on.
   *
   * @return the model id as the hub echoed it; empty when the reply leaves it out
   */
  public Optional<String> model() {
    return TaskReplies.text(json, "model");
  }

  /**
   * The hub's estimate of the job's duration.
   *
   * @return the estimate ({@code estimated_time}, {@code estimatedTime} or {@code eta}, in seconds); empty when the
   *     hub gives none
   */
  public Optional<Duration> estimatedTime() {
    return TaskReplies.field(json, "estimated_time", "estimatedTime", "eta").filter(JsonNode::isNumber)
        .map(seconds -> Duration.ofMillis((long) (seconds.asDouble() * 1000)));
  }

  /**
   * The whole reply, for fields HubKit does not name; a copy.
   *
   * @return a copy of the reply, with a {@code {"code":...,"data":{...}}} wrapper removed
   */
  public JsonNode json() {
    return json.deepCopy();
  }

  /**
   * Throws a Midjourney-style refusal: a numeric {@code code} other than the ones that come with a task id (0, 1,
   * 21 exists, 22 queued) and a {@code description} or {@code message}, e.g. 23 (queue full) or 24 (banned prompt).
   */
  private static void refusal(JsonNode reply) {
    JsonNode code = reply.path("code");
    Optional<String> description = TaskReplies.text(reply, "description", "message");
    if (code.isIntegralNumber() && description.isPresent()) {
      int value = code.asInt();
      if (value != 0 && value != 1 && value != 21 && value != 22) {
        // 23 is Midjourney's "queue full": a rate limit to wait out, not a bad request
        throw new RefusedReply(code.asText(), description.get().trim(), value == 23 ? 429 : 0);
      }
    }
  }

  private static String abbreviate(JsonNode reply) {
    String text = reply.toString();
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }

  @Override
  public String toString() {
    return "TaskSubmission{" + taskId + state().map(s -> ", " + s).orElse("")
        + estimatedTime().map(t -> ", estimated " + t.getSeconds() + " s").orElse("") + "}";
  }
}
