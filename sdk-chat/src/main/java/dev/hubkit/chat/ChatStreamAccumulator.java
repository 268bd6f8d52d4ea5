package dev.hubkit.chat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Joins the chunks of a streamed reply into the {@link ChatCompletion} a non-streaming call would have returned:
 * text, thinking and refusal concatenated per choice, tool-call fragments joined by their index (id, type and name
 * from the first fragment, argument pieces appended), finish reasons, and the usage of the final chunk. Handles
 * every choice when {@code n > 1}. Not thread-safe: feed it from the thread reading the stream.
 */
public final class ChatStreamAccumulator {
  private final Map<Integer, ChoiceState> choices = new TreeMap<>();
  private String id;
  private String object;
  private Long created;
  private String model;
  private String systemFingerprint;
  private Usage usage;
  private ChoiceState lastChoice;

  /** Adds one chunk, in stream order, and returns this accumulator. */
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
  private ChoiceState choiceState(int index) {
    if (lastChoice == null || lastChoice.index != index) {
      lastChoice = choices.computeIfAbsent(index, ChoiceState::new);
    }
    return lastChoice;
  }

  /** The completion made of every chunk added so far; may be called again after more chunks. */
  public ChatCompletion toCompletion() {
    ChatCompletion.Builder completion = ChatCompletion.builder()
        .id(Optional.ofNullable(id))
        .object(Optional.ofNullable(object))
        .created(Optional.ofNullable(created))
        .model(Optional.ofNullable(model))
        .systemFingerprint(Optional.ofNullable(systemFingerprint))
        .usage(Optional.ofNullable(usage));
    for (ChoiceState choice : choices.values()) {
      completion.addChoice(choice.toChoice());
    }
    return completion.build();
  }

  private static final class ChoiceState {
    private final int index;
    private final Map<Integer, ToolCallState> toolCalls = new TreeMap<>();
    private ChatRole role = ChatRole.ASSISTANT;
    private StringBuilder content;
    private StringBuilder reasoning;
    private StringBuilder refusal;
    private FinishReason finishReason;

    ChoiceState(int index) {
      this.index = index;
    }

    void add(ChatChunkChoice choice) {
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
        toolCalls.computeIfAbsent(calls.get(i).index(), index -> new ToolCallState()).add(calls.get(i));
      }
      Optional<FinishReason> reason = choice.finishReason();
      if (reason.isPresent()) {
        finishReason = reason.get();
      }
    }

    ChatChoice toChoice() {
      ChatCompletionMessage.Builder message = ChatCompletionMessage.builder()
          .role(role)
          .content(text(content))
          .reasoningContent(text(reasoning))
          .refusal(text(refusal));
      for (ToolCallState call : toolCalls.values()) {
        message.addToolCall(call.toToolCall());
      }
      return ChatChoice.builder()
          .index(index)
          .message(message.build())
          .finishReason(Optional.ofNullable(finishReason))
          .build();
    }
  }

  private static final class ToolCallState {
    private final StringBuilder arguments = new StringBuilder();
    private String id;
    private String type;
    private String name;

    void add(ToolCallDelta delta) {
      if (id == null) {
        id = delta.id().orElse(null);
      }
      if (type == null) {
        type = delta.type().orElse(null);
      }
      delta.function().ifPresent(function -> {
        if (name == null) {
          name = function.name().orElse(null);
        }
        function.arguments().ifPresent(arguments::append);
      });
    }

    ToolCall toToolCall() {
      return ToolCall.builder()
          .id(id == null ? "" : id)
          .type(type == null ? "function" : type)
          .function(FunctionCall.of(name == null ? "" : name, arguments.toString()))
          .build();
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
    return text == null ? Optional.empty() : Optional.of(text.toString());
  }
}
