package dev.hubkit.gemini;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.hubkit.core.OpenEnum;
import java.util.Objects;

/**
 * Why Gemini stopped writing a candidate: {@code STOP}, {@code MAX_TOKENS}, {@code SAFETY}, {@code RECITATION},
 * {@code MALFORMED_FUNCTION_CALL}, ... A reason Google adds later is kept as its string.
 */
public final class FinishReason extends OpenEnum {
  /** A natural end or a stop sequence. */
  public static final FinishReason STOP = new FinishReason("STOP");
  /** The {@code maxOutputTokens} limit was reached: the answer is cut. */
  public static final FinishReason MAX_TOKENS = new FinishReason("MAX_TOKENS");
  /** The answer was flagged for safety; see the candidate's safety ratings. */
  public static final FinishReason SAFETY = new FinishReason("SAFETY");
  /** The answer was flagged for reciting training data. */
  public static final FinishReason RECITATION = new FinishReason("RECITATION");
  /** A generated image was flagged for safety. */
  public static final FinishReason IMAGE_SAFETY = new FinishReason("IMAGE_SAFETY");
  /** The model wrote a function call that does not parse. */
  public static final FinishReason MALFORMED_FUNCTION_CALL = new FinishReason("MALFORMED_FUNCTION_CALL");
  /** Another reason. */
  public static final FinishReason OTHER = new FinishReason("OTHER");

  private FinishReason(String value) {
    super(value);
  }

  /**
   * The reason named {@code value}; one of the constants when known, otherwise a new value.
   *
   * @param value the reason as Gemini spells it
   * @return the reason
   * @throws NullPointerException when {@code value} is null
   */
  @JsonCreator
  public static FinishReason of(String value) {
    switch (Objects.requireNonNull(value, "finish reason")) {
      case "STOP":
        return STOP;
      case "MAX_TOKENS":
        return MAX_TOKENS;
      case "SAFETY":
        return SAFETY;
      case "RECITATION":
        return RECITATION;
      case "IMAGE_SAFETY":
        return IMAGE_SAFETY;
      case "MALFORMED_FUNCTION_CALL":
        return MALFORMED_FUNCTION_CALL;
      case "OTHER":
        return OTHER;
      default:
        return new FinishReason(value);
    }
  }
}
