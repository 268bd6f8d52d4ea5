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
  /** Who wrote the message. */
  ChatRole role();

  /** Text or parts; may be absent on an assistant message that only carries tool calls. */
  Optional<MessageContent> content();

  /** An optional participant name. */
  Optional<String> name();

  /**
   * The thinking text of an earlier assistant turn. DeepSeek's thinking mode requires it back on assistant
   * messages that carry tool calls.
   */
  @JsonProperty("reasoning_content")
  Optional<String> reasoningContent();

  /** The tool calls an assistant turn made; left out of the JSON when empty. */
  @JsonProperty("tool_calls")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<ToolCall> toolCalls();

  /** On a {@code tool} message: the id of the call it answers. */
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

  /** A system message with {@code text}. */
  static ChatMessage system(String text) {
    return builder().role(ChatRole.SYSTEM).content(text).build();
  }

  /** A developer message (system instructions for OpenAI's reasoning models). */
  static ChatMessage developer(String text) {
    return builder().role(ChatRole.DEVELOPER).content(text).build();
  }

  /** A user message with {@code text}. */
  static ChatMessage user(String text) {
    return builder().role(ChatRole.USER).content(text).build();
  }

  /**
   * A user message made of parts, such as text and images.
   *
   * @throws IllegalArgumentException when no part is given
   */
  static ChatMessage user(ContentPart... parts) {
    return builder().role(ChatRole.USER).content(MessageContent.parts(Arrays.asList(parts))).build();
  }

  /** An assistant message with {@code text}, for replaying a conversation. */
  static ChatMessage assistant(String text) {
    return builder().role(ChatRole.ASSISTANT).content(text).build();
  }

  /** A tool message answering the call {@code toolCallId} with {@code result}. */
  static ChatMessage tool(String toolCallId, String result) {
    return builder().role(ChatRole.TOOL).toolCallId(toolCallId).content(result).build();
  }

  /** Starts a builder. */
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
    /** Sets plain text content. */
    public Builder content(String text) {
      return content(MessageContent.text(text));
    }

    /** Sets content made of parts. */
    public Builder content(ContentPart... parts) {
      return content(MessageContent.parts(Arrays.asList(parts)));
    }
  }
}
