package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One alternative reply of a {@link ChatCompletion}; {@code logprobs}, when asked for, are in {@link #extra()}. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableChatChoice.class)
@JsonDeserialize(as = ImmutableChatChoice.class)
public interface ChatChoice {
  /**
   * The choice's position, 0 to {@code n - 1}.
   *
   * @return the index; 0 when the hub left it out
   */
  @Value.Default
  default int index() {
    return 0;
  }

  /**
   * The reply.
   *
   * @return the assistant message: text, reasoning, tool calls or refusal
   */
  ChatCompletionMessage message();

  /**
   * Why the model stopped.
   *
   * @return the reason, e.g. {@code stop}, {@code length} or {@code tool_calls}, unknown ones kept as sent; empty when
   *     the hub sent none
   */
  @JsonProperty("finish_reason")
  Optional<FinishReason> finishReason();

  /**
   * Properties HubKit does not model, such as {@code logprobs}.
   *
   * @return the other members by name, as Jackson read them; empty when there are none
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * Starts a builder.
   *
   * @return a new builder; {@code message} is required
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ChatChoice} values. */
  final class Builder extends ImmutableChatChoice.Builder {}
}
