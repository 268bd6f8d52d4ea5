package dev.hubkit.media;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A video job for task-style hubs ({@code POST {base}/videos/generations}, CHMU Hub): answered with a
 * {@code task_id} that is polled at {@code /tasks/{id}}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableVideoTaskRequest.class)
public interface VideoTaskRequest {
  /**
   * The model id, e.g. {@code sora-2}, {@code veo-3.1-fast}.
   *
   * @return the model id, never blank
   */
  String model();

  /**
   * What happens in the video.
   *
   * @return the prompt, never blank
   */
  String prompt();

  /**
   * Length in seconds.
   *
   * @return the length, at least 1; empty for the model's default
   */
  Optional<Integer> duration();

  /**
   * {@code 16:9} or {@code 9:16}.
   *
   * @return the aspect ratio; empty for the model's default
   */
  @JsonProperty("aspect_ratio")
  Optional<String> aspectRatio();

  /**
   * {@code 720p} or {@code 1080p}.
   *
   * @return the quality; empty for the model's default
   */
  Optional<String> quality();

  /**
   * A reference image's URL, for image-to-video.
   *
   * @return the image's URL, sent as {@code image_url}; empty for a video from the prompt alone
   */
  @JsonProperty("image_url")
  Optional<String> imageUrl();

  /**
   * Starts a builder; {@code model} and {@code prompt} are required.
   *
   * @return an empty builder; its {@code build()} throws {@link IllegalStateException} when a required field is unset
   *     and {@link IllegalArgumentException} when {@link #check()} rejects a value
   */
  static Builder builder() {
    return new Builder();
  }

  /** Rejects what every hub would reject, saying what to fix. */
  @Value.Check
  default void check() {
    MediaChecks.requireText("model", model(), "e.g. \"sora-2\"");
    MediaChecks.requireText("prompt", prompt(), "describe the video to generate");
    duration().ifPresent(d -> MediaChecks.requirePositive("duration", d));
  }

  /** Builds {@link VideoTaskRequest}s. */
  final class Builder extends ImmutableVideoTaskRequest.Builder {}
}
