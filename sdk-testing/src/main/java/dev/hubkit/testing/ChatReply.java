package dev.hubkit.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scripted answer for the next {@code POST /chat/completions} ({@link FakeHub#enqueueReply}). Streamed, text and
 * reasoning are split at word boundaries, one chunk per word, reasoning (as {@code delta.reasoning_content} unless
 * {@link #withReasoningSpelling} says otherwise) before
 * content; each tool call sends its id, type and name in its first fragment and its arguments in three more.
 * Immutable.
 */
public final class ChatReply {
  private final String content;
  private final String reasoning;
  private final List<ToolCall> toolCalls;
  private final String finishReason;
  private final ReasoningSpelling spelling;

  private ChatReply(String content, String reasoning, List<ToolCall> toolCalls, String finishReason) {
    this(content, reasoning, toolCalls, finishReason, ReasoningSpelling.REASONING_CONTENT);
  }

  private ChatReply(String content, String reasoning, List<ToolCall> toolCalls, String finishReason,
      ReasoningSpelling spelling) {
    this.spelling = spelling;
    this.content = content;
    this.reasoning = reasoning;
    this.toolCalls = Collections.unmodifiableList(new ArrayList<>(toolCalls));
    this.finishReason = finishReason;
  }

  /**
   * A reply whose assistant message is {@code text}, finishing with {@code "stop"}.
   *
   * @param text the assistant text, sent as is ({@code ""} for an empty message)
   * @return the reply
   * @throws NullPointerException when it is null
   */
  public static ChatReply text(String text) {
    return new ChatReply(Objects.requireNonNull(text, "text"), null, Collections.<ToolCall>emptyList(), null);
  }

  /**
   * A thinking model's reply: {@code reasoning} as {@code reasoning_content}, then {@code text}.
   *
   * @param reasoning the reasoning text
   * @param text the assistant text
   * @return the reply, finishing with {@code "stop"}
   * @throws NullPointerException when either is null
   */
  public static ChatReply reasoningThenText(String reasoning, String text) {
    return text(text).withReasoning(reasoning);
  }

  /**
   * A reply calling one function, with id {@code call_fakehub_0}, finishing with {@code "tool_calls"}.
   *
   * @param name the function's name
   * @param argumentsJson the arguments, a JSON object as a string, sent verbatim
   * @return the reply, with no assistant text
   * @throws NullPointerException when either is null
   */
  public static ChatReply toolCall(String name, String argumentsJson) {
    return toolCalls(ToolCall.of("call_fakehub_0", name, argumentsJson));
  }

  /**
   * A reply calling the given functions in order (index 0, 1, ...), finishing with {@code "tool_calls"}.
   *
   * @param calls the calls, at least one
   * @return the reply, with no assistant text
   * @throws IllegalArgumentException when there is no call
   */
  public static ChatReply toolCalls(ToolCall... calls) {
    if (calls.length == 0) {
      throw new IllegalArgumentException("a tool call reply needs at least one call");
    }
    return new ChatReply(null, null, Arrays.asList(calls), null);
  }

  /**
   * A copy that sends {@code reasoning} before its content, spelled as {@link #reasoningSpelling()} says
   * ({@code reasoning_content} by default).
   *
   * @param reasoning the reasoning text, replacing any earlier one
   * @return the copy; this reply is unchanged
   * @throws NullPointerException when it is null
   */
  public ChatReply withReasoning(String reasoning) {
    return new ChatReply(content, Objects.requireNonNull(reasoning, "reasoning"), toolCalls, finishReason,
        spelling);
  }

  /**
   * A copy that sends its reasoning in {@code spelling}, as the gateways that use it do.
   *
   * @param spelling where the reasoning goes
   * @return the copy
   */
  public ChatReply withReasoningSpelling(ReasoningSpelling spelling) {
    return new ChatReply(content, reasoning, toolCalls, finishReason, Objects.requireNonNull(spelling, "spelling"));
  }

  /**
   * A copy finishing with {@code finishReason} instead of the default: OpenAI's ({@code "length"}), a provider's as
   * a gateway passes it on ({@code "end_turn"}, {@code "MAX_TOKENS"}, {@code "SAFETY"}), or an error finish
   * ({@code "error"} as OpenRouter ends a failed stream, {@code "overloaded_error"} as a gateway in front of Claude
   * does; combine with {@code text("")} for the empty content they send).
   *
   * @param finishReason the {@code finish_reason} to send, verbatim
   * @return the copy; this reply is unchanged
   * @throws NullPointerException when it is null
   */
  public ChatReply withFinishReason(String finishReason) {
    return new ChatReply(content, reasoning, toolCalls, Objects.requireNonNull(finishReason, "finishReason"),
        spelling);
  }

  /** @return where the reasoning is sent */
  public ReasoningSpelling reasoningSpelling() {
    return spelling;
  }

  /**
   * The assistant text.
   *
   * @return the text; empty for a reply made only of tool calls
   */
  public Optional<String> content() {
    return Optional.ofNullable(content);
  }

  /**
   * The reasoning text, sent as {@link #reasoningSpelling()} says.
   *
   * @return the reasoning; empty when the reply has none
   */
  public Optional<String> reasoning() {
    return Optional.ofNullable(reasoning);
  }

  /**
   * The tool calls.
   *
   * @return the calls in index order, unmodifiable; empty for a text reply
   */
  public List<ToolCall> toolCalls() {
    return toolCalls;
  }

  /**
   * The {@code finish_reason} the reply ends with.
   *
   * @return the one set by {@link #withFinishReason}, else {@code "tool_calls"} when there are tool calls, else
   *     {@code "stop"}
   */
  public String finishReason() {
    if (finishReason != null) {
      return finishReason;
    }
    return toolCalls.isEmpty() ? "stop" : "tool_calls";
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ChatReply)) {
      return false;
    }
    ChatReply that = (ChatReply) other;
    return Objects.equals(content, that.content) && Objects.equals(reasoning, that.reasoning)
        && toolCalls.equals(that.toolCalls) && finishReason().equals(that.finishReason())
        && spelling == that.spelling;
  }

  @Override
  public int hashCode() {
    return Objects.hash(content, reasoning, toolCalls, finishReason(), spelling);
  }

  @Override
  public String toString() {
    return "ChatReply{content=" + content + ", reasoning=" + reasoning + ", toolCalls=" + toolCalls
        + ", finishReason=" + finishReason() + "}";
  }

  /** Where a reply's reasoning is sent: the spellings hubs use. */
  public enum ReasoningSpelling {
    /** {@code reasoning_content}, as DeepSeek and new-api send it (the default). */
    REASONING_CONTENT,
    /** {@code reasoning}, as OpenRouter sends it. */
    REASONING,
    /**
     * Claude's signed thinking block as gateways pass it: {@code content_blocks}
     * {@code [{"type":"thinking","thinking":...,"signature":...}]}, streamed as
     * {@code {"index":0,"delta":{"thinking":...}}} pieces and a {@code {"signature":...}} piece.
     */
    CONTENT_BLOCKS,
    /** OpenRouter's {@code reasoning_details}: {@code reasoning.text} pieces, the last with a signature. */
    REASONING_DETAILS
  }

  /** One function call of a scripted reply. Immutable. */
  public static final class ToolCall {
    private final String id;
    private final String name;
    private final String arguments;

    private ToolCall(String id, String name, String arguments) {
      this.id = Objects.requireNonNull(id, "id");
      this.name = Objects.requireNonNull(name, "name");
      this.arguments = Objects.requireNonNull(arguments, "arguments");
    }

    /**
     * A call with the given id, function name and arguments.
     *
     * @param id the call id, e.g. {@code call_fakehub_0}
     * @param name the function's name
     * @param argumentsJson the arguments, a JSON object as a string, sent verbatim
     * @return the call
     * @throws NullPointerException when any of them is null
     */
    public static ToolCall of(String id, String name, String argumentsJson) {
      return new ToolCall(id, name, argumentsJson);
    }

    /**
     * The call id.
     *
     * @return the id, e.g. {@code call_fakehub_0}
     */
    public String id() {
      return id;
    }

    /**
     * The function name.
     *
     * @return the name of the function called
     */
    public String name() {
      return name;
    }

    /**
     * The arguments.
     *
     * @return the arguments string exactly as it is sent, which its streamed fragments concatenate to
     */
    public String arguments() {
      return arguments;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ToolCall && ((ToolCall) other).id.equals(id) && ((ToolCall) other).name.equals(name)
          && ((ToolCall) other).arguments.equals(arguments);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, name, arguments);
    }

    @Override
    public String toString() {
      return "ToolCall{" + id + ", " + name + ", " + arguments + "}";
    }
  }
}
