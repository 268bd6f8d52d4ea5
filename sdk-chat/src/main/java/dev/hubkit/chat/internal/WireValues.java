package dev.hubkit.chat.internal;

import dev.hubkit.chat.ChatChunkChoice;
import dev.hubkit.chat.ChatCompletionChunk;
import dev.hubkit.chat.ChatCompletionDelta;
import dev.hubkit.chat.ChatRole;
import dev.hubkit.chat.Embedding;
import dev.hubkit.chat.FinishReason;
import dev.hubkit.chat.ToolCallDelta;
import dev.hubkit.chat.Usage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the values the fast readers make most often from their members, without a builder: a stream makes
 * thousands of chunks a second, and a builder per value (with its own list and map) would double what decoding
 * allocates. The values' positional constructors are package-private in {@code dev.hubkit.chat}, whose APIs hand
 * their one implementation to the readers.
 */
public interface WireValues {
  /**
   * A stream chunk of these members.
   *
   * @param id the completion's id
   * @param object the object type
   * @param created the creation time in Unix seconds
   * @param model the model
   * @param choices the choices' pieces
   * @param usage the usage
   * @param systemFingerprint the fingerprint
   * @param extra unmodelled members, not copied when already immutable
   * @return the chunk
   */
  ChatCompletionChunk chunk(Optional<String> id, Optional<String> object, Optional<Long> created,
      Optional<String> model, List<ChatChunkChoice> choices, Optional<Usage> usage,
      Optional<String> systemFingerprint, Map<String, Object> extra);

  /**
   * One choice's piece of a chunk.
   *
   * @param index the choice's index
   * @param delta what it adds
   * @param finishReason why it ended, in its last chunk
   * @param extra unmodelled members
   * @return the choice
   */
  ChatChunkChoice choice(int index, ChatCompletionDelta delta, Optional<FinishReason> finishReason,
      Map<String, Object> extra);

  /**
   * What a chunk adds to a choice.
   *
   * @param role the author
   * @param content a piece of text
   * @param reasoningContent a piece of thinking under {@code reasoning_content}
   * @param reasoning a piece of thinking under {@code reasoning}
   * @param toolCalls tool-call fragments
   * @param refusal a piece of a refusal
   * @param extra unmodelled members
   * @return the delta
   */
  ChatCompletionDelta delta(Optional<ChatRole> role, Optional<String> content, Optional<String> reasoningContent,
      Optional<String> reasoning, List<ToolCallDelta> toolCalls, Optional<String> refusal,
      Map<String, Object> extra);

  /**
   * An embedding that takes {@code vector} as it is, without a copy.
   *
   * @param index the input's index
   * @param vector the vector, owned by the embedding from now on
   * @param extra unmodelled members, or null for none
   * @return the embedding
   */
  Embedding embedding(int index, float[] vector, Map<String, Object> extra);
}
