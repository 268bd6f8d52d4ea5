package dev.hubkit.gemini;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How much a thinking model thinks and whether it shows it: {@code thinkingBudget} in tokens (0 turns thinking off
 * on models that allow it, -1 lets the model decide), {@code thinkingLevel} ({@code low}, {@code high}) on Gemini 3,
 * and {@code includeThoughts} for thought summaries as parts with {@code thought: true}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableThinkingConfig.class)
@JsonDeserialize(as = ImmutableThinkingConfig.class)
public interface ThinkingConfig {
  /**
   * Tokens the model may spend thinking.
   *
   * @return tokens the model may spend thinking
   */
  Optional<Integer> thinkingBudget();

  /**
   * Gemini 3's level of thinking, such as {@code low} or {@code high}.
   *
   * @return gemini 3's level of thinking, such as {@code low} or {@code high}
   */
  Optional<String> thinkingLevel();

  /**
   * Whether the reply includes thought summaries.
   *
   * @return whether the reply includes thought summaries
   */
  Optional<Boolean> includeThoughts();

  /**
   * A budget, with or without thought summaries in the reply.
   *
   * @param thinkingBudget tokens the model may spend thinking
   * @param includeThoughts whether the reply shows thought summaries
   * @return the configuration
   */
  static ThinkingConfig budget(int thinkingBudget, boolean includeThoughts) {
    return builder().thinkingBudget(thinkingBudget).includeThoughts(includeThoughts).build();
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
