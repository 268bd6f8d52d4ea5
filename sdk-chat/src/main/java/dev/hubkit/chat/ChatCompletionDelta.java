package dev.hubkit.chat;

import dev.hubkit.chat.internal.ReasoningBlocks;
import dev.hubkit.chat.internal.TextContentDeserializer;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** What one stream chunk adds to a choice: a piece of text, of thinking, of tool calls, or of a refusal. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableChatCompletionDelta.class)
@JsonDeserialize(as = ImmutableChatCompletionDelta.class)
public interface ChatCompletionDelta {
  /**
   * The author; usually only in the first chunk.
   *
   * @return the role; empty on the chunks after the first
   */
  @Value.Parameter
  Optional<ChatRole> role();

  /**
   * The next piece of the reply text.
   *
   * @return the text to append; empty when this chunk adds none
   */
  @Value.Parameter
  @JsonDeserialize(contentUsing = TextContentDeserializer.class)
  Optional<String> content();

  /**
   * The next piece of thinking text, as DeepSeek and new-api send it.
   *
   * @return the text to append from {@code reasoning_content}; empty when this chunk adds none
   */
  @Value.Parameter
  @JsonProperty("reasoning_content")
  Optional<String> reasoningContent();

  /**
   * The next piece of thinking text, as OpenRouter sends it.
   *
   * @return the text to append from {@code reasoning}; empty when this chunk adds none
   */
  @Value.Parameter
  Optional<String> reasoning();

  /**
   * Fragments of tool calls.
   *
   * @return the fragments, each naming the call's index; empty when this chunk adds none
   */
  @Value.Parameter
  @JsonProperty("tool_calls")
  List<ToolCallDelta> toolCalls();

  /**
   * The next piece of a refusal.
   *
   * @return the text to append; empty when this chunk adds none
   */
  @Value.Parameter
  Optional<String> refusal();

  /**
   * Properties HubKit does not model.
   *
   * @return the other members by name, as Jackson read them; empty when there are none
   */
  @Value.Parameter
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * The thinking piece in whichever spelling the hub used: {@code reasoning_content}, else {@code reasoning}, else
   * the thinking of {@code content_blocks} pieces ({@code {"index":0,"delta":{"thinking":"..."}}}) or of
   * OpenRouter's {@code reasoning_details}.
   *
   * @return the thinking piece, if any
   */
  default Optional<String> reasoningText() {
    if (reasoningContent().isPresent()) {
      return reasoningContent();
    }
    return reasoning().isPresent() ? reasoning() : ReasoningBlocks.text(extra());
  }

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ChatCompletionDelta} values. */
  final class Builder extends ImmutableChatCompletionDelta.Builder {}
}
