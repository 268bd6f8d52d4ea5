package dev.hubkit.gemini;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A function the model may call: its name, what it does, and its parameters as a JSON (OpenAPI) schema. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableFunctionDeclaration.class)
@JsonDeserialize(as = ImmutableFunctionDeclaration.class)
public interface FunctionDeclaration {
  /**
   * The name the model calls it by: letters, digits, underscores, dots and dashes, at most 64.
   *
   * @return the name the model calls it by: letters, digits, underscores, dots and dashes, at most 64
   */
  String name();

  /**
   * What the function does and when to call it.
   *
   * @return what the function does and when to call it
   */
  Optional<String> description();

  /**
   * The parameters' schema, such as {@code {"type":"object","properties":{...},"required":[...]}}.
   *
   * @return the parameters' schema, such as {@code {"type":"object","properties":{...},"required":[...]}}
   */
  @AllowNulls
  Optional<Map<String, Object>> parameters();

  /**
   * A declaration.
   *
   * @param name the function's name
   * @param description what it does
   * @param parameters its parameters' schema
   * @return the declaration
   */
  static FunctionDeclaration of(String name, String description, Map<String, ?> parameters) {
    @SuppressWarnings("unchecked")
    Map<String, Object> schema = (Map<String, Object>) parameters;
    return builder().name(name).description(description).parameters(schema).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FunctionDeclaration} values. */
  final class Builder extends ImmutableFunctionDeclaration.Builder {}
}
