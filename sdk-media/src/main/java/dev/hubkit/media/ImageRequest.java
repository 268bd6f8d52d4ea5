package dev.hubkit.media;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An image generation request ({@code POST {base}/images/generations}): OpenAI's fields plus the hubs'
 * {@code resolution} (1k, 2k, 4k) and {@code aspect_ratio} (1:1, 16:9, 9:16). Unset fields are left out, so the
 * hub's defaults apply.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableImageRequest.class)
public interface ImageRequest {
  /**
   * The model id, e.g. {@code gpt-image-2}, {@code dall-e-3}, {@code midjourney-v7}.
   *
   * @return the model id, sent as {@code model}
   */
  String model();

  /**
   * What to draw.
   *
   * @return the prompt, never blank
   */
  String prompt();

  /**
   * How many images.
   *
   * @return the number of images, at least 1; empty for the hub's default (1)
   */
  Optional<Integer> n();

  /**
   * Pixel size, e.g. {@code 1024x1024}.
   *
   * @return the size; empty for the model's default
   */
  Optional<String> size();

  /**
   * {@code standard}, {@code hd}, {@code low}, {@code medium}, {@code high} or {@code auto}.
   *
   * @return the quality; empty for the model's default
   */
  Optional<String> quality();

  /**
   * {@code vivid} or {@code natural} (DALL-E 3).
   *
   * @return the style; empty for the model's default
   */
  Optional<String> style();

  /**
   * {@code url} or {@code b64_json}.
   *
   * @return the reply format; empty for the model's default (GPT image models always answer {@code b64_json})
   */
  @JsonProperty("response_format")
  Optional<String> responseFormat();

  /**
   * {@code png}, {@code jpeg} or {@code webp}.
   *
   * @return the file format of the images; empty for the model's default ({@code png})
   */
  @JsonProperty("output_format")
  Optional<String> outputFormat();

  /**
   * 0-100, for jpeg and webp.
   *
   * @return the compression level in percent; empty for the model's default
   */
  @JsonProperty("output_compression")
  Optional<Integer> outputCompression();

  /**
   * {@code transparent}, {@code opaque} or {@code auto}.
   *
   * @return the background; empty for the model's default
   */
  Optional<String> background();

  /**
   * {@code low} or {@code auto}.
   *
   * @return the moderation level; empty for the hub's default ({@code auto})
   */
  Optional<String> moderation();

  /**
   * An id for the end user, for abuse monitoring.
   *
   * @return the end user's id; empty to send none
   */
  Optional<String> user();

  /**
   * Hub extension: {@code 1k}, {@code 2k} or {@code 4k}.
   *
   * @return the resolution; empty to send none (OpenAI itself ignores it)
   */
  Optional<String> resolution();

  /**
   * Hub extension: {@code 1:1}, {@code 16:9}, {@code 9:16}.
   *
   * @return the aspect ratio; empty to send none (OpenAI itself ignores it, use {@link #size()})
   */
  @JsonProperty("aspect_ratio")
  Optional<String> aspectRatio();

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
    MediaChecks.requireText("model", model(), "e.g. \"gpt-image-2\"");
    MediaChecks.requireText("prompt", prompt(), "describe the image to generate");
    n().ifPresent(n -> MediaChecks.requirePositive("n", n));
  }

  /** Builds {@link ImageRequest}s. */
  final class Builder extends ImmutableImageRequest.Builder {}
}
