package dev.hubkit.gemini;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.core.HubException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.immutables.value.Value;

/**
 * Bytes carried inline in a part ({@code inlineData}): an image, audio, a PDF sent with a request, or an image or
 * speech a model generated. On the wire the data is base64; here it is the decoded bytes. {@code toString} names
 * the MIME type and the size, never the payload.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableBlob.class)
@JsonDeserialize(as = ImmutableBlob.class)
public abstract class Blob {
  /**
   * The IANA MIME type, such as {@code image/png} or {@code audio/L16;codec=pcm;rate=24000}.
   *
   * @return the IANA MIME type, such as {@code image/png} or {@code audio/L16;codec=pcm;rate=24000}
   */
  public abstract String mimeType();

  /**
   * The decoded bytes (a copy on every call).
   *
   * @return the decoded bytes (a copy on every call)
   */
  public abstract byte[] data();

  /**
   * Writes the bytes to {@code file}, replacing it.
   *
   * @param file where to write
   * @throws HubException when the file cannot be written
   */
  public void writeTo(Path file) {
    try {
      Files.write(file, data());
    } catch (IOException e) {
      throw new HubException("could not write the " + mimeType() + " data to " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Inline bytes of the given MIME type.
   *
   * @param mimeType the type, such as {@code image/jpeg}
   * @param data the bytes
   * @return the blob
   */
  public static Blob of(String mimeType, byte[] data) {
    return builder().mimeType(mimeType).data(data).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "Blob{mimeType=" + mimeType() + ", " + data().length + " bytes}";
  }

  /** Builds {@link Blob} values. */
  public static final class Builder extends ImmutableBlob.Builder {}
}
