package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One choice's part of a stream chunk. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableChatChunkChoice.class)
@JsonDeserialize(as = ImmutableChatChunkChoice.class)
public interface ChatChunkChoice {
  /**
   * The choice this piece belongs to, 0 to {@code n - 1}.
   *
   * @return the index; 0 when the hub left it out
   */
  @Value.Parameter
  @Value.Default
  default int index() {
    return 0;
  }

  /**
   * What this chunk adds; empty in a chunk that only carries the finish reason.
   *
   * @return the delta; an empty one when the chunk sent none
   */
  @Value.Parameter
  @Value.Default
  default ChatCompletionDelta delta() {
    return ChatCompletionDelta.builder().build();
  }

  /**
   * Why the model stopped, in the choice's last chunk.
   *
   * @return the reason, unknown ones kept as sent; empty on every chunk before the choice's last
   */
  @Value.Parameter
  @JsonProperty("finish_reason")
  Optional<FinishReason> finishReason();

  /**
   * Properties HubKit does not model, such as {@code logprobs}.
   *
   * @return the other members by name, as Jackson read them; empty when there are none
   */
  @Value.Parameter
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ChatChunkChoice} values. */
  final class Builder extends ImmutableChatChunkChoice.Builder {}
}
