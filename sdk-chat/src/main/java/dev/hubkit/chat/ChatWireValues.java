package dev.hubkit.chat;

import dev.hubkit.chat.internal.WireValues;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The values' positional constructors, package-private here, for the wire readers of {@code internal}. */
final class ChatWireValues implements WireValues {
  /** Stateless: one for every reader. */
  static final WireValues INSTANCE = new ChatWireValues();

  private ChatWireValues() {}

  @Override
  public ChatCompletionChunk chunk(Optional<String> id, Optional<String> object, Optional<Long> created,
      Optional<String> model, List<ChatChunkChoice> choices, Optional<Usage> usage,
      Optional<String> systemFingerprint, Map<String, Object> extra) {
    return ImmutableChatCompletionChunk.of(id, object, created, model, choices, usage, systemFingerprint, extra);
  }

  @Override
  public ChatChunkChoice choice(int index, ChatCompletionDelta delta, Optional<FinishReason> finishReason,
      Map<String, Object> extra) {
    return ImmutableChatChunkChoice.of(index, delta, finishReason, extra);
  }

  @Override
  public ChatCompletionDelta delta(Optional<ChatRole> role, Optional<String> content,
      Optional<String> reasoningContent, Optional<String> reasoning, List<ToolCallDelta> toolCalls,
      Optional<String> refusal, Map<String, Object> extra) {
    return ImmutableChatCompletionDelta.of(role, content, reasoningContent, reasoning, toolCalls, refusal, extra);
  }

  @Override
  public Embedding embedding(int index, float[] vector, Map<String, Object> extra) {
    Embedding embedding = new Embedding(index, vector);
    if (extra != null) {
      extra.forEach(embedding::putExtra);
    }
    return embedding;
  }
}
