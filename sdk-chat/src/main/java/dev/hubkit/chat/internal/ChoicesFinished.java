package dev.hubkit.chat.internal;

import dev.hubkit.chat.ChatChunkChoice;
import dev.hubkit.chat.ChatCompletionChunk;
import dev.hubkit.core.internal.StreamEnd;
import java.util.BitSet;
import java.util.List;

/**
 * When a chat stream is complete: at {@code data: [DONE]}, as OpenAI ends it, or at a clean end of the body once
 * every choice the stream opened has a {@code finish_reason}, as gateways in front of Gemini end it (their last
 * chunk carries {@code "finish_reason":"stop"} and the usage, then the connection closes). A body that ends before
 * that, or a stream that opened no choice, is still a cut.
 */
final class ChoicesFinished implements StreamEnd<ChatCompletionChunk> {
  private final BitSet opened = new BitSet();
  private final BitSet finished = new BitSet();

  @Override
  public boolean endsWith(ChatCompletionChunk chunk) {
    List<ChatChunkChoice> choices = chunk.choices();
    for (int i = 0; i < choices.size(); i++) {
      ChatChunkChoice choice = choices.get(i);
      int index = Math.max(choice.index(), 0);
      opened.set(index);
      if (choice.finishReason().isPresent()) {
        finished.set(index);
      }
    }
    return false; // a usage chunk may still follow the last finish reason
  }

  @Override
  public boolean completeAtEndOfBody() {
    return !opened.isEmpty() && opened.equals(finished);
  }

  @Override
  public String awaited() {
    return opened.isEmpty() ? "its [DONE] marker or any choice"
        : "its [DONE] marker or a finish_reason on every choice (choices " + opened + " opened, " + finished
            + " finished)";
  }
}
