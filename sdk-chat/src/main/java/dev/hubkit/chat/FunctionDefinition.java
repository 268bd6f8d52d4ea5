package dev.hubkit.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.core.StrictSchema;
import dev.hubkit.core.internal.Json;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A function the model may call: its name, what it does, and its parameters as a JSON schema. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableFunctionDefinition.class)
@JsonDeserialize(as = ImmutableFunctionDefinition.class)
public interface FunctionDefinition {
  /**
   * The function's name: letters, digits, underscores and dashes.
   *
   * @return the name
   */
  String name();

  /**
   * What the function does; the model uses it to decide when to call it.
   *
   * @return the description; empty sends none
   */
  Optional<String> description();

  /**
   * The JSON schema of the arguments object.
   *
   * @return the schema; empty for a function without arguments
   */
  Optional<JsonNode> parameters();

  /**
   * Whether the model must follow the schema exactly (OpenAI structured outputs).
   *
   * @return whether strict mode is asked for; empty leaves it to the hub (off)
   */
  Optional<Boolean> strict();

  /**
   * Starts a builder.
   *
   * @return a new builder; {@code name} is required
   */
  static Builder builder() {
    return new Builder();
  }

  /** Rejects a nameless function. */
  @Value.Check
  default void check() {
    if (name().trim().isEmpty()) {
      throw new IllegalArgumentException("a function tool needs a name, e.g. \"get_weather\"");
    }
  }

  /** Builds {@link FunctionDefinition} values. */
  final class Builder extends ImmutableFunctionDefinition.Builder {
    /**
     * Sets the parameters' JSON schema from maps and lists.
     *
     * @param schema the JSON Schema of the arguments object, as maps and lists
     * @return this builder
     * @throws IllegalArgumentException when the value cannot be written as JSON
     */
    public Builder parameters(Map<String, ?> schema) {
      return parameters(Json.mapper().<JsonNode>valueToTree(schema));
    }

    /**
     * Sets the parameters to the strict schema of a Java type, and {@code strict} to true.
     *
     * @param type the arguments' class: a plain class, a record or an Immutables value
     * @return this builder
     * @throws dev.hubkit.core.UnsupportedSchemaTypeException when the type cannot be expressed strictly
     */
    public Builder parameters(Class<?> type) {
      return parameters(StrictSchema.of(type).schema()).strict(true);
    }
  }
}
