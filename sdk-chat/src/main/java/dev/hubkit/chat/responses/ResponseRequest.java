package dev.hubkit.chat.responses;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /responses}. Only {@link #model()} is required; what is left out takes the hub's
 * default. {@code stream} is written by the call ({@code create} or {@code stream}), never set here.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableResponseRequest.class)
@JsonDeserialize(as = ImmutableResponseRequest.class)
public interface ResponseRequest {
  /** The model, such as {@code gpt-5}. */
  String model();

  /** The text or the items the model answers. */
  Optional<ResponseInput> input();

  /** A system (developer) message placed before the input; not carried over by {@code previous_response_id}. */
  Optional<String> instructions();

  /** Tools the model may use. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<ResponseTool> tools();

  /** Whether and which tool the model must use. */
  @JsonProperty("tool_choice")
  Optional<ResponseToolChoice> toolChoice();

  /** Whether the model may call several tools at once. */
  @JsonProperty("parallel_tool_calls")
  Optional<Boolean> parallelToolCalls();

  /** The most built-in tool calls in the response. */
  @JsonProperty("max_tool_calls")
  Optional<Integer> maxToolCalls();

  /** The output's format ({@code text.format}) and verbosity. */
  Optional<TextConfig> text();

  /** Effort and summary of a reasoning model. */
  Optional<ReasoningConfig> reasoning();

  /** The most tokens of output, reasoning included. */
  @JsonProperty("max_output_tokens")
  Optional<Integer> maxOutputTokens();

  /** Sampling temperature, 0 to 2. */
  Optional<Double> temperature();

  /** Nucleus sampling mass, 0 to 1. */
  @JsonProperty("top_p")
  Optional<Double> topP();

  /** Continues the conversation of an earlier stored response; its input and output count as context. */
  @JsonProperty("previous_response_id")
  Optional<String> previousResponseId();

  /** Whether the hub stores the response for {@code retrieve} and {@code previous_response_id}. */
  Optional<Boolean> store();

  /** Extra output to include, such as {@code reasoning.encrypted_content} or {@code file_search_call.results}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> include();

  /** Up to 16 key-value pairs stored with the response. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, String> metadata();

  /** {@code auto} (drop the oldest input to fit the context) or {@code disabled} (fail instead). */
  Optional<String> truncation();

  /** Whether the hub runs the response in the background; await it with {@code ResponsesApi.awaitCompletion}. */
  Optional<Boolean> background();

  /** A key that groups requests sharing a prompt prefix, for better cache hits. */
  @JsonProperty("prompt_cache_key")
  Optional<String> promptCacheKey();

  /** {@code auto}, {@code default}, {@code flex} or {@code priority}. */
  @JsonProperty("service_tier")
  Optional<String> serviceTier();

  /** An id of the end user, for abuse monitoring. */
  Optional<String> user();

  /** @return a builder */
  static Builder builder() {
    return new Builder();
  }

  /** Checks what a hub would reject anyway. */
  @Value.Check
  default void check() {
    if (model().trim().isEmpty()) {
      throw new IllegalArgumentException("ResponseRequest.model must not be blank: name a model, such as \"gpt-5\"");
    }
  }

  /** Builds {@link ResponseRequest} values. */
  final class Builder extends ImmutableResponseRequest.Builder {
    /**
     * @param text what the user says
     * @return this builder, with the input as a plain string
     */
    public Builder input(String text) {
      input(ResponseInput.text(text));
      return this;
    }

    /**
     * @param items the conversation so far
     * @return this builder, with the input as items
     */
    public Builder input(ResponseItem... items) {
      input(ResponseInput.items(items));
      return this;
    }

    /**
     * @param format the output's format
     * @return this builder, with {@code text.format} set (and no verbosity)
     */
    public Builder textFormat(TextFormat format) {
      text(TextConfig.format(format));
      return this;
    }
  }
}
