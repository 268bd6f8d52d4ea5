package dev.hubkit.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A JSON value following a {@code json_schema} response format, for FakeHub's echo reply to such a request: every
 * property present, strings the echo text (or a value of their format or pattern), numbers 0, booleans false,
 * enums their first value, arrays one item, nullable values null once nesting is deep (so recursion ends).
 */
final class SchemaSample {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int DEEP = 3;
  private static final List<String> PATTERN_CANDIDATES = Arrays.asList("2026-01-01T00:00:00", "00:00:00",
      "2026-01", "--01-01", "2026-01-01", "0");

  private final JsonNode root;
  private final String text;

  private SchemaSample(JsonNode root, String text) {
    this.root = root;
    this.text = text;
  }

  static JsonNode of(JsonNode schema, String text) {
    return new SchemaSample(schema, text).sample(schema, 0);
  }

  private JsonNode sample(JsonNode schema, int depth) {
    JsonNode ref = schema.get("$ref");
    if (ref != null) {
      String name = ref.asText();
      return sample(name.equals("#") ? root : root.path("$defs").path(name.substring(name.lastIndexOf('/') + 1)),
          depth + 1);
    }
    JsonNode anyOf = schema.get("anyOf");
    if (anyOf != null) {
      JsonNode chosen = null;
      boolean nullable = false;
      for (JsonNode branch : anyOf) {
        if ("null".equals(branch.path("type").asText())) {
          nullable = true;
        } else if (chosen == null) {
          chosen = branch;
        }
      }
      return chosen == null || nullable && depth >= DEEP ? NODES.nullNode() : sample(chosen, depth);
    }
    JsonNode values = schema.get("enum");
    if (values != null && values.size() > 0) {
      return values.get(0);
    }
    String type = type(schema.path("type"));
    if (type.equals("null") || isNullable(schema.path("type")) && depth >= DEEP) {
      return NODES.nullNode();
    }
    switch (type) {
      case "object": return object(schema, depth);
      case "array": return array(schema, depth);
      case "integer": return NODES.numberNode(0);
      case "number": return NODES.numberNode(0.0);
      case "boolean": return NODES.booleanNode(false);
      case "string": return NODES.textNode(string(schema));
      default: return NODES.textNode(text);
    }
  }

  private JsonNode object(JsonNode schema, int depth) {
    ObjectNode object = NODES.objectNode();
    JsonNode properties = schema.path("properties");
    Iterator<String> names = properties.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      object.set(name, sample(properties.get(name), depth + 1));
    }
    return object;
  }

  private JsonNode array(JsonNode schema, int depth) {
    ArrayNode array = NODES.arrayNode();
    if (depth < DEEP && schema.has("items")) {
      array.add(sample(schema.get("items"), depth + 1));
    }
    return array;
  }

  private String string(JsonNode schema) {
    switch (schema.path("format").asText()) {
      case "date-time": return "2026-01-01T00:00:00Z";
      case "date": return "2026-01-01";
      case "time": return "00:00:00Z";
      case "duration": return "PT0S";
      case "uuid": return "00000000-0000-0000-0000-000000000000";
      case "email": return "echo@example.com";
      default: break;
    }
    if (schema.has("pattern")) {
      Pattern pattern = Pattern.compile(schema.get("pattern").asText());
      for (String candidate : PATTERN_CANDIDATES) {
        if (pattern.matcher(candidate).find()) {
          return candidate;
        }
      }
    }
    return text;
  }

  private static String type(JsonNode type) {
    if (!type.isArray()) {
      return type.asText("");
    }
    for (JsonNode one : type) {
      if (!one.asText().equals("null")) {
        return one.asText();
      }
    }
    return "null";
  }

  private static boolean isNullable(JsonNode type) {
    for (JsonNode one : type) {
      if (one.asText().equals("null")) {
        return true;
      }
    }
    return false;
  }
}
