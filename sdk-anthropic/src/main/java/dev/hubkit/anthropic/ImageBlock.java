package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.anthropic.internal.MediaTypes;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** An {@code image} block of a request: a png, jpeg, gif or webp image, inline or by URL. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableImageBlock.class)
@JsonDeserialize(as = ImmutableImageBlock.class)
public interface ImageBlock extends ContentBlock {
  @Override
  @Value.Default
  default String type() {
    return "image";
  }

  /**
   * Where the image is.
   *
   * @return where the image is
   */
  BlockSource source();

  /**
   * A prompt-cache breakpoint after this block.
   *
   * @return A prompt-cache breakpoint after this block
   */
  @JsonProperty("cache_control")
  Optional<CacheControl> cacheControl();

  /**
   * Members HubKit does not model.
   *
   * @return members HubKit does not model
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * An inline image whose type is read from its first bytes.
   *
   * @param bytes the image
   * @return the block
   * @throws IllegalArgumentException when the bytes are not png, jpeg, gif or webp
   */
  static ImageBlock of(byte[] bytes) {
    return builder().source(BlockSource.base64(MediaTypes.image(bytes, "these " + bytes.length + " bytes"), bytes))
        .build();
  }

  /**
   * An inline image read from a file; its type comes from its first bytes, else from its name.
   *
   * @param file the image file
   * @return the block
   * @throws java.io.UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException when the file is not png, jpeg, gif or webp
   */
  static ImageBlock ofFile(Path file) {
    byte[] bytes = MediaTypes.read(file);
    return builder().source(BlockSource.base64(MediaTypes.image(bytes, file.toString()), bytes)).build();
  }

  /**
   * An image Claude fetches.
   *
   * @param url an https address
   * @return the block
   */
  static ImageBlock ofUrl(String url) {
    return builder().source(BlockSource.url(url)).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ImageBlock} values. */
  final class Builder extends ImmutableImageBlock.Builder {}
}
