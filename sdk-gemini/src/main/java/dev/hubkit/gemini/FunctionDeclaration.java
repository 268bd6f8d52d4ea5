package dev.hubkit.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.core.StrictSchema;
import dev.hubkit.gemini.internal.GeminiSchemas;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A function the model may call: its name, what it does, and its parameters as an OpenAPI-subset schema
 * ({@link #parameters()}) or as JSON Schema ({@link #parametersJsonSchema()}, also made from a Java type with
 * {@link #of(String, String, Class)}).
 */
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
   * The parameters' schema in JSON Schema, the alternative to {@link #parameters()} (which must then be absent).
   *
   * @return the parameters' JSON Schema, an object schema
   */
  Optional<JsonNode> parametersJsonSchema();

  /**
   * A declaration whose {@code parametersJsonSchema} is the strict schema of a Java type (in the keywords Gemini
   * reads); read a call's arguments with {@link FunctionCall#args(Class)}.
   *
   * @param name the function's name
   * @param description what it does
   * @param parametersType the class of its arguments: a plain class, a record or an Immutables value
   * @return the declaration
   * @throws dev.hubkit.core.UnsupportedSchemaTypeException when the type cannot be expressed strictly
   */
  static FunctionDeclaration of(String name, String description, Class<?> parametersType) {
    return builder().name(name).description(description)
        .parametersJsonSchema(GeminiSchemas.of(StrictSchema.of(parametersType))).build();
  }

  /** Rejects the two parameter schemas together, which Gemini answers with 400. */
  @Value.Check
  default void check() {
    if (parameters().isPresent() && parametersJsonSchema().isPresent()) {
      throw new IllegalArgumentException("function " + name() + ": set parameters or parametersJsonSchema, not both");
    }
  }

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
