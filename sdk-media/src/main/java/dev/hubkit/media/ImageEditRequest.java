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
  /** The model id, e.g. {@code gpt-image-1}. */
  String model();

  /** What to change. */
  String prompt();

  /** The source images; sent as {@code image}, or as {@code image[]} when there are several. */
  List<UploadFile> images();

  /** A PNG mask the size of the first image. */
  Optional<UploadFile> mask();

  /** How many images. */
  Optional<Integer> n();

  /** Pixel size, e.g. {@code 1024x1024}. */
  Optional<String> size();

  /** {@code url} or {@code b64_json}. */
  Optional<String> responseFormat();

  /** Quality, where the model supports it. */
  Optional<String> quality();

  /** An id for the end user. */
  Optional<String> user();

  /** Starts a builder; {@code model}, {@code prompt} and one image are required. */
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
