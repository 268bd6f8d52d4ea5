package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonValue;

/** How the hub sends embedding vectors: JSON numbers, or base64 of little-endian float32 (smaller, faster). */
public enum EncodingFormat {
  /** A JSON array of numbers. */
  FLOAT("float"),
  /** A base64 string of little-endian 32-bit floats; HubKit decodes it into the same {@code float[]}. */
  BASE64("base64");

  private final String value;

  EncodingFormat(String value) {
    this.value = value;
  }

  /**
   * The value as it appears on the wire.
   *
   * @return the value sent as {@code encoding_format}
   */
  @JsonValue
  public String value() {
    return value;
  }
}
