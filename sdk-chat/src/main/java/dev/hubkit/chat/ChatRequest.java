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
  /**
   * The model id, such as {@code gpt-4o-mini}; the hub's {@code /models} lists them.
   *
   * @return the model id
   */
  String model();

  /**
   * The conversation so far, oldest first.
   *
   * @return the messages, oldest first; never empty
   */
  List<ChatMessage> messages();

  /**
   * Sampling temperature, usually 0 to 2.
   *
   * @return the temperature; empty leaves it to the hub's default
   */
  Optional<Double> temperature();

  /**
   * Nucleus sampling: the probability mass considered.
   *
   * @return the probability mass; empty leaves it to the hub's default
   */
  @JsonProperty("top_p")
  Optional<Double> topP();

  /**
   * Top-k sampling, a hub extension (vLLM, CHUNGUS); OpenAI itself rejects it.
   *
   * @return the number of tokens considered at each step; empty leaves it out
   */
  @JsonProperty("top_k")
  Optional<Integer> topK();

  /**
   * Most tokens to generate (older name, still the one most hubs understand).
   *
   * @return the limit sent as {@code max_tokens}; empty leaves it to the model
   */
  @JsonProperty("max_tokens")
  Optional<Integer> maxTokens();

  /**
   * Most tokens to generate, reasoning included (OpenAI's newer name).
   *
   * @return the limit sent as {@code max_completion_tokens}; empty leaves it to the model
   */
  @JsonProperty("max_completion_tokens")
  Optional<Integer> maxCompletionTokens();

  /**
   * How many choices to generate.
   *
   * @return the number of choices; empty asks for one
   */
  Optional<Integer> n();

  /**
   * Up to four stop sequences; one is written as a JSON string, several as an array.
   *
   * @return the stop sequences; empty sends none
   */
  @JsonFormat(with = JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> stop();

  /**
   * A seed for best-effort deterministic sampling.
   *
   * @return the seed; empty leaves sampling random
   */
  Optional<Long> seed();

  /**
   * Penalises tokens that already appeared, -2 to 2.
   *
   * @return the penalty; empty leaves it to the hub's default (0)
   */
  @JsonProperty("presence_penalty")
  Optional<Double> presencePenalty();

  /**
   * Penalises tokens by how often they appeared, -2 to 2.
   *
   * @return the penalty; empty leaves it to the hub's default (0)
   */
  @JsonProperty("frequency_penalty")
  Optional<Double> frequencyPenalty();

  /**
   * The shape the reply must take.
   *
   * @return the format: text, any JSON object, or JSON following a schema; empty leaves it to the model (text)
   */
  @JsonProperty("response_format")
  Optional<ResponseFormat> responseFormat();

  /**
   * Tools the model may call; left out of the JSON when empty.
   *
   * @return the tools, in order; empty when the model may call none
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<Tool> tools();

  /**
   * Whether and which tool the model must call.
   *
   * @return {@code none}, {@code auto}, {@code required} or one named function; empty leaves it to the hub ({@code
   *     auto} when tools are given)
   */
  @JsonProperty("tool_choice")
  Optional<ToolChoice> toolChoice();

  /**
   * Whether the model may ask for several tool calls at once.
   *
   * @return whether parallel calls are allowed; empty leaves it to the hub (allowed on OpenAI)
   */
  @JsonProperty("parallel_tool_calls")
  Optional<Boolean> parallelToolCalls();

  /**
   * Settings of a streamed reply; left out by {@code ChatApi.create}.
   *
   * @return the stream options, such as asking for a usage chunk; empty sends none
   */
  @JsonProperty("stream_options")
  Optional<StreamOptions> streamOptions();

  /**
   * An id of the end user, for the hub's abuse monitoring.
   *
   * @return the end user's id; empty sends none
   */
  Optional<String> user();

  /**
   * How hard a reasoning model thinks: {@code minimal}, {@code low}, {@code medium}, {@code high} (model-specific).
   *
   * @return the effort as sent; empty leaves it to the model
   */
  @JsonProperty("reasoning_effort")
  Optional<String> reasoningEffort();

  /**
   * Starts a builder; {@code model} and at least one message are required.
   *
   * @return a new builder
   */
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
