package dev.hubkit.core.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OpenAI's documented rules for strict structured outputs, checked on a schema: the root is an object (not an
 * {@code anyOf}); every object lists all its properties as required and has {@code additionalProperties: false};
 * a {@code $ref} has no sibling keyword; only the supported keywords and string formats appear.
 */
public final class StrictModeRules {
  private static final Set<String> KEYWORDS = new HashSet<>(Arrays.asList("type", "description", "properties",
      "required", "additionalProperties", "items", "enum", "anyOf", "$ref", "$defs", "format", "pattern"));
  private static final Set<String> FORMATS = new HashSet<>(Arrays.asList("date-time", "time", "date",
      "duration", "email", "hostname", "ipv4", "ipv6", "uuid"));

  private StrictModeRules() {}

  /** Every rule {@code schema} breaks, with where; empty when it follows them all. */
  public static List<String> violations(JsonNode schema) {
    List<String> violations = new ArrayList<>();
    if (!"object".equals(schema.path("type").asText()) || schema.has("anyOf")) {
      violations.add("$: the root must be an object schema, not " + schema.path("type"));
    }
    check(schema, "$", violations);
    return violations;
  }

  @SuppressWarnings("deprecation") // fields(): properties() is Jackson 2.15+, and the tests also run on 2.12
  private static void check(JsonNode schema, String at, List<String> violations) {
    Iterator<String> names = schema.fieldNames();
    while (names.hasNext()) {
      String keyword = names.next();
      if (!KEYWORDS.contains(keyword)) {
        violations.add(at + ": unsupported keyword " + keyword);
      }
    }
    if (schema.has("$ref") && schema.size() > 1) {
      violations.add(at + ": $ref with sibling keywords " + schema);
    }
    if (schema.has("format") && !FORMATS.contains(schema.get("format").asText())) {
      violations.add(at + ": unsupported format " + schema.get("format"));
    }
    boolean object = schema.path("type").asText().equals("object") || contains(schema.path("type"), "object");
    if (object) {
      List<String> properties = new ArrayList<>();
      schema.path("properties").fieldNames().forEachRemaining(properties::add);
      List<String> required = new ArrayList<>();
      schema.path("required").forEach(name -> required.add(name.asText()));
      if (!properties.equals(required)) {
        violations.add(at + ": required " + required + " is not every property " + properties);
      }
      if (!schema.path("additionalProperties").isBoolean() || schema.get("additionalProperties").asBoolean()) {
        violations.add(at + ": additionalProperties must be false");
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      check(property.getValue(), at + ".properties." + property.getKey(), violations);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("$defs").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> definition = it.next();
      check(definition.getValue(), at + ".$defs." + definition.getKey(), violations);
    }
    if (schema.has("items")) {
      check(schema.get("items"), at + ".items", violations);
    }
    for (int i = 0; i < schema.path("anyOf").size(); i++) {
      check(schema.get("anyOf").get(i), at + ".anyOf[" + i + "]", violations);
    }
  }

  private static boolean contains(JsonNode types, String type) {
    for (JsonNode one : types) {
      if (one.asText().equals(type)) {
        return true;
      }
    }
    return false;
  }
}
