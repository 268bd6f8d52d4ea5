package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.anthropic.internal.SystemPromptDeserializer;
import dev.hubkit.anthropic.internal.SystemPromptSerializer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request to {@code POST /v1/messages}: the model, {@code max_tokens}, an optional system prompt, the
 * conversation, tools and sampling settings. Server defaults are left out of the body; {@code stream} is written
 * by {@link MessagesApi}.
 *
 * <pre>{@code
 * MessageRequest request = MessageRequest.builder()
 *     .model("claude-sonnet-4-5")
 *     .maxTokens(1024)
 *     .system("You are terse.")
 *     .addMessage(MessageParam.user("Hello"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableMessageRequest.class)
@JsonDeserialize(as = ImmutableMessageRequest.class)
public interface MessageRequest {
  /**
   * The model, as the hub names it, such as {@code claude-sonnet-4-5}.
   *
   * @return the model, as the hub names it, such as {@code claude-sonnet-4-5}
   */
  String model();

  /**
   * The most tokens Claude may write (thinking included); required by the API.
   *
   * @return the most tokens Claude may write (thinking included); required by the API
   */
  @JsonProperty("max_tokens")
  int maxTokens();

  /**
   * The system prompt's blocks; one plain text block is written as a string.
   *
   * @return the system prompt's blocks; one plain text block is written as a string
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonSerialize(using = SystemPromptSerializer.class)
  @JsonDeserialize(using = SystemPromptDeserializer.class)
  List<TextBlock> system();

  /**
   * The conversation, alternating user and assistant turns, starting with a user turn.
   *
   * @return the conversation, alternating user and assistant turns, starting with a user turn
   */
  List<MessageParam> messages();

  /**
   * Tools Claude may use: client {@link Tool}s and server tools such as {@link WebSearchTool}.
   *
   * @return tools Claude may use: client {@link Tool}s and server tools such as {@link WebSearchTool}
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<ToolDefinition> tools();

  /**
   * Whether and which tool Claude must use.
   *
   * @return whether and which tool Claude must use
   */
  @JsonProperty("tool_choice")
  Optional<ToolChoice> toolChoice();

  /**
   * The output's format, such as JSON following a schema ({@link OutputConfig#jsonSchema(Class)}).
   *
   * @return the output settings
   */
  @JsonProperty("output_config")
  Optional<OutputConfig> outputConfig();

  /**
   * Extended thinking.
   *
   * @return extended thinking
   */
  Optional<ThinkingConfig> thinking();

  /**
   * Randomness, 0 to 1.
   *
   * @return randomness, 0 to 1
   */
  Optional<Double> temperature();

  /**
   * Nucleus sampling.
   *
   * @return nucleus sampling
   */
  @JsonProperty("top_p")
  Optional<Double> topP();

  /**
   * Sample only from the top K tokens.
   *
   * @return sample only from the top K tokens
   */
  @JsonProperty("top_k")
  Optional<Integer> topK();

  /**
   * Texts that end the reply when Claude writes them.
   *
   * @return texts that end the reply when Claude writes them
   */
  @JsonProperty("stop_sequences")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> stopSequences();

  /**
   * Request metadata, such as {@code user_id} (an opaque id of the end user).
   *
   * @return request metadata, such as {@code user_id} (an opaque id of the end user)
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, Object> metadata();

  /** Rejects what the API would answer with 400, saying what to fix. */
  @Value.Check
  default void check() {
    if (model().trim().isEmpty()) {
      throw new IllegalArgumentException("model must not be blank; pass the hub's name for a Claude model");
    }
    if (maxTokens() < 1) {
      throw new IllegalArgumentException("maxTokens must be at least 1, was " + maxTokens());
    }
    if (messages().isEmpty()) {
      throw new IllegalArgumentException("a message request needs at least one message, e.g."
          + " addMessage(MessageParam.user(\"...\"))");
    }
    Optional<Integer> budget = thinking().flatMap(ThinkingConfig::budgetTokens);
    if (budget.isPresent() && budget.get() >= maxTokens()) {
      throw new IllegalArgumentException("the thinking budget (" + budget.get() + ") must be below maxTokens ("
          + maxTokens() + "), which counts thinking too; raise maxTokens");
    }
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MessageRequest} values. */
  final class Builder extends ImmutableMessageRequest.Builder {
    /**
     * Adds a plain-text system prompt block.
     *
     * @param text the instructions
     * @return this builder
     */
    public Builder system(String text) {
      addSystem(TextBlock.of(text));
      return this;
    }

    /**
     * Asks for JSON following the strict schema of a Java type ({@code output_config.format}); read the reply with
     * {@link Message#parsed(Class)}.
     *
     * @param type a class with properties: a plain class, a record or an Immutables value
     * @return this builder
     * @throws dev.hubkit.core.UnsupportedSchemaTypeException when the type cannot be expressed strictly
     */
    public Builder outputSchema(Class<?> type) {
      outputConfig(OutputConfig.jsonSchema(type));
      return this;
    }
  }
}
