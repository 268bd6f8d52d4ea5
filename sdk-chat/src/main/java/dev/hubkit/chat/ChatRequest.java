package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A chat completion request: the model, the conversation and the sampling settings. Unset settings are left out
 * of the JSON so the hub's defaults apply. {@code stream} is not part of it: {@link ChatApi} always writes it
 * ({@code false} for {@code create}, {@code true} for {@code stream}), because some hubs stream when it is absent.
 * Parameters HubKit does not model go in {@code RequestOptions.builder().bodyField(name, value)}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableChatRequest.class)
@JsonDeserialize(as = ImmutableChatRequest.class)
public interface ChatRequest {
  /** The model id, such as {@code gpt-4o-mini}; the hub's {@code /models} lists them. */
  String model();

  /** The conversation so far, oldest first. */
  List<ChatMessage> messages();

  /** Sampling temperature, usually 0 to 2. */
  Optional<Double> temperature();

  /** Nucleus sampling: the probability mass considered. */
  @JsonProperty("top_p")
  Optional<Double> topP();

  /** Top-k sampling, a hub extension (vLLM, CHUNGUS); OpenAI itself rejects it. */
  @JsonProperty("top_k")
  Optional<Integer> topK();

  /** Most tokens to generate (older name, still the one most hubs understand). */
  @JsonProperty("max_tokens")
  Optional<Integer> maxTokens();

  /** Most tokens to generate, reasoning included (OpenAI's newer name). */
  @JsonProperty("max_completion_tokens")
  Optional<Integer> maxCompletionTokens();

  /** How many choices to generate. */
  Optional<Integer> n();

  /** Up to four stop sequences; one is written as a JSON string, several as an array. */
  @JsonFormat(with = JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> stop();

  /** A seed for best-effort deterministic sampling. */
  Optional<Long> seed();

  /** Penalises tokens that already appeared, -2 to 2. */
  @JsonProperty("presence_penalty")
  Optional<Double> presencePenalty();

  /** Penalises tokens by how often they appeared, -2 to 2. */
  @JsonProperty("frequency_penalty")
  Optional<Double> frequencyPenalty();

  /** The shape the reply must take. */
  @JsonProperty("response_format")
  Optional<ResponseFormat> responseFormat();

  /** Tools the model may call; left out of the JSON when empty. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<Tool> tools();

  /** Whether and which tool the model must call. */
  @JsonProperty("tool_choice")
  Optional<ToolChoice> toolChoice();

  /** Whether the model may ask for several tool calls at once. */
  @JsonProperty("parallel_tool_calls")
  Optional<Boolean> parallelToolCalls();

  /** Settings of a streamed reply; left out by {@code ChatApi.create}. */
  @JsonProperty("stream_options")
  Optional<StreamOptions> streamOptions();

  /** An id of the end user, for the hub's abuse monitoring. */
  Optional<String> user();

  /** How hard a reasoning model thinks: {@code minimal}, {@code low}, {@code medium}, {@code high} (model-specific). */
  @JsonProperty("reasoning_effort")
  Optional<String> reasoningEffort();

  /** Starts a builder; {@code model} and at least one message are required. */
  static Builder builder() {
    return new Builder();
  }

  /** Rejects what every hub would reject, saying what to fix. */
  @Value.Check
  default void check() {
    if (model().trim().isEmpty()) {
      throw new IllegalArgumentException("model must not be blank: set a model id such as \"gpt-4o-mini\""
          + " (the hub's /models endpoint lists them)");
    }
    if (messages().isEmpty()) {
      throw new IllegalArgumentException("messages must not be empty: add at least one, e.g."
          + " .addMessage(ChatMessage.user(\"Hello\"))");
    }
  }

  /** Builds {@link ChatRequest} values. */
  final class Builder extends ImmutableChatRequest.Builder {}
}
