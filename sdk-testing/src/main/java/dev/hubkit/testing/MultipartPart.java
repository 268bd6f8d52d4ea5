package dev.hubkit.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/** One part of a recorded {@code multipart/form-data} request: a form field or an uploaded file. Immutable. */
public final class MultipartPart {
  private final String name;
  private final String filename;
  private final String contentType;
  private final byte[] bytes;

  /**
   * A part named {@code name} (from {@code Content-Disposition}); {@code filename} and {@code contentType} may be
   * null when the part has none, as form fields do.
   *
   * @param name the part's name, not null
   * @param filename the uploaded file's name, or null for a form field
   * @param contentType the part's {@code Content-Type}, or null when it sent none
   * @param bytes the part's content, copied
   */
  public MultipartPart(String name, String filename, String contentType, byte[] bytes) {
    this.name = Objects.requireNonNull(name, "name");
    this.filename = filename;
    this.contentType = contentType;
    this.bytes = bytes.clone();
  }

  /**
   * The form field name, e.g. {@code "prompt"} or {@code "input_reference"}.
   *
   * @return the name from the part's {@code Content-Disposition}
   */
  public String name() {
    return name;
  }

  /**
   * The uploaded file's name, present for file parts.
   *
   * @return the {@code filename} of the part's {@code Content-Disposition}; empty for a form field
   */
  public Optional<String> filename() {
    return Optional.ofNullable(filename);
  }

  /**
   * The part's {@code Content-Type}, if it sent one.
   *
   * @return the content type as sent; empty when the part had no {@code Content-Type} header
   */
  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  /**
   * A copy of the part's content.
   *
   * @return the content's bytes, a new array on each call
   */
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * The content decoded as UTF-8, for form fields.
   *
   * @return the content as text; invalid UTF-8 is replaced, not rejected
   */
  public String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof MultipartPart)) {
      return false;
    }
    MultipartPart that = (MultipartPart) other;
    return name.equals(that.name) && Objects.equals(filename, that.filename)
        && Objects.equals(contentType, that.contentType) && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, filename, contentType) * 31 + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "MultipartPart{" + name + (filename == null ? "" : ", file " + filename)
        + (contentType == null ? "" : ", " + contentType) + ", " + bytes.length + " bytes}";
  }
}
