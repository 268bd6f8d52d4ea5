package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.chat.internal.ImageMimeTypes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One part of a multimodal message: text, or an image given by https URL or carried inline as a base64
 * {@code data:} URI. Use the factories: {@code ContentPart.text("What is this?")},
 * {@code ContentPart.imageUrl("https://...")}, {@code ContentPart.imageFile(path)}, {@code ContentPart.image(bytes)}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableContentPart.class)
@JsonDeserialize(as = ImmutableContentPart.class)
public interface ContentPart {
  /**
   * The part's kind: {@code text} or {@code image_url} (other kinds a hub defines are kept).
   *
   * @return the part's {@code type}
   */
  String type();

  /**
   * The text of a {@code text} part.
   *
   * @return the text; empty for other kinds
   */
  Optional<String> text();

  /**
   * The image of an {@code image_url} part.
   *
   * @return the image's URL and detail; empty for other kinds
   */
  @JsonProperty("image_url")
  Optional<ImageUrl> imageUrl();

  /**
   * A text part.
   *
   * @param text the text
   * @return the part
   * @throws NullPointerException when the text is null
   */
  static ContentPart text(String text) {
    return builder().type("text").text(Objects.requireNonNull(text, "text")).build();
  }

  /**
   * An image the hub fetches from {@code url} (https) or reads from a {@code data:} URI.
   *
   * @param url the image's {@code https} URL or {@code data:} URI
   * @return the part
   * @throws IllegalArgumentException when the URL is blank
   */
  static ContentPart imageUrl(String url) {
    return image(ImageUrl.builder().url(url).build());
  }

  /**
   * As {@link #imageUrl(String)}, with how closely the model should look.
   *
   * @param url the image's {@code https} URL or {@code data:} URI
   * @param detail {@code low}, {@code high} or {@code auto}
   * @return the part
   */
  static ContentPart imageUrl(String url, ImageDetail detail) {
    return image(ImageUrl.builder().url(url).detail(detail).build());
  }

  /**
   * An image sent inline as a base64 data URI; its type (png, jpeg, webp, gif) is read from its magic bytes.
   *
   * @param data the image's bytes
   * @return the part
   * @throws IllegalArgumentException when the bytes are of no known image type: use {@link #image(byte[], String)}
   */
  static ContentPart image(byte[] data) {
    String mimeType = ImageMimeTypes.fromMagicBytes(data).orElseThrow(() -> new IllegalArgumentException(
        "cannot tell the image type of these " + data.length + " bytes (not png, jpeg, webp or gif):"
            + " pass the MIME type with ContentPart.image(bytes, \"image/...\")"));
    return image(data, mimeType);
  }

  /**
   * An image sent inline as a base64 data URI of the given MIME type, e.g. {@code image/png}.
   *
   * @param data the image's bytes
   * @param mimeType the MIME type written into the data URI
   * @return the part
   */
  static ContentPart image(byte[] data, String mimeType) {
    String url = "data:" + mimeType + ";base64," + Base64.getEncoder().encodeToString(data);
    return image(ImageUrl.builder().url(url).build());
  }

  /**
   * An image read from a file and sent inline as a base64 data URI; its type comes from its magic bytes, else from
   * the file extension.
   *
   * @param file the image file
   * @return the part, with the whole file inline
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException when the type cannot be told
   */
  static ContentPart imageFile(Path file) {
    byte[] data;
    try {
      data = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the image file " + file + ": " + e.getMessage(), e);
    }
    Optional<String> mimeType = ImageMimeTypes.fromMagicBytes(data);
    if (!mimeType.isPresent()) {
      Path name = file.getFileName();
      mimeType = ImageMimeTypes.fromFileName(name == null ? "" : name.toString());
    }
    return image(data, mimeType.orElseThrow(() -> new IllegalArgumentException("cannot tell the image type of "
        + file + " (not png, jpeg, webp or gif): read it and use ContentPart.image(bytes, \"image/...\")")));
  }

  /**
   * As {@link #imageFile(Path)}, with how closely the model should look.
   *
   * @param file the image file
   * @param detail {@code low}, {@code high} or {@code auto}
   * @return the part, with the whole file inline
   */
  static ContentPart imageFile(Path file, ImageDetail detail) {
    ImageUrl image = imageFile(file).imageUrl().get();
    return image(ImageUrl.builder().from(image).detail(detail).build());
  }

  /**
   * An {@code image_url} part for a ready {@link ImageUrl}.
   *
   * @param imageUrl the image's URL and detail
   * @return the part
   */
  static ContentPart image(ImageUrl imageUrl) {
    return builder().type("image_url").imageUrl(imageUrl).build();
  }

  /**
   * Starts a builder, for part kinds the factories do not cover.
   *
   * @return a new builder; {@code type} is required
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ContentPart} values. */
  final class Builder extends ImmutableContentPart.Builder {}
}
