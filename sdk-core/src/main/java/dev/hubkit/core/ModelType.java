package dev.hubkit.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;
import java.util.Objects;

/**
 * What a model produces, as hubs that report it say ({@code "type": "text"}). Known values are constants; any other
 * string a hub sends is kept as it is, never an error.
 */
public final class ModelType extends OpenEnum {
  /** Chat and completion models. */
  public static final ModelType TEXT = new ModelType("text");
  /** Image generation models. */
  public static final ModelType IMAGE = new ModelType("image");
  /** Video generation models. */
  public static final ModelType VIDEO = new ModelType("video");
  /** Embedding models. */
  public static final ModelType EMBEDDING = new ModelType("embedding");
  /** Speech and transcription models. */
  public static final ModelType AUDIO = new ModelType("audio");


  private ModelType(String value) {
    super(value);
  }

  /**
   * The type named {@code value}, compared without regard to case; unknown names are kept.
   *
   * @param value the hub's type name, e.g. {@code image}
   * @return the constant for a known name, else a new type holding {@code value} as given
   */
  @JsonCreator
  public static ModelType of(String value) {
    String normalised = Objects.requireNonNull(value, "value").trim().toLowerCase(Locale.ROOT);
    for (ModelType known : new ModelType[] {TEXT, IMAGE, VIDEO, EMBEDDING, AUDIO}) {
      if (known.value().equals(normalised)) {
        return known;
      }
    }
    return new ModelType(value);
  }
}
