package dev.hubkit.chat.internal;

import dev.hubkit.chat.ChatChunkChoice;
import dev.hubkit.chat.ChatCompletionChunk;
import dev.hubkit.chat.ChatCompletionDelta;
import dev.hubkit.chat.internal.JsonCursor.Recent;
import dev.hubkit.chat.internal.JsonCursor.Unusual;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;

/**
 * The last chunk of a stream as a template for the next: most chunks of a stream differ from the one before only
 * in the text piece of their single delta ({@code content}, {@code reasoning_content} or {@code reasoning}). When
 * a chunk has exactly the bytes of the template before and after that piece, and the piece is one JSON string
 * there, it reads as the template with that text: the same bytes around the same string parse to the same values.
 * Anything else is read member by member. Not used for chunks that carry usage or tool calls, which never take the
 * fast path, nor for streams whose chunks differ elsewhere (OpenAI's {@code obfuscation} padding, say).
 */
final class ChunkTemplate {
  private final WireValues values;
  private final Recent head = new Recent();
  private final Recent tail = new Recent();
  private ChatCompletionChunk chunk;
  private int member;
  /** The last chunk {@link #read} was given started with {@link #head}'s bytes. */
  private boolean headMatched;

  ChunkTemplate(WireValues values) {
    this.values = values;
  }

  /** The chunk in {@code json}'s input read through the template, or null when the template does not fit it. */
  ChatCompletionChunk read(JsonCursor json, int offset, int length) throws Unusual {
    headMatched = chunk != null && json.startsWith(head);
    if (!headMatched || head.length() + tail.length() >= length || !json.endsWith(tail)) {
      return null;
    }
    int textStart = offset + head.length();
    int textEnd = offset + length - tail.length();
    json.seek(textStart - 1);
    String text = json.string();
    if (json.position() != textEnd + 1) {
      return null; // the piece is not one string: a quote inside it ends the string elsewhere
    }
    return withText(text);
  }

  /** Takes {@code read}, just read from the input, as the template when it has one text piece. */
  void remember(byte[] data, int offset, int length, ChunkChoiceReader choices, ChatCompletionChunk read) {
    if (choices.textStart < 0 || read.choices().size() != 1) {
      chunk = null;
      return;
    }
    if (!headMatched || head.length() != choices.textStart - offset) {
      head.remember(Arrays.copyOfRange(data, offset, choices.textStart), null); // else the same bytes: kept
    }
    tail.remember(Arrays.copyOfRange(data, choices.textEnd, offset + length), null);
    member = choices.textMember;
    chunk = read;
  }

  private ChatCompletionChunk withText(String text) {
    ChatChunkChoice choice = chunk.choices().get(0);
    ChatCompletionDelta delta = choice.delta();
    Optional<String> piece = Optional.of(text);
    ChatCompletionDelta next = values.delta(delta.role(),
        member == ChunkChoiceReader.CONTENT_MEMBER ? piece : delta.content(),
        member == ChunkChoiceReader.REASONING_CONTENT_MEMBER ? piece : delta.reasoningContent(),
        member == ChunkChoiceReader.REASONING_MEMBER ? piece : delta.reasoning(),
        delta.toolCalls(), delta.refusal(), delta.extra());
    ChatChunkChoice nextChoice = values.choice(choice.index(), next, choice.finishReason(),
        choice.extra());
    return values.chunk(chunk.id(), chunk.object(), chunk.created(), chunk.model(),
        Collections.singletonList(nextChoice), chunk.usage(), chunk.systemFingerprint(), chunk.extra());
  }
}
