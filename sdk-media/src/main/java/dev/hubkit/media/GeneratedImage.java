package dev.hubkit.media;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.core.HubException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One generated image: a {@link #url()} (DALL-E style, expires after about an hour) or inline base64 data
 * ({@code b64_json}; GPT image models always answer this way). {@link #bytes()} decodes the inline data;
 * {@code ImagesApi.save(image, path)} writes either kind to a file.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableGeneratedImage.class)
@JsonDeserialize(as = ImmutableGeneratedImage.class)
public abstract class GeneratedImage {
  /**
   * Where the image can be downloaded.
   *
   * @return the image's URL, valid for about an hour; empty when the image came inline as {@link #b64Json()}
   */
  public abstract Optional<String> url();

  /**
   * The image, base64-encoded.
   *
   * @return the base64 data ({@code b64_json}); empty when the hub sent a URL instead
   */
  @JsonProperty("b64_json")
  public abstract Optional<String> b64Json();

  /**
   * The prompt the model actually used, when it rewrote yours.
   *
   * @return the revised prompt; empty when the model used yours as given
   */
  @JsonProperty("revised_prompt")
  public abstract Optional<String> revisedPrompt();

  /**
   * Every other field the hub sent.
   *
   * @return the fields HubKit does not name, by JSON name; JSON {@code null}s kept as {@code null}
   */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> extra();

  /**
   * The decoded inline image.
   *
   * @return the image file's bytes (PNG, JPEG or WebP, as asked), a new array on each call
   * @throws IllegalStateException when the hub sent only a URL: use {@code ImagesApi.save}
   * @throws HubException when {@code b64_json} is not valid base64
   */
  public byte[] bytes() {
    String data = b64Json().orElseThrow(() -> new IllegalStateException(
        "this image came as a URL, not inline data: download it with ImagesApi.save(image, path)"));
    try {
      return Base64.getMimeDecoder().decode(data);
    } catch (IllegalArgumentException e) {
      throw new HubException("the hub's b64_json image is not valid base64: " + e.getMessage(), e);
    }
  }

  /**
   * Writes the inline image to {@code file}.
   *
   * @param file the file to write, replaced if it exists
   * @throws IllegalStateException when the hub sent only a URL: use {@code ImagesApi.save}
   * @throws HubException when {@code b64_json} is not valid base64 or the file cannot be written
   */
  public void writeTo(Path file) {
    byte[] image = bytes();
    try {
      Files.write(file, image);
    } catch (IOException e) {
      throw new HubException("could not write the image to " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Starts a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "GeneratedImage{" + url().map(u -> "url=" + u).orElse("")
        + b64Json().map(b -> "b64_json=" + b.length() + " chars").orElse("")
        + revisedPrompt().map(p -> ", revisedPrompt=" + p).orElse("") + "}";
  }

  /** Builds {@link GeneratedImage}s. */
  public static final class Builder extends ImmutableGeneratedImage.Builder {}
}
