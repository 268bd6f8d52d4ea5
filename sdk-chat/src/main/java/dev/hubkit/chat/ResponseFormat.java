package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.core.StrictSchema;
import dev.hubkit.core.internal.Json;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The shape the reply must take: free {@link #text()}, any {@link #jsonObject()}, or JSON following a schema
 * ({@link #jsonSchema(String, Map, boolean)}).
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableResponseFormat.class)
@JsonDeserialize(as = ImmutableResponseFormat.class)
public interface ResponseFormat {
  /**
   * {@code text}, {@code json_object} or {@code json_schema}.
   *
   * @return the format's {@code type}; another type a hub defines is kept as sent
   */
  String type();

  /**
   * The schema of a {@code json_schema} format.
   *
   * @return the name, schema and strictness; empty for {@code text} and {@code json_object}
   */
  @JsonProperty("json_schema")
  Optional<JsonSchemaFormat> jsonSchema();

  /**
   * Plain text (the default).
   *
   * @return the {@code text} format
   */
  static ResponseFormat text() {
    return builder().type("text").build();
  }

  /**
   * Any valid JSON object; the prompt should also ask for JSON.
   *
   * @return the {@code json_object} format
   */
  static ResponseFormat jsonObject() {
    return builder().type("json_object").build();
  }

  /**
   * JSON following the schema given as maps and lists; {@code strict} asks the model to follow it exactly.
   *
   * @param name the schema's name, as the model sees it (letters, digits, {@code _} and {@code -})
   * @param schema the JSON Schema as maps and lists, converted with HubKit's Jackson mapper
   * @param strict whether the model must follow the schema exactly (then every property must be required and {@code
   *     additionalProperties} false)
   * @return the {@code json_schema} format
   */
  static ResponseFormat jsonSchema(String name, Map<String, ?> schema, boolean strict) {
    return jsonSchema(JsonSchemaFormat.builder().name(name)
        .schema(Json.mapper().<JsonNode>valueToTree(schema)).strict(strict).build());
  }

  /**
   * JSON following the strict schema of a Java type, named after the class; read the reply with
   * {@link ChatCompletion#parsed(Class)}.
   *
   * @param type a class with properties: a plain class, a record or an Immutables value (see {@link StrictSchema})
   * @return the format, with {@code strict: true}
   * @throws dev.hubkit.core.UnsupportedSchemaTypeException when the type cannot be expressed strictly
   */
  static ResponseFormat jsonSchema(Class<?> type) {
    return jsonSchema(StrictSchema.of(type));
  }

  /**
   * JSON following a type's strict schema, named after the class.
   *
   * @param schema the schema
   * @return the format, with {@code strict: true}
   */
  static ResponseFormat jsonSchema(StrictSchema<?> schema) {
    return jsonSchema(JsonSchemaFormat.builder().name(schema.name()).schema(schema.schema()).strict(true).build());
  }

  /**
   * JSON following a schema.
   *
   * @param schema the name, schema and strictness
   * @return the {@code json_schema} format
   */
  static ResponseFormat jsonSchema(JsonSchemaFormat schema) {
    return builder().type("json_schema").jsonSchema(schema).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder; {@code type} is required
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ResponseFormat} values. */
  final class Builder extends ImmutableResponseFormat.Builder {}
}
