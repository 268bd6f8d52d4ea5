package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.hubkit.core.OpenEnum;
import java.util.Objects;

/**
 * Why the model stopped writing a choice: {@code stop}, {@code length}, {@code tool_calls}, {@code content_filter},
 * {@code function_call}, {@code error}, ... A reason a hub invents is kept as its string.
 */
public final class FinishReason extends OpenEnum {
  /** A natural end or a stop sequence. */
  public static final FinishReason STOP = new FinishReason("stop");
  /** The token limit was reached: the text is cut. */
  public static final FinishReason LENGTH = new FinishReason("length");
  /** The model asked for tool calls. */
  public static final FinishReason TOOL_CALLS = new FinishReason("tool_calls");
  /** A content filter removed or stopped the text. */
  public static final FinishReason CONTENT_FILTER = new FinishReason("content_filter");
  /** The deprecated single function call. */
  public static final FinishReason FUNCTION_CALL = new FinishReason("function_call");
  /** The provider failed mid-answer (some gateways). */
  public static final FinishReason ERROR = new FinishReason("error");


  private FinishReason(String value) {
    super(value);
  }

  /**
   * The reason named {@code value}; one of the constants when known, otherwise a new value.
   *
   * @throws NullPointerException when {@code value} is null
   */
  @JsonCreator
  public static FinishReason of(String value) {
    switch (Objects.requireNonNull(value, "finish reason")) {
      case "stop":
        return STOP;
      case "length":
        return LENGTH;
      case "tool_calls":
        return TOOL_CALLS;
      case "content_filter":
        return CONTENT_FILTER;
      case "function_call":
        return FUNCTION_CALL;
      case "error":
        return ERROR;
      default:
        return new FinishReason(value);
    }
  }
}
