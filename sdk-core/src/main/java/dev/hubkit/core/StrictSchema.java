package dev.hubkit.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.core.internal.Json;
import dev.hubkit.core.internal.SchemaGenerator;
import dev.hubkit.core.internal.SchemaMismatch;
import java.util.Objects;
import java.util.Optional;

/**
 * A Java type as a JSON schema that OpenAI's strict structured outputs accept, and the reader of replies into that
 * type. Chat's {@code ResponseFormat.jsonSchema(Weather.class)}, function tools from a class and
 * {@code completion.parsed(Weather.class)} are built on it; use it directly for other formats.
 *
 * <p>The schema follows Jackson's view of the type through HubKit's mapper: property names as the mapper writes
 * them ({@code @JsonProperty}, {@code @JsonIgnore}), {@code @JsonPropertyDescription} and
 * {@code @JsonClassDescription} as descriptions. Every property is required and every object has
 * {@code additionalProperties: false}; {@code Optional}, {@code @Nullable} and the boxed primitives of a plain
 * class or record (unless {@code @JsonProperty(required = true)}) are nullable instead. Enums list their JSON
 * names; lists, sets and arrays are arrays; {@code java.time} values are strings with their format; other classes
 * become {@code $defs}, so reuse and recursion work; a polymorphic type ({@code @JsonTypeInfo(use = NAME)} or
 * {@code DEDUCTION} with {@code @JsonSubTypes}) is an {@code anyOf} of its subtypes, each with its type id as a
 * one-value enum. Plain classes with getters or public fields, records, and Immutables values (through their
 * {@code @JsonDeserialize(as = ...)}) all work. Instances are immutable and
 * thread-safe; keep one per type.
 *
 * @param <T> the type replies are read into
 */
public final class StrictSchema<T> {
  private static final ObjectReader READER = Json.mapper().reader()
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Class<T> type;
  private final ObjectNode schema;

  private StrictSchema(Class<T> type, ObjectNode schema) {
    this.type = type;
    this.schema = schema;
  }

  /**
   * The strict schema of {@code type}.
   *
   * @param type a class with properties (the top level of a strict schema is an object)
   * @param <T> the type
   * @return its schema
   * @throws UnsupportedSchemaTypeException when a property's type cannot be expressed strictly (a {@code Map},
   *     {@code Object}, an abstract type naming no concrete class, class-name type ids); the message names the
   *     property and what to use instead
   */
  public static <T> StrictSchema<T> of(Class<T> type) {
    return new StrictSchema<>(type, SchemaGenerator.strictSchema(Objects.requireNonNull(type, "type")));
  }

  /**
   * The Java type.
   *
   * @return the class replies are read into
   */
  public Class<T> type() {
    return type;
  }

  /**
   * A name for the schema as OpenAI asks for it ({@code a-z A-Z 0-9 _ -}, at most 64 characters): the class's
   * simple name.
   *
   * @return such as {@code Weather}
   */
  public String name() {
    String name = type.getSimpleName().replaceAll("[^A-Za-z0-9_-]", "_");
    return name.length() > 64 ? name.substring(0, 64) : name;
  }

  /**
   * The class's {@code @JsonClassDescription}, also the schema's top-level {@code description}.
   *
   * @return the description, if the class has one
   */
  public Optional<String> description() {
    JsonNode description = schema.get("description");
    return description == null ? Optional.<String>empty() : Optional.of(description.asText());
  }

  /**
   * The JSON schema; a fresh copy each time, free to change.
   *
   * @return the schema, an object with {@code type}, {@code properties}, {@code required},
   *     {@code additionalProperties} and, when other classes are used, {@code $defs}
   */
  public ObjectNode schema() {
    return schema.deepCopy();
  }

  /**
   * Reads a model's JSON text into an instance, checking it against the schema first. A Markdown code fence
   * around the JSON (which hubs that ignore the schema sometimes add) is removed; properties the type does not
   * have are ignored.
   *
   * @param text the JSON text, such as a reply's content or a tool call's arguments
   * @return the instance
   * @throws StructuredOutputException when the text is empty, not JSON, or does not match the type; the message
   *     names the property and shows the text received
   */
  public T parse(String text) {
    String json = withoutCodeFence(text == null ? "" : text);
    if (json.isEmpty()) {
      throw mismatch(text, "", "the text is empty", null);
    }
    JsonNode tree;
    try {
      tree = READER.readTree(json);
    } catch (JsonProcessingException e) {
      throw mismatch(text, "", "it is not JSON (" + e.getOriginalMessage() + ")", e);
    }
    SchemaMismatch mismatch = SchemaMismatch.find(schema, tree);
    if (mismatch != null) {
      throw mismatch(text, mismatch.path(), mismatch.problem(), null);
    }
    try {
      return Json.mapper().treeToValue(tree, type);
    } catch (JsonMappingException e) {
      throw mismatch(text, path(e), e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw mismatch(text, "", e.getOriginalMessage(), e);
    }
  }

  private StructuredOutputException mismatch(String text, String path, String problem, Throwable cause) {
    return new StructuredOutputException(type.getSimpleName(), text, path, problem, cause);
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String withoutCodeFence(String text) {
    String trimmed = text.trim();
    if (!trimmed.startsWith("```") || !trimmed.endsWith("```") || trimmed.length() < 6) {
      return trimmed;
    }
    int firstLineEnd = trimmed.indexOf('\n');
    return firstLineEnd < 0 ? trimmed : trimmed.substring(firstLineEnd + 1, trimmed.length() - 3).trim();
  }

  @Override
  public String toString() {
    return "StrictSchema{" + type.getName() + "}";
  }
}
