package dev.hubkit.gemini;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Code the model wrote and ran with the {@code codeExecution} tool ({@code executableCode}). */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableExecutableCode.class)
@JsonDeserialize(as = ImmutableExecutableCode.class)
public interface ExecutableCode {
  /**
   * The language, such as {@code PYTHON}.
   *
   * @return the language, such as {@code PYTHON}
   */
  Optional<String> language();

  /**
   * The code.
   *
   * @return the code
   */
  String code();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ExecutableCode} values. */
  final class Builder extends ImmutableExecutableCode.Builder {}
}
