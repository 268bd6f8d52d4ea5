package dev.hubkit.chat.internal;

import dev.hubkit.chat.ChatChunkChoice;
import dev.hubkit.chat.ChatCompletionChunk;
import dev.hubkit.chat.ChatStreamAccumulator;
import dev.hubkit.chat.FinishReason;
import dev.hubkit.core.internal.StreamEnd;
import java.util.BitSet;
import java.util.List;

/**
 * When a chat stream is complete: at {@code data: [DONE]}, as OpenAI ends it, or at a clean end of the body once
 * every choice the stream opened has a {@code finish_reason}, as gateways in front of Gemini end it (their last
 * chunk carries {@code "finish_reason":"stop"} and the usage, then the connection closes). A body that ends before
 * that, or a stream that opened no choice, is still a cut. Each chunk also goes into the stream's accumulator, before
 * it is delivered, so that a choice stopping with an error finish reason ends the stream with an ApiException
 * carrying what arrived before it (see {@link ErrorFinish}).
 */
public final class ChoicesFinished implements StreamEnd<ChatCompletionChunk> {
  private final BitSet opened = new BitSet();
  private final BitSet finished = new BitSet();
  private final ChatStreamAccumulator accumulator;
  private final String method;
  private final String path;

  /**
   * A tracker for one stream.
   *
   * @param accumulator takes every chunk of the stream, in order
   * @param method the call's method, for errors
   * @param path the call's path, for errors
   */
  public ChoicesFinished(ChatStreamAccumulator accumulator, String method, String path) {
    this.accumulator = accumulator;
    this.method = method;
    this.path = path;
  }

  @Override
  public boolean endsWith(ChatCompletionChunk chunk) {
    accumulator.add(chunk);
    List<ChatChunkChoice> choices = chunk.choices();
    for (int i = 0; i < choices.size(); i++) {
      ChatChunkChoice choice = choices.get(i);
      int index = Math.max(choice.index(), 0);
      opened.set(index);
      if (choice.finishReason().isPresent()) {
        FinishReason reason = choice.finishReason().get();
        if (FinishReason.ERROR.equals(reason)) {
          throw ErrorFinish.exception(reason, method, path, true, accumulator.toCompletion());
        }
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
