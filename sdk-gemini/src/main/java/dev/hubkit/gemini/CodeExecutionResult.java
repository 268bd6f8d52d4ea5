package dev.hubkit.gemini;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** What running the model's code gave ({@code codeExecutionResult}). */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCodeExecutionResult.class)
@JsonDeserialize(as = ImmutableCodeExecutionResult.class)
public interface CodeExecutionResult {
  /**
   * The outcome, such as {@code OUTCOME_OK} or {@code OUTCOME_FAILED}.
   *
   * @return the outcome, such as {@code OUTCOME_OK} or {@code OUTCOME_FAILED}
   */
  Optional<String> outcome();

  /**
   * The code's output: stdout on success, the error otherwise.
   *
   * @return the code's output: stdout on success, the error otherwise
   */
  Optional<String> output();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CodeExecutionResult} values. */
  final class Builder extends ImmutableCodeExecutionResult.Builder {}
}
