package dev.hubkit.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * The tool a request forces the model to call, for FakeHub's unscripted answer to it: a call of that tool whose
 * input follows the tool's schema ({@link SchemaSample}), as the model would have to answer.
 */
final class ForcedTool {
  final String name;
  final String inputJson;

  private ForcedTool(String name, JsonNode schema, String text) {
    this.name = name;
    this.inputJson = SchemaSample.of(schema, text).toString();
  }

  /**
   * Claude: {@code tool_choice} {@code {"type":"tool","name":...}} names the tool, {@code {"type":"any"}} takes the
   * first tool with an {@code input_schema} (server tools have none).
   *
   * @return the forced call, or null when the request forces none
   */
  static ForcedTool claude(JsonNode body, String text) {
    JsonNode choice = body.path("tool_choice");
    String type = choice.path("type").asText();
    if (!"tool".equals(type) && !"any".equals(type)) {
      return null;
    }
    for (JsonNode tool : body.path("tools")) {
      if (tool.path("input_schema").isObject()
          && ("any".equals(type) || tool.path("name").asText().equals(choice.path("name").asText()))) {
        return new ForcedTool(tool.path("name").asText(), tool.path("input_schema"), text);
      }
    }
    return null;
  }

  /**
   * Gemini: {@code toolConfig.functionCallingConfig.mode} {@code ANY} forces a call of the first declared function
   * among {@code allowedFunctionNames} (any when none), its args following {@code parametersJsonSchema} or the
   * OpenAPI-subset {@code parameters}.
   *
   * @return the forced call, or null when the request forces none
   */
  static ForcedTool gemini(JsonNode body, String text) {
    JsonNode config = body.path("toolConfig").path("functionCallingConfig");
    if (!"ANY".equals(config.path("mode").asText())) {
      return null;
    }
    JsonNode allowed = config.path("allowedFunctionNames");
    for (JsonNode tool : body.path("tools")) {
      for (JsonNode function : tool.path("functionDeclarations")) {
        String name = function.path("name").asText();
        if (allowed.size() == 0 || contains(allowed, name)) {
          JsonNode schema = function.path("parametersJsonSchema").isObject()
              ? function.path("parametersJsonSchema") : lowerCaseTypes(function.path("parameters"));
          return new ForcedTool(name, schema.isObject() ? schema : Wire.object().put("type", "object"), text);
        }
      }
    }
    return null;
  }

  private static boolean contains(JsonNode names, String name) {
    for (JsonNode allowed : names) {
      if (allowed.asText().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The OpenAPI subset's {@code "type": "OBJECT"} as JSON Schema's {@code "object"}, everywhere in the schema. */
  private static JsonNode lowerCaseTypes(JsonNode schema) {
    if (!schema.isContainerNode()) {
      return schema;
    }
    JsonNode copy = schema.deepCopy();
    lowerInPlace(copy);
    return copy;
  }

  @SuppressWarnings("deprecation") // fields(): its replacement, properties(), is Jackson 2.15+
  private static void lowerInPlace(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      JsonNode type = object.get("type");
      if (type != null && type.isTextual()) {
        object.put("type", type.asText().toLowerCase(Locale.ROOT));
      }
      for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
        lowerInPlace(fields.next().getValue());
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        lowerInPlace(item);
      }
    }
  }
}
