package dev.hubkit.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The strict-mode rules of {@code $ref}s and nulls: a {@code $ref} may have no sibling keyword, so a described or
 * nullable reference becomes an {@code anyOf} (or, when the definition is complete, a described copy of it), and
 * only the definitions some {@code $ref} reaches are sent.
 */
final class SchemaReferences {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String DEFS = "#/$defs/";

  private SchemaReferences() {}

  /** {@code schema} that also accepts null: {@code "type": [..., "null"]}, or an {@code anyOf} with null. */
  static ObjectNode nullable(ObjectNode schema) {
    JsonNode type = schema.get("type");
    if (type != null && type.isTextual()) {
      schema.set("type", NODES.arrayNode().add(type.asText()).add("null"));
      JsonNode values = schema.get("enum");
      if (values != null) {
        ((ArrayNode) values).addNull();
      }
      return schema;
    }
    ObjectNode nullType = NODES.objectNode().put("type", "null");
    if (schema.has("anyOf")) {
      ((ArrayNode) schema.get("anyOf")).add(nullType);
      return schema;
    }
    ObjectNode anyOf = NODES.objectNode();
    anyOf.putArray("anyOf").add(schema).add(nullType);
    return anyOf;
  }

  /**
   * {@code schema} with a description. A bare {@code $ref} to a complete definition becomes a copy of that
   * definition (as OpenAI's own SDKs do it); one to a definition still being built (recursion) an {@code anyOf}.
   */
  static ObjectNode described(ObjectNode schema, String description, Map<String, ObjectNode> definitions,
      Set<String> inProgress) {
    JsonNode ref = schema.get("$ref");
    if (ref == null) {
      schema.put("description", description);
      return schema;
    }
    String name = ref.asText().startsWith(DEFS) ? ref.asText().substring(DEFS.length()) : "#";
    ObjectNode described = NODES.objectNode().put("description", description);
    if (inProgress.contains(name)) {
      described.putArray("anyOf").add(schema);
      return described;
    }
    ObjectNode definition = definitions.get(name).deepCopy();
    Iterator<String> keywords = definition.fieldNames();
    while (keywords.hasNext()) {
      String keyword = keywords.next();
      if (!keyword.equals("description")) {
        described.set(keyword, definition.get(keyword));
      }
    }
    return described;
  }

  /** Puts into {@code root} the {@code $defs} that a {@code $ref} reaches, in the order they were made. */
  static void keepReachableDefinitions(ObjectNode root, Map<String, ObjectNode> definitions) {
    Set<String> reached = new LinkedHashSet<>();
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.add(root);
    while (!pending.isEmpty()) {
      JsonNode node = pending.poll();
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.asText().startsWith(DEFS)) {
        String name = ref.asText().substring(DEFS.length());
        if (reached.add(name)) {
          pending.add(definitions.get(name));
        }
      }
      for (JsonNode child : node) {
        if (child.isContainerNode()) {
          pending.add(child);
        }
      }
    }
    if (reached.isEmpty()) {
      return;
    }
    ObjectNode defs = root.putObject("$defs");
    for (Map.Entry<String, ObjectNode> definition : definitions.entrySet()) {
      if (reached.contains(definition.getKey())) {
        defs.set(definition.getKey(), definition.getValue());
      }
    }
  }
}
