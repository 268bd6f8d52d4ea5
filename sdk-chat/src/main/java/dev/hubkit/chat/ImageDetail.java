package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonValue;

/** How closely a vision model looks at an image: fewer tokens at {@code low}, more detail at {@code high}. */
public enum ImageDetail {
  /** The model chooses. */
  AUTO("auto"),
  /** A low-resolution view, few tokens. */
  LOW("low"),
  /** A high-resolution view, more tokens. */
  HIGH("high");

  private final String value;

  ImageDetail(String value) {
    this.value = value;
  }

  /**
   * The value as it appears on the wire.
   *
   * @return the value sent as {@code detail}
   */
  @JsonValue
  public String value() {
    return value;
  }
}
