package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an image's or document's bytes are: inline ({@code base64} with a {@code media_type}, or {@code text} for a
 * plain-text document) or at a {@code url} Claude fetches. {@code toString()} leaves out the inline data.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableBlockSource.class)
@JsonDeserialize(as = ImmutableBlockSource.class)
public interface BlockSource {
  /**
   * {@code base64}, {@code url}, {@code text} or another kind the hub knows.
   *
   * @return {@code base64}, {@code url}, {@code text} or another kind the hub knows
   */
  String type();

  /**
   * The MIME type of inline data, such as {@code application/pdf} or {@code image/png}.
   *
   * @return the MIME type of inline data, such as {@code application/pdf} or {@code image/png}
   */
  @JsonProperty("media_type")
  Optional<String> mediaType();

  /**
   * The inline data: base64 for {@code base64}, the text itself for {@code text}.
   *
   * @return the inline data: base64 for {@code base64}, the text itself for {@code text}
   */
  @Value.Redacted
  Optional<String> data();

  /**
   * The address of a {@code url} source.
   *
   * @return the address of a {@code url} source
   */
  Optional<String> url();

  /**
   * Members HubKit does not model ({@code file_id}, ...).
   *
   * @return members HubKit does not model ({@code file_id}, ...)
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * Inline bytes, base64-encoded.
   *
   * @param mediaType the MIME type, such as {@code application/pdf}
   * @param bytes the data
   * @return the source
   */
  static BlockSource base64(String mediaType, byte[] bytes) {
    return builder().type("base64").mediaType(Objects.requireNonNull(mediaType, "mediaType"))
        .data(Base64.getEncoder().encodeToString(bytes)).build();
  }

  /**
   * Data Claude fetches.
   *
   * @param url an https address
   * @return the source
   * @throws IllegalArgumentException when the address is blank
   */
  static BlockSource url(String url) {
    if (url == null || url.trim().isEmpty()) {
      throw new IllegalArgumentException("a url source needs an address, such as https://example.com/paper.pdf");
    }
    return builder().type("url").url(url).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BlockSource} values. */
  final class Builder extends ImmutableBlockSource.Builder {}
}
