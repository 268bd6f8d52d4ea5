package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.anthropic.internal.StructuredMessages;
import dev.hubkit.core.StrictSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Claude's reply, from {@link MessagesApi#create} or joined from a stream by {@link MessageAccumulator}: typed
 * content blocks, why Claude stopped, and the tokens it cost. Members HubKit does not model are in {@link #extra()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableMessage.class)
@JsonDeserialize(as = ImmutableMessage.class)
public interface Message {
  /**
   * The message id, such as {@code msg_013Zva2CMHLNnXjNJJKqJ2EF}.
   *
   * @return the message id, such as {@code msg_013Zva2CMHLNnXjNJJKqJ2EF}
   */
  String id();

  /**
   * {@code message}.
   *
   * @return {@code message}
   */
  @Value.Default
  default String type() {
    return "message";
  }

  /**
   * {@code assistant}.
   *
   * @return {@code assistant}
   */
  @Value.Default
  default Role role() {
    return Role.ASSISTANT;
  }

  /**
   * The model that answered, as the hub names it.
   *
   * @return the model that answered, as the hub names it
   */
  Optional<String> model();

  /**
   * The reply's blocks, in order.
   *
   * @return the reply's blocks, in order
   */
  List<ContentBlock> content();

  /**
   * Why Claude stopped; absent only in a stream before its {@code message_delta}.
   *
   * @return why Claude stopped; absent only in a stream before its {@code message_delta}
   */
  @JsonProperty("stop_reason")
  Optional<StopReason> stopReason();

  /**
   * The stop sequence written, when {@link #stopReason()} is {@code stop_sequence}.
   *
   * @return the stop sequence written, when {@link #stopReason()} is {@code stop_sequence}
   */
  @JsonProperty("stop_sequence")
  Optional<String> stopSequence();

  /**
   * Tokens consumed.
   *
   * @return tokens consumed
   */
  Optional<Usage> usage();

  /**
   * Members HubKit does not model.
   *
   * @return members HubKit does not model
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * The text blocks joined, without thinking or tool blocks.
   *
   * @return the text, or {@code ""} when there is none
   */
  default String text() {
    StringBuilder text = new StringBuilder();
    for (ContentBlock block : content()) {
      if (block instanceof TextBlock) {
        text.append(((TextBlock) block).text());
      }
    }
    return text.toString();
  }

  /**
   * The client tool calls Claude asks the application to run.
   *
   * @return the {@code tool_use} blocks, in order
   */
  default List<ToolUseBlock> toolUses() {
    List<ToolUseBlock> uses = new ArrayList<>();
    for (ContentBlock block : content()) {
      if (block instanceof ToolUseBlock) {
        uses.add((ToolUseBlock) block);
      }
    }
    return uses;
  }

  /**
   * The text read into {@code type}, such as the class of the request's output schema
   * ({@link MessageRequest.Builder#outputSchema(Class)}). A Markdown code fence around the JSON is removed.
   *
   * @param type the class of the answer
   * @param <T> the type
   * @return the instance
   * @throws dev.hubkit.core.StructuredOutputException when Claude refused, only called tools, stopped at
   *     {@code max_tokens}, or wrote text that does not match the type (the message names the property and shows
   *     the text)
   * @throws dev.hubkit.core.UnsupportedSchemaTypeException when the type cannot be expressed strictly
   */
  default <T> T parsed(Class<T> type) {
    return StructuredMessages.parse(this, StrictSchema.of(type));
  }

  /**
   * This reply as the assistant turn of the next request, every block unchanged: thinking blocks keep their
   * signatures, as extended thinking with tools requires. Only the {@link MessageAccumulator#UNKNOWN_DELTAS} a
   * streamed reply's blocks may hold are left out: HubKit added them, and the API does not take them.
   *
   * @return the assistant turn
   * @throws IllegalArgumentException when the reply has no content
   */
  default MessageParam toParam() {
    List<ContentBlock> blocks = new ArrayList<>(content().size());
    for (ContentBlock block : content()) {
      blocks.add(MessageAccumulator.withoutUnknownDeltas(block));
    }
    return MessageParam.of(role(), blocks);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Message} values. */
  final class Builder extends ImmutableMessage.Builder {}
}
