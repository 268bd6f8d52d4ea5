package dev.hubkit.chat;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code image_url} of a content part: an https URL the hub fetches, or a {@code data:} URI carrying the image
 * itself. {@link #toString()} shortens a data URI so that logs never hold a whole image.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableImageUrl.class)
@JsonDeserialize(as = ImmutableImageUrl.class)
public abstract class ImageUrl {
  private static final int SHOWN_DATA_CHARS = 32;

  /**
   * The image's https URL or {@code data:<mime>;base64,<payload>} URI.
   *
   * @return the URL, as sent; {@code toString} shortens a data URI's payload
   */
  public abstract String url();

  /**
   * How closely the model looks; the hub's default when absent.
   *
   * @return the detail; empty leaves it to the hub
   */
  public abstract Optional<ImageDetail> detail();

  /**
   * Starts a builder.
   *
   * @return a new builder; {@code url} is required
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (url().trim().isEmpty()) {
      throw new IllegalArgumentException("image url must not be blank: give an https URL or use"
          + " ContentPart.imageFile(path) / ContentPart.image(bytes)");
    }
  }

  @Override
  public String toString() {
    String url = url();
    if (url.startsWith("data:") && url.length() > SHOWN_DATA_CHARS + 40) {
      int comma = url.indexOf(',');
      int keep = (comma < 0 ? 0 : comma + 1) + SHOWN_DATA_CHARS;
      url = url.substring(0, Math.min(keep, url.length())) + "...(" + url.length() + " chars)";
    }
    return "ImageUrl{url=" + url + detail().map(d -> ", detail=" + d.value()).orElse("") + "}";
  }

  /** Builds {@link ImageUrl} values. */
  public static final class Builder extends ImmutableImageUrl.Builder {}
}
