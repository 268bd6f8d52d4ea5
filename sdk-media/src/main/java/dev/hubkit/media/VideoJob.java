package dev.hubkit.media;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.core.TaskState;
import dev.hubkit.media.internal.PercentDeserializer;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An OpenAI-style video job ({@code /videos}): its id, status ({@code queued}, {@code in_progress},
 * {@code completed}, {@code failed} and the other spellings gateways use, normalised by {@link TaskState}),
 * progress (an integer or {@code "45%"}), and timestamps. Unknown fields are kept in {@link #extra()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableVideoJob.class)
@JsonDeserialize(as = ImmutableVideoJob.class)
public interface VideoJob {
  /**
   * The job's id.
   *
   * @return the job's id, to poll, download or remix it with
   */
  String id();

  /**
   * {@code video} (some gateways say {@code video.generation}).
   *
   * @return the object type; empty when the hub leaves it out
   */
  Optional<String> object();

  /**
   * The model generating the video.
   *
   * @return the model id; empty when the reply leaves it out
   */
  Optional<String> model();

  /**
   * The status; absent on gateways that leave it out of some replies.
   *
   * @return the status ({@code queued}, {@code in_progress}, {@code completed}, {@code failed}, or another kept as it
   *     was sent); empty when the reply has none
   */
  Optional<TaskState> status();

  /**
   * Percentage done.
   *
   * @return 0 to 100, read from {@code 45} or {@code "45%"}; empty when the hub reports no progress
   */
  @JsonDeserialize(contentUsing = PercentDeserializer.class)
  Optional<Integer> progress();

  /**
   * Creation time in Unix seconds.
   *
   * @return when the job was created, in seconds since the epoch; empty when the reply leaves it out
   */
  @JsonProperty("created_at")
  Optional<Long> createdAt();

  /**
   * Completion time in Unix seconds.
   *
   * @return when the job finished, in seconds since the epoch; empty while it runs
   */
  @JsonProperty("completed_at")
  Optional<Long> completedAt();

  /**
   * When the downloadable files expire, in Unix seconds.
   *
   * @return when the files expire, in seconds since the epoch; empty while the job runs or when the hub does not say
   */
  @JsonProperty("expires_at")
  Optional<Long> expiresAt();

  /**
   * The prompt used.
   *
   * @return the prompt; empty when the reply leaves it out
   */
  Optional<String> prompt();

  /**
   * The length in seconds, as text ({@code "8"}).
   *
   * @return the length; empty when the reply leaves it out
   */
  Optional<String> seconds();

  /**
   * The size, e.g. {@code 720x1280}.
   *
   * @return the size; empty when the reply leaves it out
   */
  Optional<String> size();

  /**
   * The source video's id, for a remix.
   *
   * @return the id of the video this job remixes; empty for a job made from a prompt
   */
  @JsonProperty("remixed_from_video_id")
  Optional<String> remixedFromVideoId();

  /**
   * Why the job failed.
   *
   * @return the hub's code and message; empty unless the job failed
   */
  Optional<VideoError> error();

  /**
   * Every other field the hub sent ({@code video_url}, {@code width}, ...).
   *
   * @return the fields HubKit does not name, by JSON name; JSON {@code null}s kept as {@code null}
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * The normalised state, {@code UNKNOWN} when the reply had no status.
   *
   * @return the state, never null
   */
  default TaskState state() {
    return status().orElse(TaskState.of(""));
  }

  /**
   * Starts a builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VideoJob}s. */
  final class Builder extends ImmutableVideoJob.Builder {}
}
