package dev.hubkit.gemini;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.core.StrictSchema;
import dev.hubkit.gemini.internal.StructuredCandidates;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A function the model asks the caller to run ({@code functionCall}), with its arguments as parsed JSON. Its thought
 * signature, when the model sent one, is on the {@link Part} that carries it; send that part back unchanged.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableFunctionCall.class)
@JsonDeserialize(as = ImmutableFunctionCall.class)
public interface FunctionCall {
  /**
   * The call's id, which some models send and the function response repeats.
   *
   * @return the call's id, which some models send and the function response repeats
   */
  Optional<String> id();

  /**
   * The function's name, as declared.
   *
   * @return the function's name, as declared
   */
  String name();

  /**
   * The arguments: JSON objects are maps, arrays lists.
   *
   * @return the arguments: JSON objects are maps, arrays lists
   */
  @JsonInclude(content = JsonInclude.Include.ALWAYS)
  @AllowNulls
  Map<String, Object> args();

  /**
   * The arguments read into {@code type}, such as the class the function was declared with
   * ({@link FunctionDeclaration#of(String, String, Class)}).
   *
   * @param type the class the arguments are read into
   * @param <T> the type
   * @return the instance
   * @throws dev.hubkit.core.StructuredOutputException when the arguments do not match the type (the message names
   *     the property and shows the arguments as JSON)
   * @throws dev.hubkit.core.UnsupportedSchemaTypeException when the type cannot be expressed strictly
   */
  default <T> T args(Class<T> type) {
    return StructuredCandidates.arguments(this, StrictSchema.of(type));
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FunctionCall} values. */
  final class Builder extends ImmutableFunctionCall.Builder {}
}
