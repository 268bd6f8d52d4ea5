package dev.hubkit.gemini.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.core.StrictSchema;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A strict schema as Gemini's {@code responseJsonSchema} and {@code parametersJsonSchema} take it. Gemini reads
 * only some JSON Schema keywords ({@code $defs}, {@code $ref}, {@code type}, {@code format}, {@code description},
 * {@code enum} of strings and numbers, {@code items}, {@code anyOf}, {@code properties},
 * {@code additionalProperties}, {@code required} and a few more), so: a nullable {@code "type": [T, "null"]} becomes
 * {@code anyOf} a {@code T} schema and {@code {"type": "null"}} (its {@code enum} without the null), and a
 * {@code pattern} moves into the description, where the model still reads it (the reply is checked against the
 * whole schema when it is parsed). Everything else, {@code additionalProperties: false} included, is kept.
 */
public final class GeminiSchemas {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> SCHEMA_MAPS = new HashSet<>(Arrays.asList("properties", "$defs"));
  private static final Set<String> SCHEMA_LISTS = new HashSet<>(Arrays.asList("anyOf", "oneOf", "prefixItems"));

  private GeminiSchemas() {}

  /**
   * The schema of {@code schema}'s type in the keywords Gemini reads.
   *
   * @param schema the type's strict schema
   * @return a fresh schema object
   */
  public static ObjectNode of(StrictSchema<?> schema) {
    return rewrite(schema.schema());
  }

  @SuppressWarnings("deprecation") // fields(): its replacement, properties(), is Jackson 2.15+
  private static ObjectNode rewrite(ObjectNode schema) {
    ObjectNode out = NODES.objectNode();
    Iterator<Map.Entry<String, JsonNode>> fields = schema.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = field.getKey();
      JsonNode value = field.getValue();
      if (SCHEMA_MAPS.contains(key) && value.isObject()) {
        ObjectNode members = out.putObject(key);
        Iterator<Map.Entry<String, JsonNode>> entries = value.fields();
        while (entries.hasNext()) {
          Map.Entry<String, JsonNode> entry = entries.next();
          members.set(entry.getKey(), rewrite((ObjectNode) entry.getValue()));
        }
      } else if (SCHEMA_LISTS.contains(key) && value.isArray()) {
        ArrayNode branches = out.putArray(key);
        for (JsonNode branch : value) {
          branches.add(rewrite((ObjectNode) branch));
        }
      } else if (key.equals("items") && value.isObject()) {
        out.set(key, rewrite((ObjectNode) value));
      } else if (!key.equals("pattern")) {
        out.set(key, value);
      }
    }
    JsonNode pattern = schema.get("pattern");
    if (pattern != null) {
      String description = schema.path("description").asText("");
      out.put("description", (description.isEmpty() ? "" : description + " ") + "(matches " + pattern.asText()
          + ")");
    }
    return withoutTypeList(out);
  }

  /** {@code "type": ["string", "null"]} as {@code anyOf} a string schema and a null one. */
  private static ObjectNode withoutTypeList(ObjectNode schema) {
    JsonNode type = schema.get("type");
    if (type == null || !type.isArray()) {
      return schema;
    }
    ArrayNode branches = NODES.arrayNode();
    boolean nullable = false;
    for (JsonNode one : type) {
      if (one.asText().equals("null")) {
        nullable = true;
      } else {
        ObjectNode branch = schema.deepCopy();
        branch.remove("description");
        branch.put("type", one.asText());
        JsonNode values = branch.get("enum");
        if (values != null) {
          ArrayNode kept = branch.putArray("enum");
          for (JsonNode value : values) {
            if (!value.isNull()) {
              kept.add(value);
            }
          }
        }
        branches.add(branch);
      }
    }
    if (nullable) {
      branches.add(NODES.objectNode().put("type", "null"));
    }
    ObjectNode anyOf = NODES.objectNode();
    if (schema.has("description")) {
      anyOf.set("description", schema.get("description"));
    }
    anyOf.set("anyOf", branches);
    return anyOf;
  }
}
