package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One message of a conversation sent to the hub. Build it with the factories ({@code ChatMessage.user("Hi")},
 * {@code ChatMessage.user(ContentPart.text("What is this?"), ContentPart.imageFile(path))},
 * {@code ChatMessage.tool(callId, result)}) or, for assistant turns with tool calls and reasoning, with
 * {@link #builder()} or {@link ChatCompletionMessage#toMessage()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableChatMessage.class)
@JsonDeserialize(as = ImmutableChatMessage.class)
public interface ChatMessage {
  /**
   * Who wrote the message.
   *
   * @return the role: system, developer, user, assistant or tool, or another one as sent
   */
  ChatRole role();

  /**
   * Text or parts; may be absent on an assistant message that only carries tool calls.
   *
   * @return the text or parts; empty only on an assistant message that carries tool calls
   */
  Optional<MessageContent> content();

  /**
   * An optional participant name.
   *
   * @return the participant's name; empty when none was given
   */
  Optional<String> name();

  /**
   * The thinking text of an earlier assistant turn. DeepSeek's thinking mode requires it back on assistant
   * messages that carry tool calls.
   *
   * @return the reasoning text sent as {@code reasoning_content}; empty when there is none
   */
  @JsonProperty("reasoning_content")
  Optional<String> reasoningContent();

  /**
   * The tool calls an assistant turn made; left out of the JSON when empty.
   *
   * @return the calls, in order; empty on every message but an assistant turn that called tools
   */
  @JsonProperty("tool_calls")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<ToolCall> toolCalls();

  /**
   * On a {@code tool} message: the id of the call it answers.
   *
   * @return the call id; present on every {@code tool} message, empty on the others
   */
  @JsonProperty("tool_call_id")
  Optional<String> toolCallId();

  /**
   * Members HubKit does not model, written into the message as they are: the thinking blocks a hub needs back on
   * an assistant turn ({@code content_blocks}, {@code reasoning_details}), which {@link ChatCompletionMessage#toMessage()}
   * copies, or a hub's own fields.
   *
   * @return the extra members
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * A system message with {@code text}.
   *
   * @param text the instructions
   * @return the message
   * @throws NullPointerException when the text is null
   */
  static ChatMessage system(String text) {
    return builder().role(ChatRole.SYSTEM).content(text).build();
  }

  /**
   * A developer message (system instructions for OpenAI's reasoning models).
   *
   * @param text the instructions
   * @return the message
   * @throws NullPointerException when the text is null
   */
  static ChatMessage developer(String text) {
    return builder().role(ChatRole.DEVELOPER).content(text).build();
  }

  /**
   * A user message with {@code text}.
   *
   * @param text what the user said
   * @return the message
   * @throws NullPointerException when the text is null
   */
  static ChatMessage user(String text) {
    return builder().role(ChatRole.USER).content(text).build();
  }

  /**
   * A user message made of parts, such as text and images.
   *
   * @param parts the parts, in order, at least one
   * @return the message
   * @throws IllegalArgumentException when no part is given
   */
  static ChatMessage user(ContentPart... parts) {
    return builder().role(ChatRole.USER).content(MessageContent.parts(Arrays.asList(parts))).build();
  }

  /**
   * An assistant message with {@code text}, for replaying a conversation.
   *
   * @param text what the assistant answered
   * @return the message
   * @throws NullPointerException when the text is null
   */
  static ChatMessage assistant(String text) {
    return builder().role(ChatRole.ASSISTANT).content(text).build();
  }

  /**
   * A tool message answering the call {@code toolCallId} with {@code result}.
   *
   * @param toolCallId the {@code id} of the assistant's tool call this answers
   * @param result what the tool returned, usually JSON as text
   * @return the message
   * @throws NullPointerException when either is null
   */
  static ChatMessage tool(String toolCallId, String result) {
    return builder().role(ChatRole.TOOL).toolCallId(toolCallId).content(result).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder; {@code role} and content (or tool calls) are required, and a {@code tool} message needs
   *     {@code toolCallId}
   */
  static Builder builder() {
    return new Builder();
  }

  /** Rejects messages no hub would accept. */
  @Value.Check
  default void check() {
    if (role().equals(ChatRole.TOOL) && !toolCallId().isPresent()) {
      throw new IllegalArgumentException("a tool message needs the id of the call it answers:"
          + " use ChatMessage.tool(toolCallId, result)");
    }
    if (!content().isPresent() && toolCalls().isEmpty()) {
      throw new IllegalArgumentException("a " + role() + " message needs content (or tool calls on an assistant"
          + " message): use ChatMessage." + role() + "(text)");
    }
  }

  /** Builds {@link ChatMessage} values. */
  final class Builder extends ImmutableChatMessage.Builder {
    /**
     * Sets plain text content.
     *
     * @param text the text
     * @return this builder
     * @throws NullPointerException when the text is null
     */
    public Builder content(String text) {
      return content(MessageContent.text(text));
    }

    /**
     * Sets content made of parts.
     *
     * @param parts the parts, in order, at least one
     * @return this builder
     * @throws IllegalArgumentException when no part is given
     */
    public Builder content(ContentPart... parts) {
      return content(MessageContent.parts(Arrays.asList(parts)));
    }
  }
}
