package dev.hubkit.gemini;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.hubkit.core.OpenEnum;
import java.util.Objects;

/** A kind of output a request asks for in {@code responseModalities}: {@code TEXT}, {@code IMAGE}, {@code AUDIO}. */
public final class Modality extends OpenEnum {
  /** Text parts. */
  public static final Modality TEXT = new Modality("TEXT");
  /** Inline image parts, from image models such as {@code gemini-2.5-flash-image}. */
  public static final Modality IMAGE = new Modality("IMAGE");
  /** Inline audio parts, from text-to-speech models such as {@code gemini-2.5-flash-preview-tts}. */
  public static final Modality AUDIO = new Modality("AUDIO");

  private Modality(String value) {
    super(value);
  }

  /**
   * The modality named {@code value}; one of the constants when known, otherwise a new value.
   *
   * @param value the modality as Gemini spells it
   * @return the modality
   * @throws NullPointerException when {@code value} is null
   */
  @JsonCreator
  public static Modality of(String value) {
    switch (Objects.requireNonNull(value, "modality")) {
      case "TEXT":
        return TEXT;
      case "IMAGE":
        return IMAGE;
      case "AUDIO":
        return AUDIO;
      default:
        return new Modality(value);
    }
  }
}
