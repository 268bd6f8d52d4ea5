package dev.hubkit.chat;

import dev.hubkit.chat.internal.ReasoningBlocks;
import dev.hubkit.chat.internal.StructuredReplies;
import dev.hubkit.chat.internal.TextContentDeserializer;
import dev.hubkit.core.StrictSchema;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The message of one choice of a reply: text, thinking, tool calls or a refusal. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableChatCompletionMessage.class)
@JsonDeserialize(as = ImmutableChatCompletionMessage.class)
public interface ChatCompletionMessage {
  /**
   * The author, {@code assistant} unless the hub says otherwise.
   *
   * @return the role; {@code assistant} when the hub sent none
   */
  @Value.Default
  default ChatRole role() {
    return ChatRole.ASSISTANT;
  }

  /**
   * The reply text; absent when the model only called tools or refused.
   *
   * @return the text; empty when the model only called tools or refused
   */
  @JsonDeserialize(contentUsing = TextContentDeserializer.class)
  Optional<String> content();

  /**
   * Thinking text as DeepSeek and new-api send it.
   *
   * @return the text of {@code reasoning_content}; empty when there is none
   */
  @JsonProperty("reasoning_content")
  Optional<String> reasoningContent();

  /**
   * Thinking text as OpenRouter sends it.
   *
   * @return the text of {@code reasoning}; empty when there is none
   */
  Optional<String> reasoning();

  /**
   * Tool calls the model asked for.
   *
   * @return the calls in order; empty when the model called none
   */
  @JsonProperty("tool_calls")
  List<ToolCall> toolCalls();

  /**
   * The model's refusal message, when it refused.
   *
   * @return the refusal; empty when the model did not refuse
   */
  Optional<String> refusal();

  /**
   * Properties HubKit does not model ({@code annotations}, ...), and thinking blocks as hubs send them
   * ({@code content_blocks}, {@code thinking_blocks}, {@code reasoning_details}), kept for {@link #toMessage()}.
   *
   * @return the other members by name, as Jackson read them; empty when there are none
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * The thinking text in whichever spelling the hub used: {@code reasoning_content}, else {@code reasoning}, else
   * the thinking text of {@code content_blocks}/{@code thinking_blocks} ({@code "type":"thinking"}) or of
   * OpenRouter's {@code reasoning_details} ({@code reasoning.text}, {@code reasoning.summary}).
   *
   * @return the thinking text, if any
   */
  default Optional<String> reasoningText() {
    if (reasoningContent().isPresent()) {
      return reasoningContent();
    }
    return reasoning().isPresent() ? reasoning() : ReasoningBlocks.text(extra());
  }

  /**
   * This reply as an assistant message for the next request: content, tool calls with every member the hub sent
   * on them (Gemini 3's {@code thought_signature}, which it requires back), thinking text (as
   * {@code reasoning_content}, which DeepSeek's thinking mode requires back), and the thinking blocks as the hub
   * sent them ({@code content_blocks}, {@code thinking_blocks}, {@code reasoning_details}): Claude's extended
   * thinking with tools requires the signed thinking block on the assistant turn that holds the tool call.
   *
   * @return the assistant message
   */
  default ChatMessage toMessage() {
    ChatMessage.Builder message = ChatMessage.builder().role(role()).toolCalls(toolCalls())
        .reasoningContent(reasoningText());
    for (String member : ReasoningBlocks.MEMBERS) {
      if (extra().get(member) != null) {
        message.putExtra(member, extra().get(member));
      }
    }
    content().ifPresent(message::content);
    if (!content().isPresent() && toolCalls().isEmpty()) {
      message.content("");
    }
    return message.build();
  }

  /**
   * The content read into {@code type}, for a request that asked for its schema.
   *
   * @param type the class the content is read into
   * @param <T> the type
   * @return the instance
   * @throws dev.hubkit.core.StructuredOutputException when the model refused or only called tools, or the content
   *     does not match the type (the message names the property and shows the text)
   * @throws dev.hubkit.core.UnsupportedSchemaTypeException when the type cannot be expressed strictly
   */
  default <T> T parsed(Class<T> type) {
    return StructuredReplies.parse(this, StrictSchema.of(type));
  }

  /**
   * Starts a builder.
   *
   * @return a new builder; the role defaults to {@code assistant}
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ChatCompletionMessage} values. */
  final class Builder extends ImmutableChatCompletionMessage.Builder {}
}
