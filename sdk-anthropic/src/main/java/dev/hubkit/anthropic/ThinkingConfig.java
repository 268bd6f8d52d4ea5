package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Extended thinking: {@link #enabled(int)} with a token budget (at least 1024, below {@code max_tokens}), or
 * {@link #disabled()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableThinkingConfig.class)
@JsonDeserialize(as = ImmutableThinkingConfig.class)
public interface ThinkingConfig {
  /**
   * {@code enabled} or {@code disabled}.
   *
   * @return {@code enabled} or {@code disabled}
   */
  String type();

  /**
   * How many tokens Claude may think with, for {@code enabled}.
   *
   * @return how many tokens Claude may think with, for {@code enabled}
   */
  @JsonProperty("budget_tokens")
  Optional<Integer> budgetTokens();

  /**
   * Thinking on.
   *
   * @param budgetTokens the thinking budget; the API wants at least 1024
   * @return {@code {"type":"enabled","budget_tokens":budgetTokens}}
   * @throws IllegalArgumentException when the budget is below 1024
   */
  static ThinkingConfig enabled(int budgetTokens) {
    if (budgetTokens < 1024) {
      throw new IllegalArgumentException("the thinking budget must be at least 1024 tokens, was " + budgetTokens);
    }
    return builder().type("enabled").budgetTokens(budgetTokens).build();
  }

  /**
   * Thinking off.
   *
   * @return {@code {"type":"disabled"}}
   */
  static ThinkingConfig disabled() {
    return builder().type("disabled").build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ThinkingConfig} values. */
  final class Builder extends ImmutableThinkingConfig.Builder {}
}
