package dev.hubkit.chat.responses;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.StrictSchema;
import dev.hubkit.core.internal.Json;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The format of a response's text ({@code text.format}): plain {@link #text()}, any JSON object
 * ({@link #jsonObject()}), or JSON that follows a schema ({@link #jsonSchema}); the schema may come from a map, from
 * a {@link JsonNode}, or from a Java type ({@link #jsonSchema(Class)}, read back with {@code Response.parsed}).
 */
public final class TextFormat {
  private final Map<String, Object> value;

  private TextFormat(Map<String, Object> value) {
    this.value = Collections.unmodifiableMap(value);
  }

  /** @return plain text, the hub's default */
  public static TextFormat text() {
    return new TextFormat(Collections.<String, Object>singletonMap("type", "text"));
  }

  /** @return any valid JSON object (the instructions must still ask for JSON) */
  public static TextFormat jsonObject() {
    return new TextFormat(Collections.<String, Object>singletonMap("type", "json_object"));
  }

  /**
   * JSON following the strict schema of a Java type, named after the class (its {@code @JsonClassDescription} as
   * the format's description); read the reply with {@code Response.parsed(type)}.
   *
   * @param type a class with properties: a plain class, a record or an Immutables value (see {@link StrictSchema})
   * @return a {@code json_schema} format with {@code strict: true}
   * @throws dev.hubkit.core.UnsupportedSchemaTypeException when the type cannot be expressed strictly
   */
  public static TextFormat jsonSchema(Class<?> type) {
    return jsonSchema(StrictSchema.of(type));
  }

  /**
   * JSON following a type's strict schema, named after the class.
   *
   * @param schema the schema
   * @return a {@code json_schema} format with {@code strict: true}
   */
  @SuppressWarnings("unchecked")
  public static TextFormat jsonSchema(StrictSchema<?> schema) {
    return jsonSchema(schema.name(), schema.description().orElse(null),
        Json.mapper().convertValue(schema.schema(), Map.class), true);
  }

  /**
   * @param name the schema's name (letters, digits, underscores and dashes, at most 64)
   * @param schema the JSON schema the text must follow
   * @param strict whether the model must follow it exactly (OpenAI's strict mode)
   * @return a {@code json_schema} format
   * @throws IllegalArgumentException when the name is blank
   */
  public static TextFormat jsonSchema(String name, Map<String, ?> schema, boolean strict) {
    return jsonSchema(name, null, schema, strict);
  }

  /**
   * @param name the schema's name (letters, digits, underscores and dashes, at most 64)
   * @param schema the JSON schema the text must follow, as a JSON object
   * @param strict whether the model must follow it exactly (OpenAI's strict mode)
   * @return a {@code json_schema} format
   * @throws IllegalArgumentException when the name is blank or the schema is not an object
   */
  @SuppressWarnings("unchecked")
  public static TextFormat jsonSchema(String name, JsonNode schema, boolean strict) {
    if (schema == null || !schema.isObject()) {
      throw new IllegalArgumentException("a json_schema format needs a JSON object schema, got " + schema);
    }
    return jsonSchema(name, null, Json.mapper().convertValue(schema, Map.class), strict);
  }

  /**
   * @param name the schema's name (letters, digits, underscores and dashes, at most 64)
   * @param description what the output is, for the model; may be null
   * @param schema the JSON schema the text must follow
   * @param strict whether the model must follow it exactly (OpenAI's strict mode)
   * @return a {@code json_schema} format
   * @throws IllegalArgumentException when the name is blank
   */
  public static TextFormat jsonSchema(String name, String description, Map<String, ?> schema, boolean strict) {
    if (name == null || name.trim().isEmpty()) {
      throw new IllegalArgumentException("a json_schema format needs a name, such as \"weather\"");
    }
    Map<String, Object> format = new LinkedHashMap<>();
    format.put("type", "json_schema");
    format.put("name", name);
    if (description != null) {
      format.put("description", description);
    }
    format.put("schema", new LinkedHashMap<String, Object>(Objects.requireNonNull(schema, "schema")));
    format.put("strict", strict);
    return new TextFormat(format);
  }

  /** @return the format's type: {@code text}, {@code json_object} or {@code json_schema} */
  public String type() {
    return String.valueOf(value.get("type"));
  }

  @JsonCreator
  @SuppressWarnings("unchecked")
  static TextFormat fromJson(Map<String, Object> json) {
    return new TextFormat(new LinkedHashMap<>(json));
  }

  @JsonValue
  Map<String, Object> jsonValue() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TextFormat && ((TextFormat) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "TextFormat" + value;
  }
}
