package dev.hubkit.chat.responses;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.chat.ImageDetail;
import dev.hubkit.chat.internal.ImageMimeTypes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One part of an item's content: what a message says ({@code input_text}, {@code input_image}, {@code input_file}
 * in the input; {@code output_text} with its annotations and {@code refusal} in the output) and the text of a
 * reasoning summary ({@code summary_text}). A part of a type HubKit does not model keeps its members in
 * {@link #extra()}. {@link #toString()} shortens inline data, so logs never hold a whole file.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableResponseContent.class)
@JsonDeserialize(as = ImmutableResponseContent.class)
public abstract class ResponseContent {
  private static final int SHOWN_DATA_CHARS = 32;

  /**
   * The part's kind as on the wire, such as {@code input_text}, {@code output_text} or {@code refusal}.
   *
   * @return the part's kind, such as {@code input_text}, {@code output_text} or {@code refusal}
   */
  public abstract String type();

  /**
   * The text of a text part ({@code input_text}, {@code output_text}, {@code summary_text}, ...).
   *
   * @return the part's text; empty for a part without text (an image, a file, a refusal)
   */
  public abstract Optional<String> text();

  /**
   * The citations of an {@code output_text} part (written back as given, also when empty).
   *
   * @return the part's citations, an empty list when it has none; empty (absent) for parts other than
   *     {@code output_text}, and when the hub left them out
   */
  public abstract Optional<List<TextAnnotation>> annotations();

  /**
   * The refusal of a {@code refusal} part.
   *
   * @return the model's refusal, in its words; empty for parts other than {@code refusal}
   */
  public abstract Optional<String> refusal();

  /**
   * The https URL or {@code data:} URI of an {@code input_image} part.
   *
   * @return the image's URL or {@code data:} URI; empty for other parts, and for an image given by its file id
   */
  @JsonProperty("image_url")
  public abstract Optional<String> imageUrl();

  /**
   * The id of an uploaded file, for {@code input_image} and {@code input_file} parts.
   *
   * @return the uploaded file's id; empty for other parts, and for an image or file given by URL or inline
   */
  @JsonProperty("file_id")
  public abstract Optional<String> fileId();

  /**
   * How closely the model looks at an {@code input_image}.
   *
   * @return the detail asked for the image; empty for parts other than {@code input_image}
   */
  public abstract Optional<ImageDetail> detail();

  /**
   * The URL of an {@code input_file} the hub fetches.
   *
   * @return the file's URL; empty for other parts, and for a file given inline or by its id
   */
  @JsonProperty("file_url")
  public abstract Optional<String> fileUrl();

  /**
   * The inline content of an {@code input_file}, as a {@code data:} URI.
   *
   * @return the file's content as a {@code data:} URI; empty for other parts, and for a file given by URL or id
   */
  @JsonProperty("file_data")
  public abstract Optional<String> fileData();

  /**
   * The file name of an {@code input_file}.
   *
   * @return the file's name, such as {@code report.pdf}; empty for other parts, and when none was given
   */
  public abstract Optional<String> filename();

  /**
   * Members HubKit does not model (such as {@code logprobs}), kept as received.
   *
   * @return the members HubKit does not model, by name; empty when there are none
   */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> extra();

  /**
   * @param text what the user, system or developer says
   * @return an {@code input_text} part
   */
  public static ResponseContent inputText(String text) {
    return builder().type("input_text").text(Objects.requireNonNull(text, "text")).build();
  }

  /**
   * @param url an https URL the hub fetches, or a {@code data:} URI
   * @return an {@code input_image} part, {@code detail} {@code auto} (the schema requires a detail)
   */
  public static ResponseContent inputImageUrl(String url) {
    return inputImageUrl(url, ImageDetail.AUTO);
  }

  /**
   * @param url an https URL the hub fetches, or a {@code data:} URI
   * @param detail how closely the model should look
   * @return an {@code input_image} part
   */
  public static ResponseContent inputImageUrl(String url, ImageDetail detail) {
    return builder().type("input_image").imageUrl(Objects.requireNonNull(url, "url")).detail(detail).build();
  }

  /**
   * An image sent inline as a base64 data URI; its type (png, jpeg, webp, gif) is read from its magic bytes.
   *
   * @param data the image's bytes
   * @return an {@code input_image} part
   * @throws IllegalArgumentException when the bytes are of no known image type
   */
  public static ResponseContent inputImage(byte[] data) {
    String mimeType = ImageMimeTypes.fromMagicBytes(data).orElseThrow(() -> new IllegalArgumentException(
        "cannot tell the image type of these " + data.length + " bytes (not png, jpeg, webp or gif):"
            + " pass a data URI to ResponseContent.inputImageUrl(\"data:image/...;base64,...\")"));
    return inputImageUrl(dataUri(mimeType, data));
  }

  /**
   * An image read from a file and sent inline; its type comes from its magic bytes, else from its extension.
   *
   * @param file the image file
   * @return an {@code input_image} part
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException when the image type cannot be told
   */
  public static ResponseContent inputImageFile(Path file) {
    byte[] data = read(file);
    Optional<String> mimeType = ImageMimeTypes.fromMagicBytes(data);
    if (!mimeType.isPresent()) {
      Path name = file.getFileName();
      mimeType = ImageMimeTypes.fromFileName(name == null ? "" : name.toString());
    }
    return inputImageUrl(dataUri(mimeType.orElseThrow(() -> new IllegalArgumentException("cannot tell the image"
        + " type of " + file + " (not png, jpeg, webp or gif): pass a data URI to inputImageUrl")), data));
  }

  /**
   * @param fileId the id of an uploaded image
   * @return an {@code input_image} part naming an uploaded file
   */
  public static ResponseContent inputImageFileId(String fileId) {
    return builder().type("input_image").fileId(Objects.requireNonNull(fileId, "fileId")).detail(ImageDetail.AUTO)
        .build();
  }

  /**
   * @param fileId the id of an uploaded file (a PDF, for instance)
   * @return an {@code input_file} part
   */
  public static ResponseContent inputFileId(String fileId) {
    return builder().type("input_file").fileId(Objects.requireNonNull(fileId, "fileId")).build();
  }

  /**
   * @param url the URL of a file the hub fetches
   * @return an {@code input_file} part
   */
  public static ResponseContent inputFileUrl(String url) {
    return builder().type("input_file").fileUrl(Objects.requireNonNull(url, "url")).build();
  }

  /**
   * A file sent inline as a base64 data URI.
   *
   * @param filename the name the model sees, such as {@code report.pdf}
   * @param mimeType the file's type, such as {@code application/pdf}
   * @param data the file's bytes
   * @return an {@code input_file} part
   */
  public static ResponseContent inputFile(String filename, String mimeType, byte[] data) {
    return builder().type("input_file").filename(Objects.requireNonNull(filename, "filename"))
        .fileData(dataUri(Objects.requireNonNull(mimeType, "mimeType"), data)).build();
  }

  /**
   * @param text what the assistant said
   * @return an {@code output_text} part without annotations, for an assistant turn sent back as input
   */
  public static ResponseContent outputText(String text) {
    return builder().type("output_text").text(Objects.requireNonNull(text, "text"))
        .annotations(java.util.Collections.<TextAnnotation>emptyList()).build();
  }

  /** @return a builder, for part kinds the factories do not cover */
  public static Builder builder() {
    return new Builder();
  }

  private static String dataUri(String mimeType, byte[] data) {
    return "data:" + mimeType + ";base64," + Base64.getEncoder().encodeToString(Objects.requireNonNull(data, "data"));
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the file " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("ResponseContent{type=").append(type());
    text().ifPresent(t -> text.append(", text=").append(t));
    refusal().ifPresent(r -> text.append(", refusal=").append(r));
    imageUrl().ifPresent(u -> text.append(", imageUrl=").append(shortened(u)));
    fileId().ifPresent(f -> text.append(", fileId=").append(f));
    detail().ifPresent(d -> text.append(", detail=").append(d.value()));
    fileUrl().ifPresent(u -> text.append(", fileUrl=").append(u));
    fileData().ifPresent(d -> text.append(", fileData=").append(shortened(d)));
    filename().ifPresent(f -> text.append(", filename=").append(f));
    annotations().filter(a -> !a.isEmpty()).ifPresent(a -> text.append(", annotations=").append(a));
    if (!extra().isEmpty()) {
      text.append(", extra=").append(extra().keySet());
    }
    return text.append('}').toString();
  }

  private static String shortened(String uri) {
    if (!uri.startsWith("data:") || uri.length() <= SHOWN_DATA_CHARS + 40) {
      return uri;
    }
    int comma = uri.indexOf(',');
    int keep = (comma < 0 ? 0 : comma + 1) + SHOWN_DATA_CHARS;
    return uri.substring(0, Math.min(keep, uri.length())) + "...(" + uri.length() + " chars)";
  }

  /** Builds {@link ResponseContent} values. */
  public static final class Builder extends ImmutableResponseContent.Builder {}
}
