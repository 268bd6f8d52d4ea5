package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.hubkit.core.OpenEnum;
import java.util.Objects;

/**
 * Why Claude stopped: {@code end_turn}, {@code max_tokens}, {@code stop_sequence}, {@code tool_use},
 * {@code pause_turn}, {@code refusal}, ... A reason HubKit does not know is kept as its string.
 */
public final class StopReason extends OpenEnum {
  /** A natural end of the turn. */
  public static final StopReason END_TURN = new StopReason("end_turn");
  /** {@code max_tokens} was reached: the reply is cut. */
  public static final StopReason MAX_TOKENS = new StopReason("max_tokens");
  /** One of the request's stop sequences was written ({@code stop_sequence} names it). */
  public static final StopReason STOP_SEQUENCE = new StopReason("stop_sequence");
  /** Claude asks for the results of its {@code tool_use} blocks. */
  public static final StopReason TOOL_USE = new StopReason("tool_use");
  /** A long server-tool turn was paused; send the reply back as it is to let Claude continue. */
  public static final StopReason PAUSE_TURN = new StopReason("pause_turn");
  /** Claude declined to answer. */
  public static final StopReason REFUSAL = new StopReason("refusal");

  private StopReason(String value) {
    super(value);
  }

  /**
   * The reason named {@code value}.
   *
   * @param value the reason as on the wire
   * @return one of the constants when known, else a new value
   * @throws NullPointerException when {@code value} is null
   */
  @JsonCreator
  public static StopReason of(String value) {
    switch (Objects.requireNonNull(value, "stop reason")) {
      case "end_turn":
        return END_TURN;
      case "max_tokens":
        return MAX_TOKENS;
      case "stop_sequence":
        return STOP_SEQUENCE;
      case "tool_use":
        return TOOL_USE;
      case "pause_turn":
        return PAUSE_TURN;
      case "refusal":
        return REFUSAL;
      default:
        return new StopReason(value);
    }
  }
}
