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
  /** What happens in the video (1 to 32,000 characters). */
  String prompt();

  /** {@code sora-2} (the hub's default) or {@code sora-2-pro}. */
  Optional<String> model();

  /** Length in seconds as the API spells it: {@code "4"}, {@code "8"} or {@code "12"}. */
  Optional<String> seconds();

  /** {@code 720x1280}, {@code 1280x720}, {@code 1024x1792} or {@code 1792x1024}. */
  Optional<String> size();

  /** A reference image the video starts from, streamed from its source. */
  Optional<UploadFile> inputReference();

  /** Starts a builder; {@code prompt} is required. */
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
    /** The length in whole seconds. */
    public Builder seconds(int seconds) {
      return seconds(String.valueOf(seconds));
    }
  }
}
