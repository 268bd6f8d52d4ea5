package dev.hubkit.gemini;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A file a part refers to by URI ({@code fileData}): one uploaded to the Files API, or a public URL Gemini reads. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableFileData.class)
@JsonDeserialize(as = ImmutableFileData.class)
public interface FileData {
  /**
   * The file's MIME type, such as {@code application/pdf}.
   *
   * @return the file's MIME type, such as {@code application/pdf}
   */
  Optional<String> mimeType();

  /**
   * The file's URI, such as {@code https://generativelanguage.googleapis.com/v1beta/files/abc}.
   *
   * @return the file's URI, such as {@code https://generativelanguage.googleapis.com/v1beta/files/abc}
   */
  String fileUri();

  /**
   * A file reference.
   *
   * @param mimeType the file's MIME type
   * @param fileUri the file's URI
   * @return the reference
   */
  static FileData of(String mimeType, String fileUri) {
    return builder().mimeType(mimeType).fileUri(fileUri).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FileData} values. */
  final class Builder extends ImmutableFileData.Builder {}
}
