package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.hubkit.core.OpenEnum;
import java.util.Objects;

/**
 * Why the model stopped writing a choice: {@code stop}, {@code length}, {@code tool_calls}, {@code content_filter},
 * {@code function_call}, {@code error}, ... Reasons that mean the same read the same, whichever provider a gateway
 * passed them from: Claude's {@code end_turn} and {@code stop_sequence} and Gemini's {@code STOP} are
 * {@link #STOP}, {@code max_tokens}/{@code MAX_TOKENS} are {@link #LENGTH}, {@code tool_use} is
 * {@link #TOOL_CALLS}, Gemini's {@code SAFETY}, {@code RECITATION} (and its other block reasons) and Claude's
 * {@code refusal} are {@link #CONTENT_FILTER}, and a reason naming an error type ({@code overloaded_error}) is
 * {@link #ERROR}; {@link #raw()} keeps what the hub sent. A reason a hub invents is kept as its string.
 */
public final class FinishReason extends OpenEnum {
  /** A natural end or a stop sequence. */
  public static final FinishReason STOP = new FinishReason("stop", "stop");
  /** The token limit was reached: the text is cut. */
  public static final FinishReason LENGTH = new FinishReason("length", "length");
  /** The model asked for tool calls. */
  public static final FinishReason TOOL_CALLS = new FinishReason("tool_calls", "tool_calls");
  /** A content filter removed or stopped the text. */
  public static final FinishReason CONTENT_FILTER = new FinishReason("content_filter", "content_filter");
  /** The deprecated single function call. */
  public static final FinishReason FUNCTION_CALL = new FinishReason("function_call", "function_call");
  /**
   * The provider failed mid-answer (OpenRouter's {@code error}, a gateway's {@code overloaded_error}): ChatApi
   * throws an {@code ApiException} instead of returning such a choice as an answer.
   */
  public static final FinishReason ERROR = new FinishReason("error", "error");

  private final String raw;

  private FinishReason(String value, String raw) {
    super(value);
    this.raw = raw;
  }

  /**
   * The reason named {@code value}, normalised as the class says; one of the constants when known as it is spelt,
   * otherwise a new value.
   *
   * @param value the reason as the hub sent it
   * @return the reason
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
      case "end_turn":
      case "stop_sequence":
      case "STOP":
        return new FinishReason(STOP.value(), value);
      case "max_tokens":
      case "MAX_TOKENS":
        return new FinishReason(LENGTH.value(), value);
      case "tool_use":
        return new FinishReason(TOOL_CALLS.value(), value);
      case "SAFETY":
      case "RECITATION":
      case "BLOCKLIST":
      case "PROHIBITED_CONTENT":
      case "SPII":
      case "IMAGE_SAFETY":
      case "refusal":
        return new FinishReason(CONTENT_FILTER.value(), value);
      default:
        return value.endsWith("_error") ? new FinishReason(ERROR.value(), value) : new FinishReason(value, value);
    }
  }

  /** @return the reason as the hub sent it, such as {@code end_turn} for {@link #STOP} */
  public String raw() {
    return raw;
  }
}
