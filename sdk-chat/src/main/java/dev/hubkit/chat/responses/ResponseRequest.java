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
  /**
   * The model, such as {@code gpt-5}.
   *
   * @return the model's name, as the hub knows it
   */
  String model();

  /**
   * The text or the items the model answers.
   *
   * @return the input, a text or items; empty to send none
   */
  Optional<ResponseInput> input();

  /**
   * A system (developer) message placed before the input; not carried over by {@code previous_response_id}.
   *
   * @return the instructions; empty for none
   */
  Optional<String> instructions();

  /**
   * Tools the model may use.
   *
   * @return the tools, in order; empty for none (then {@code tools} is not written)
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<ResponseTool> tools();

  /**
   * Whether and which tool the model must use.
   *
   * @return the tool choice; empty for the hub's default ({@code auto} when there are tools)
   */
  @JsonProperty("tool_choice")
  Optional<ResponseToolChoice> toolChoice();

  /**
   * Whether the model may call several tools at once.
   *
   * @return whether the model may call tools in parallel; empty for the hub's default
   */
  @JsonProperty("parallel_tool_calls")
  Optional<Boolean> parallelToolCalls();

  /**
   * The most built-in tool calls in the response.
   *
   * @return the most built-in tool calls; empty for no limit
   */
  @JsonProperty("max_tool_calls")
  Optional<Integer> maxToolCalls();

  /**
   * The output's format ({@code text.format}) and verbosity.
   *
   * @return the output's text options; empty for plain text at the model's default verbosity
   */
  Optional<TextConfig> text();

  /**
   * Effort and summary of a reasoning model.
   *
   * @return the reasoning options; empty for the model's defaults
   */
  Optional<ReasoningConfig> reasoning();

  /**
   * The most tokens of output, reasoning included.
   *
   * @return the most output tokens; empty for the model's own limit
   */
  @JsonProperty("max_output_tokens")
  Optional<Integer> maxOutputTokens();

  /**
   * Sampling temperature, 0 to 2.
   *
   * @return the sampling temperature; empty for the hub's default
   */
  Optional<Double> temperature();

  /**
   * Nucleus sampling mass, 0 to 1.
   *
   * @return the nucleus sampling mass; empty for the hub's default
   */
  @JsonProperty("top_p")
  Optional<Double> topP();

  /**
   * Continues the conversation of an earlier stored response; its input and output count as context.
   *
   * @return the id of the response continued; empty to start a new conversation
   */
  @JsonProperty("previous_response_id")
  Optional<String> previousResponseId();

  /**
   * Whether the hub stores the response for {@code retrieve} and {@code previous_response_id}.
   *
   * @return whether the hub stores the response; empty for the hub's default
   */
  Optional<Boolean> store();

  /**
   * Extra output to include, such as {@code reasoning.encrypted_content} or {@code file_search_call.results}.
   *
   * @return the extra output to include; empty for none (then {@code include} is not written)
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> include();

  /**
   * Up to 16 key-value pairs stored with the response.
   *
   * @return the key-value pairs, by key; empty for none (then {@code metadata} is not written)
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, String> metadata();

  /**
   * {@code auto} (drop the oldest input to fit the context) or {@code disabled} (fail instead).
   *
   * @return the truncation strategy; empty for the hub's default
   */
  Optional<String> truncation();

  /**
   * Whether the hub runs the response in the background; await it with {@code ResponsesApi.awaitCompletion}.
   *
   * @return whether the response runs in the background; empty for the hub's default (in the foreground)
   */
  Optional<Boolean> background();

  /**
   * A key that groups requests sharing a prompt prefix, for better cache hits.
   *
   * @return the prompt cache key; empty for none
   */
  @JsonProperty("prompt_cache_key")
  Optional<String> promptCacheKey();

  /**
   * {@code auto}, {@code default}, {@code flex} or {@code priority}.
   *
   * @return the processing tier; empty for the hub's default
   */
  @JsonProperty("service_tier")
  Optional<String> serviceTier();

  /**
   * An id of the end user, for abuse monitoring.
   *
   * @return the end user's id; empty for none
   */
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
