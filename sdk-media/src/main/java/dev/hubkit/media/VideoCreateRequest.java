package dev.hubkit.media;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An OpenAI-style video job ({@code POST {base}/videos}, multipart/form-data, as on AIHubMix): the prompt, the
 * model, the length, the size and an optional reference image uploaded as {@code input_reference}.
 */
@Value.Immutable
@ValueStyle
public interface VideoCreateRequest {
  /**
   * What happens in the video (1 to 32,000 characters).
   *
   * @return the prompt, never blank
   */
  String prompt();

  /**
   * {@code sora-2} (the hub's default) or {@code sora-2-pro}.
   *
   * @return the model id; empty for the hub's default
   */
  Optional<String> model();

  /**
   * Length in seconds as the API spells it: {@code "4"}, {@code "8"} or {@code "12"}.
   *
   * @return the length, a whole number as text; empty for the model's default ({@code "4"})
   */
  Optional<String> seconds();

  /**
   * {@code 720x1280}, {@code 1280x720}, {@code 1024x1792} or {@code 1792x1024}.
   *
   * @return the size as width x height; empty for the model's default ({@code 720x1280})
   */
  Optional<String> size();

  /**
   * A reference image the video starts from, streamed from its source.
   *
   * @return the image, sent as the {@code input_reference} part; empty for a video from the prompt alone
   */
  Optional<UploadFile> inputReference();

  /**
   * Starts a builder; {@code prompt} is required.
   *
   * @return an empty builder; its {@code build()} throws {@link IllegalStateException} when the prompt is unset and
   *     {@link IllegalArgumentException} when {@link #check()} rejects a value
   */
  static Builder builder() {
    return new Builder();
  }

  /** Rejects what every hub would reject, saying what to fix. */
  @Value.Check
  default void check() {
    MediaChecks.requireText("prompt", prompt(), "describe the video to generate");
    if (prompt().length() > 32_000) {
      throw new IllegalArgumentException("prompt is " + prompt().length() + " characters; the limit is 32000");
    }
    seconds().ifPresent(s -> {
      if (!s.matches("\\d+")) {
        throw new IllegalArgumentException("seconds must be a whole number such as \"8\", was \"" + s + "\"");
      }
    });
  }

  /** Builds {@link VideoCreateRequest}s. */
  final class Builder extends ImmutableVideoCreateRequest.Builder {
    /**
     * The length in whole seconds.
     *
     * @param seconds the length, e.g. 8
     * @return this builder
     */
    public Builder seconds(int seconds) {
      return seconds(String.valueOf(seconds));
    }
  }
}
