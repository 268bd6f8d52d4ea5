package dev.hubkit.media;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An image edit ({@code POST {base}/images/edits}, multipart): one or more source images, an optional mask whose
 * transparent pixels mark where to paint, and the prompt.
 */
@Value.Immutable
@ValueStyle
public interface ImageEditRequest {
  /**
   * The model id, e.g. {@code gpt-image-1}.
   *
   * @return the model id, sent as {@code model}
   */
  String model();

  /**
   * What to change.
   *
   * @return the prompt, sent as {@code prompt}; never blank
   */
  String prompt();

  /**
   * The source images; sent as {@code image}, or as {@code image[]} when there are several.
   *
   * @return the images, at least one
   */
  List<UploadFile> images();

  /**
   * A PNG mask the size of the first image.
   *
   * @return the mask, whose transparent pixels mark what to edit; empty to let the model choose
   */
  Optional<UploadFile> mask();

  /**
   * How many images.
   *
   * @return the number of images to make, at least 1; empty for the hub's default (1)
   */
  Optional<Integer> n();

  /**
   * Pixel size, e.g. {@code 1024x1024}.
   *
   * @return the size; empty for the model's default
   */
  Optional<String> size();

  /**
   * {@code url} or {@code b64_json}.
   *
   * @return the reply format; empty for the model's default (GPT image models always answer {@code b64_json})
   */
  Optional<String> responseFormat();

  /**
   * Quality, where the model supports it.
   *
   * @return the quality, e.g. {@code high}; empty for the model's default
   */
  Optional<String> quality();

  /**
   * An id for the end user.
   *
   * @return the end user's id, for the hub's abuse monitoring; empty to send none
   */
  Optional<String> user();

  /**
   * Starts a builder; {@code model}, {@code prompt} and one image are required.
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
    MediaChecks.requireText("model", model(), "e.g. \"gpt-image-1\"");
    MediaChecks.requireText("prompt", prompt(), "describe the change");
    if (images().isEmpty()) {
      throw new IllegalArgumentException("an image edit needs at least one image: addImage(UploadFile.of(path))");
    }
    n().ifPresent(n -> MediaChecks.requirePositive("n", n));
  }

  /** Builds {@link ImageEditRequest}s. */
  final class Builder extends ImmutableImageEditRequest.Builder {}
}
