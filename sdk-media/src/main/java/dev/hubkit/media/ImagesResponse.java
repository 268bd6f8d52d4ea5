package dev.hubkit.media;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The reply of a synchronous image generation or edit: the images, and what the hub says about them. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableImagesResponse.class)
@JsonDeserialize(as = ImmutableImagesResponse.class)
public interface ImagesResponse {
  /**
   * Creation time in Unix seconds.
   *
   * @return when the images were made, in seconds since the epoch; empty when the hub leaves it out
   */
  Optional<Long> created();

  /**
   * The images, in order.
   *
   * @return the images; empty only when the hub made none
   */
  List<GeneratedImage> data();

  /**
   * The background used.
   *
   * @return the background, e.g. {@code opaque}; empty when the hub does not say
   */
  Optional<String> background();

  /**
   * The file format of the images.
   *
   * @return the format, e.g. {@code png}; empty when the hub does not say
   */
  @JsonProperty("output_format")
  Optional<String> outputFormat();

  /**
   * The quality used.
   *
   * @return the quality, e.g. {@code high}; empty when the hub does not say
   */
  Optional<String> quality();

  /**
   * The pixel size.
   *
   * @return the size, e.g. {@code 1024x1024}; empty when the hub does not say
   */
  Optional<String> size();

  /**
   * Token usage, for models that report it, as the hub sent it.
   *
   * @return the {@code usage} object's members; empty when the hub sent none
   */
  @AllowNulls
  Map<String, Object> usage();

  /**
   * Every other field the hub sent.
   *
   * @return the fields HubKit does not name, by JSON name; JSON {@code null}s kept as {@code null}
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * Starts a builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ImagesResponse}s. */
  final class Builder extends ImmutableImagesResponse.Builder {}
}
