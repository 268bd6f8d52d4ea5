package dev.hubkit.chat;

import dev.hubkit.chat.internal.ChoiceJoiner;
import dev.hubkit.chat.internal.ExtraMembers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Joins the chunks of a streamed reply into the {@link ChatCompletion} a non-streaming call would have returned:
 * text, thinking (in every spelling, see {@link ChatCompletionDelta#reasoningText()}) and refusal concatenated per
 * choice, tool-call fragments joined by their index (id, type and name from the first fragment, argument or custom
 * input pieces appended), thinking blocks ({@code content_blocks}, {@code reasoning_details}) joined by their
 * index, finish reasons, the usage of the final chunk, and every member HubKit does not model, merged into the
 * {@code extra()} of the completion, choice, message or tool call as a whole reply holds it (a gateway's
 * {@code provider}, a tool call's {@code thought_signature}). Handles every choice when {@code n > 1}. Not
 * thread-safe: feed it from the thread reading the stream.
 */
public final class ChatStreamAccumulator {
  private final Map<Integer, ChoiceJoiner> choices = new TreeMap<>();
  private final Map<String, Object> extra = new LinkedHashMap<>();
  private final BiConsumer<String, Object> mergeExtra = ExtraMembers.into(extra, false);
  private String id;
  private String object;
  private Long created;
  private String model;
  private String systemFingerprint;
  private Usage usage;
  private ChoiceJoiner lastChoice;

  /**
   * Adds one chunk, in stream order, and returns this accumulator.
   *
   * @param chunk the next chunk of the stream
   * @return this accumulator
   */
  public ChatStreamAccumulator add(ChatCompletionChunk chunk) {
    if (id == null) {
      id = chunk.id().orElse(null);
    }
    if (created == null) {
      created = chunk.created().orElse(null);
    }
    if (model == null) {
      model = chunk.model().orElse(null);
    }
    if (systemFingerprint == null) {
      systemFingerprint = chunk.systemFingerprint().orElse(null);
    }
    if (object == null) {
      object = chunk.object().map(o -> o.endsWith(".chunk") ? o.substring(0, o.length() - 6) : o).orElse(null);
    }
    if (!chunk.extra().isEmpty()) {
      chunk.extra().forEach(mergeExtra); // a gateway's "provider", on every chunk or once
    }
    Optional<Usage> chunkUsage = chunk.usage();
    if (chunkUsage.isPresent()) {
      usage = chunkUsage.get();
    }
    List<ChatChunkChoice> chunkChoices = chunk.choices();
    for (int i = 0; i < chunkChoices.size(); i++) {
      ChatChunkChoice choice = chunkChoices.get(i);
      choiceState(choice.index()).add(choice);
    }
    return this;
  }

  /** The state of choice {@code index}; streams send one choice, so the last one used is looked at first. */
  private ChoiceJoiner choiceState(int index) {
    if (lastChoice == null || lastChoice.index() != index) {
      lastChoice = choices.computeIfAbsent(index, ChoiceJoiner::new);
    }
    return lastChoice;
  }

  /**
   * The completion made of every chunk added so far; may be called again after more chunks.
   *
   * @return a new completion holding what the chunks added so far, choice by choice; this accumulator is unchanged
   */
  public ChatCompletion toCompletion() {
    ChatCompletion.Builder completion = ChatCompletion.builder()
        .id(Optional.ofNullable(id))
        .object(Optional.ofNullable(object))
        .created(Optional.ofNullable(created))
        .model(Optional.ofNullable(model))
        .systemFingerprint(Optional.ofNullable(systemFingerprint))
        .usage(Optional.ofNullable(usage));
    for (ChoiceJoiner choice : choices.values()) {
      completion.addChoice(choice.toChoice());
    }
    for (Map.Entry<String, Object> member : extra.entrySet()) {
      completion.putExtra(member.getKey(), ExtraMembers.copy(member.getValue()));
    }
    return completion.build();
  }
}
