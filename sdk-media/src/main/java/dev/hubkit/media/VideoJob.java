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
  /** The job's id. */
  String id();

  /** {@code video} (some gateways say {@code video.generation}). */
  Optional<String> object();

  /** The model generating the video. */
  Optional<String> model();

  /** The status; absent on gateways that leave it out of some replies. */
  Optional<TaskState> status();

  /** Percentage done. */
  @JsonDeserialize(contentUsing = PercentDeserializer.class)
  Optional<Integer> progress();

  /** Creation time in Unix seconds. */
  @JsonProperty("created_at")
  Optional<Long> createdAt();

  /** Completion time in Unix seconds. */
  @JsonProperty("completed_at")
  Optional<Long> completedAt();

  /** When the downloadable files expire, in Unix seconds. */
  @JsonProperty("expires_at")
  Optional<Long> expiresAt();

  /** The prompt used. */
  Optional<String> prompt();

  /** The length in seconds, as text ({@code "8"}). */
  Optional<String> seconds();

  /** The size, e.g. {@code 720x1280}. */
  Optional<String> size();

  /** The source video's id, for a remix. */
  @JsonProperty("remixed_from_video_id")
  Optional<String> remixedFromVideoId();

  /** Why the job failed. */
  Optional<VideoError> error();

  /** Every other field the hub sent ({@code video_url}, {@code width}, ...). */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /** The normalised state, {@code UNKNOWN} when the reply had no status. */
  default TaskState state() {
    return status().orElse(TaskState.of(""));
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VideoJob}s. */
  final class Builder extends ImmutableVideoJob.Builder {}
}
