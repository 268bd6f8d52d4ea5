package dev.hubkit.media;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.TaskProgress;
import dev.hubkit.core.TaskState;
import dev.hubkit.media.internal.TaskReplies;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The status of an asynchronous hub task ({@code GET /tasks/{id}} and its cousins), read tolerantly: flat replies
 * and replies wrapped as {@code {"code":"success","data":{...}}}; the status in any spelling
 * ({@link TaskState}); progress as {@code 45} or {@code "45%"}; result URLs wherever the hub put them
 * ({@code videoUrl}, {@code thumbnailUrl}, {@code imageUrl}, {@code images}, {@code url}, {@code result_url},
 * {@code video_url}, {@code metadata.url}, Kling's {@code task_result.videos[].url} and
 * {@code task_result.images[].url}, whether or not the reply was unwrapped, Suno's clips); Midjourney's
 * {@link #buttons()}; the failure reason from
 * {@code error}, {@code fail_reason}, {@code failReason} or Kling's {@code task_status_msg}. Every field stays
 * readable through {@link #json()}.
 */
public final class TaskStatus {
  private final JsonNode json;
  private final TaskState state;
  private final Optional<Integer> progress;
  private final List<String> resultUrls;

  private TaskStatus(JsonNode json) {
    this.json = json;
    this.state = TaskState.of(TaskReplies.text(json, "status", "state", "task_status").orElse(""));
    this.progress = TaskReplies.field(json, "progress", "percent").flatMap(p ->
        TaskProgress.parsePercent(p.isNumber() ? p.numberValue() : p.asText()));
    this.resultUrls = Collections.unmodifiableList(TaskReplies.resultUrls(json));
  }

  /**
   * Reads a reply; a wrapped reply is unwrapped first. Used by Jackson.
   *
   * @param reply the hub's reply to a status call, flat or wrapped in {@code {"code":...,"data":{...}}}
   * @return the status, over a copy of the (unwrapped) reply
   */
  @JsonCreator
  public static TaskStatus of(JsonNode reply) {
    return new TaskStatus(TaskReplies.unwrap(reply).deepCopy());
  }

  /**
   * The task's id, when the reply names it ({@code task_id}, {@code id} or {@code taskId}).
   *
   * @return the hub's task id; empty when the status reply leaves it out (some hubs do)
   */
  public Optional<String> taskId() {
    return TaskReplies.text(json, "task_id", "taskId", "id");
  }

  /**
   * The state, normalised, with the hub's own text in {@code state().raw()}.
   *
   * @return the normalised state; {@code UNKNOWN} when the reply has no status field
   */
  public TaskState state() {
    return state;
  }

  /**
   * Percentage done, when the hub reports it.
   *
   * @return 0 to 100; empty when the hub reports no progress
   */
  public Optional<Integer> progress() {
    return progress;
  }

  /**
   * The finished video's URL: {@code videoUrl}, {@code video_url}, Kling's first {@code task_result.videos[].url},
   * or, when the reply names no image, its generic {@code url}, {@code result_url} or {@code metadata.url}.
   *
   * @return the video's URL; empty for an image task, or before the task has succeeded
   */
  public Optional<String> videoUrl() {
    Optional<String> named = TaskReplies.text(json, "videoUrl", "video_url");
    if (named.isPresent()) {
      return named;
    }
    Optional<String> kling = TaskReplies.klingUrls(json, "videos").stream().findFirst();
    if (kling.isPresent() || imageUrl().isPresent()) {
      return kling;
    }
    return TaskReplies.genericUrl(json);
  }

  /**
   * The main result: the first of {@link #resultUrls()} that is not the thumbnail.
   *
   * @return the result's URL; empty while the reply names none (usually until the task has succeeded)
   */
  public Optional<String> resultUrl() {
    Optional<String> thumbnail = thumbnailUrl();
    return resultUrls.stream().filter(url -> !thumbnail.filter(url::equals).isPresent()).findFirst();
  }

  /**
   * The finished video's thumbnail URL.
   *
   * @return the thumbnail's URL ({@code thumbnailUrl} or {@code thumbnail_url}); empty when the hub made none
   */
  public Optional<String> thumbnailUrl() {
    return TaskReplies.text(json, "thumbnailUrl", "thumbnail_url");
  }

  /**
   * The first finished image's URL.
   *
   * @return the first image's URL; empty for a video task or before the task has succeeded
   */
  public Optional<String> imageUrl() {
    return TaskReplies.text(json, "imageUrl", "image_url")
        .map(Optional::of).orElseGet(() -> imageUrls().stream().findFirst());
  }

  /**
   * Every finished image's URL ({@code images}, {@code imageUrls}, Kling's {@code task_result.images}, or the
   * single {@code imageUrl}).
   *
   * @return the URLs in the hub's order, unmodifiable; empty for a video task or before the task has succeeded
   */
  public List<String> imageUrls() {
    List<String> images = TaskReplies.urlList(json, "images", "imageUrls", "image_urls");
    if (images.isEmpty()) {
      images = TaskReplies.klingUrls(json, "images");
    }
    if (images.isEmpty()) {
      return TaskReplies.text(json, "imageUrl", "image_url").map(Collections::singletonList)
          .orElse(Collections.emptyList());
    }
    return images;
  }

  /**
   * Every result URL found in the reply, in the order listed above, without duplicates.
   *
   * @return the URLs, unmodifiable; empty before the task has succeeded
   */
  public List<String> resultUrls() {
    return resultUrls;
  }

  /**
   * The buttons of a finished Midjourney task ({@code buttons}; {@code null} before {@code SUCCESS} reads as
   * none), to press with {@link JobsApi#press}.
   *
   * @return the buttons, in the hub's order
   */
  public List<JobButton> buttons() {
    List<JobButton> buttons = new ArrayList<>();
    JsonNode items = json.path("buttons");
    for (JsonNode item : items) {
      JobButton.of(item).ifPresent(buttons::add);
    }
    return Collections.unmodifiableList(buttons);
  }

  /**
   * The clips of a finished Suno task (its {@code data} or {@code clips} list), each with {@code audio_url},
   * {@code image_url}, {@code video_url}, {@code title} and {@code metadata.duration}; copies.
   *
   * @return the clips, empty for other families
   */
  public List<JsonNode> clips() {
    List<JsonNode> clips = new ArrayList<>();
    for (JsonNode clip : TaskReplies.clips(json)) {
      clips.add(clip.deepCopy());
    }
    return Collections.unmodifiableList(clips);
  }

  /**
   * The audio URLs of a finished music task: each clip's {@code audio_url}, or the task's own.
   *
   * @return the URLs
   */
  public List<String> audioUrls() {
    return TaskReplies.audioUrls(json);
  }

  /**
   * The hub's error code, for a failed task.
   *
   * @return the code as the hub spells it; empty when the task has not failed or the hub gave only a message
   */
  public Optional<String> errorCode() {
    return TaskReplies.errorCode(json);
  }

  /**
   * The hub's error message or failure reason, for a failed task.
   *
   * @return the reason, as the hub wrote it; empty when the task has not failed
   */
  public Optional<String> errorMessage() {
    return TaskReplies.errorMessage(json);
  }

  /**
   * The whole (unwrapped) reply, for fields HubKit does not name; a copy.
   *
   * @return a copy of the reply, with a {@code {"code":...,"data":{...}}} wrapper removed
   */
  @JsonValue
  public JsonNode json() {
    return json.deepCopy();
  }

  /**
   * This status as polling progress.
   *
   * @param taskId the id to report the progress under (the status reply may not name it)
   * @return the task's id, state and percentage as a {@link TaskProgress}
   */
  public TaskProgress toProgress(String taskId) {
    return TaskProgress.builder().taskId(taskId).state(state).percent(progress).build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TaskStatus && ((TaskStatus) other).json.equals(json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return "TaskStatus{" + taskId().map(id -> id + ", ").orElse("") + state
        + progress.map(p -> ", " + p + "%").orElse("") + (resultUrls.isEmpty() ? "" : ", " + resultUrls)
        + errorMessage().map(m -> ", error=" + m).orElse("") + "}";
  }
}
