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
  /** Creation time in Unix seconds. */
  Optional<Long> created();

  /** The images, in order. */
  List<GeneratedImage> data();

  /** The background used. */
  Optional<String> background();

  /** The file format of the images. */
  @JsonProperty("output_format")
  Optional<String> outputFormat();

  /** The quality used. */
  Optional<String> quality();

  /** The pixel size. */
  Optional<String> size();

  /** Token usage, for models that report it, as the hub sent it. */
  @AllowNulls
  Map<String, Object> usage();

  /** Every other field the hub sent. */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ImagesResponse}s. */
  final class Builder extends ImmutableImagesResponse.Builder {}
}
