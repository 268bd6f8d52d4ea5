package dev.hubkit.chat.internal;

import dev.hubkit.chat.ChatChoice;
import dev.hubkit.chat.ChatChunkChoice;
import dev.hubkit.chat.ChatCompletionDelta;
import dev.hubkit.chat.ChatCompletionMessage;
import dev.hubkit.chat.ChatRole;
import dev.hubkit.chat.FinishReason;
import dev.hubkit.chat.ToolCallDelta;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * One choice of a stream being joined into the choice a whole reply would hold: text, thinking (in any spelling)
 * and refusal appended, tool calls joined by index, thinking blocks joined by index, and every unmodelled member
 * of the choice and of its deltas kept (see {@link ExtraMembers}). Not thread-safe.
 */
public final class ChoiceJoiner {
  private final int index;
  private final Map<Integer, ToolCallJoiner> toolCalls = new TreeMap<>();
  private final Map<String, Object> choiceExtra = new LinkedHashMap<>();
  private final Map<String, Object> messageExtra = new LinkedHashMap<>();
  private final Map<String, ReasoningBlocks.Joined> blocks = new LinkedHashMap<>();
  private final BiConsumer<String, Object> mergeChoiceMember = ExtraMembers.into(choiceExtra, false);
  private final BiConsumer<String, Object> mergeDeltaMember = this::addDeltaMember;
  private final BiConsumer<String, Object> appendMessageMember = ExtraMembers.into(messageExtra, true);
  private ChatRole role = ChatRole.ASSISTANT;
  private StringBuilder content;
  private StringBuilder reasoning;
  private StringBuilder refusal;
  private FinishReason finishReason;

  /** @param index the choice's index */
  public ChoiceJoiner(int index) {
    this.index = index;
  }

  /** @return the choice's index */
  public int index() {
    return index;
  }

  /** @param choice the choice's piece of the next chunk */
  public void add(ChatChunkChoice choice) {
    ChatCompletionDelta delta = choice.delta();
    Optional<ChatRole> deltaRole = delta.role();
    if (deltaRole.isPresent()) {
      role = deltaRole.get();
    }
    content = append(content, delta.content());
    reasoning = append(reasoning, delta.reasoningText());
    refusal = append(refusal, delta.refusal());
    List<ToolCallDelta> calls = delta.toolCalls();
    for (int i = 0; i < calls.size(); i++) {
      toolCalls.computeIfAbsent(calls.get(i).index(), at -> new ToolCallJoiner()).add(calls.get(i));
    }
    Optional<FinishReason> reason = choice.finishReason();
    if (reason.isPresent()) {
      finishReason = reason.get();
    }
    if (!choice.extra().isEmpty()) {
      choice.extra().forEach(mergeChoiceMember); // forEach: no iterator per chunk (see ExtraMembers.into)
    }
    if (!delta.extra().isEmpty()) {
      delta.extra().forEach(mergeDeltaMember);
    }
  }

  private void addDeltaMember(String name, Object value) {
    if (Arrays.asList(ReasoningBlocks.MEMBERS).contains(name)) {
      blocks.computeIfAbsent(name, member -> new ReasoningBlocks.Joined()).add(value);
    } else {
      appendMessageMember.accept(name, value);
    }
  }

  /** @return the choice made of every piece added so far; shares nothing with later pieces */
  public ChatChoice toChoice() {
    ChatCompletionMessage.Builder message = ChatCompletionMessage.builder()
        .role(role)
        .content(text(content))
        .reasoningContent(text(reasoning))
        .refusal(text(refusal));
    for (ToolCallJoiner call : toolCalls.values()) {
      message.addToolCall(call.toToolCall());
    }
    putCopies(messageExtra, message::putExtra);
    for (Map.Entry<String, ReasoningBlocks.Joined> joined : blocks.entrySet()) {
      if (!joined.getValue().isEmpty()) {
        message.putExtra(joined.getKey(), joined.getValue().blocks());
      }
    }
    ChatChoice.Builder built = ChatChoice.builder()
        .index(index)
        .message(message.build())
        .finishReason(Optional.ofNullable(finishReason));
    putCopies(choiceExtra, built::putExtra);
    return built.build();
  }

  /** Hands each member on as a copy: the maps and lists joined so far change with the next piece. */
  static void putCopies(Map<String, Object> members, java.util.function.BiConsumer<String, Object> target) {
    for (Map.Entry<String, Object> member : members.entrySet()) {
      target.accept(member.getKey(), ExtraMembers.copy(member.getValue()));
    }
  }

  private static StringBuilder append(StringBuilder text, Optional<String> piece) {
    if (!piece.isPresent() || piece.get().isEmpty()) {
      return text;
    }
    StringBuilder target = text == null ? new StringBuilder() : text;
    target.append(piece.get());
    return target;
  }

  private static Optional<String> text(StringBuilder text) {
    return text == null ? Optional.<String>empty() : Optional.of(text.toString());
  }
}
