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
  /** The choice's position, 0 to {@code n - 1}. */
  @Value.Default
  default int index() {
    return 0;
  }

  /** The reply. */
  ChatCompletionMessage message();

  /** Why the model stopped. */
  @JsonProperty("finish_reason")
  Optional<FinishReason> finishReason();

  /** Properties HubKit does not model, such as {@code logprobs}. */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ChatChoice} values. */
  final class Builder extends ImmutableChatChoice.Builder {}
}
