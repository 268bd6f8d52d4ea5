package dev.hubkit.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Iterator;
import java.util.regex.Pattern;

/**
 * Finds the first place where a JSON value departs from a schema made by {@link SchemaGenerator}: a property
 * missing or of the wrong kind, a value outside an enum or a pattern. It knows the keywords the generator writes
 * ({@code type}, {@code enum}, {@code pattern}, {@code properties}, {@code required}, {@code items}, {@code anyOf},
 * {@code $ref}); properties the schema does not name are tolerated, as HubKit's mapper ignores them.
 */
public final class SchemaMismatch {
  private static final int SHOWN_VALUE = 60;

  private final JsonNode root;
  private String path = "";
  private String problem;
  private int matched;

  private SchemaMismatch(JsonNode root) {
    this.root = root;
  }

  /**
   * The first mismatch of {@code value} against {@code schema}.
   *
   * @param schema the whole schema, whose {@code $defs} the {@code $ref}s name
   * @param value the JSON value to check
   * @return {@code null} when the value matches, else where and how it does not
   */
  public static SchemaMismatch find(JsonNode schema, JsonNode value) {
    SchemaMismatch mismatch = new SchemaMismatch(schema);
    return mismatch.matches(schema, value, "") ? null : mismatch;
  }

  /**
   * Where the value departs from the schema.
   *
   * @return the property path, such as {@code forecast[1].sky}; {@code ""} for the value as a whole
   */
  public String path() {
    return path;
  }

  /**
   * What was wrong there.
   *
   * @return such as {@code expected a number, got "warm"}
   */
  public String problem() {
    return problem;
  }

  private boolean matches(JsonNode schema, JsonNode value, String at) {
    JsonNode ref = schema.get("$ref");
    if (ref != null) {
      return matches(resolve(ref.asText()), value, at);
    }
    JsonNode anyOf = schema.get("anyOf");
    if (anyOf != null) {
      return matchesOne(anyOf, value, at);
    }
    if (!matchesType(schema.get("type"), value)) {
      return fail(at, "expected " + expected(schema) + ", got " + shown(value));
    }
    if (value.isNull()) {
      return true;
    }
    JsonNode values = schema.get("enum");
    if (values != null && !contains(values, value)) {
      return fail(at, "expected " + expected(schema) + ", got " + shown(value));
    }
    JsonNode pattern = schema.get("pattern");
    if (pattern != null && !Pattern.compile(pattern.asText()).matcher(value.asText()).find()) {
      return fail(at, "expected a string matching " + pattern.asText() + ", got " + shown(value));
    }
    if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        if (!matches(schema.get("items"), value.get(i), at + "[" + i + "]")) {
          return false;
        }
      }
    }
    return !value.isObject() || matchesProperties(schema, value, at);
  }

  /** Matches one branch; when none does, reports the one that matched most (such as the subtype whose id fits). */
  private boolean matchesOne(JsonNode anyOf, JsonNode value, String at) {
    SchemaMismatch furthest = null;
    for (JsonNode branch : anyOf) {
      SchemaMismatch attempt = new SchemaMismatch(root);
      if (attempt.matches(branch, value, at)) {
        return true;
      }
      boolean nullBranch = "null".equals(branch.path("type").asText());
      if (!nullBranch && (furthest == null || attempt.matched > furthest.matched)) {
        furthest = attempt;
      }
    }
    return furthest == null ? fail(at, "got " + shown(value)) : fail(furthest.path, furthest.problem);
  }


  private boolean matchesProperties(JsonNode schema, JsonNode value, String at) {
    JsonNode properties = schema.path("properties");
    Iterator<String> names = properties.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      JsonNode propertySchema = properties.get(name);
      String propertyPath = at.isEmpty() ? name : at + "." + name;
      JsonNode propertyValue = value.get(name);
      if (propertyValue == null) {
        if (!new SchemaMismatch(root).matches(propertySchema, NullNode.getInstance(), propertyPath)) {
          return fail(propertyPath, "the property is missing (expected " + expected(propertySchema) + ")");
        }
      } else if (!matches(propertySchema, propertyValue, propertyPath)) {
        return false;
      }
      matched++;
    }
    return true;
  }

  private JsonNode resolve(String ref) {
    return ref.equals("#") ? root : root.path("$defs").path(ref.substring("#/$defs/".length()));
  }

  private static boolean matchesType(JsonNode type, JsonNode value) {
    if (type == null) {
      return true;
    }
    if (type.isArray()) {
      for (JsonNode one : type) {
        if (matchesType(one, value)) {
          return true;
        }
      }
      return false;
    }
    switch (type.asText()) {
      case "string": return value.isTextual();
      case "integer": return value.isIntegralNumber() || value.isNumber() && value.asDouble() % 1 == 0;
      case "number": return value.isNumber();
      case "boolean": return value.isBoolean();
      case "array": return value.isArray();
      case "object": return value.isObject();
      case "null": return value.isNull();
      default: return true;
    }
  }

  private static boolean contains(JsonNode values, JsonNode value) {
    for (JsonNode allowed : values) {
      if (allowed.equals(value) || allowed.isNumber() && value.isNumber() && allowed.asDouble() == value.asDouble()) {
        return true;
      }
    }
    return false;
  }

  private String expected(JsonNode schema) {
    if (schema.has("$ref")) {
      return expected(resolve(schema.get("$ref").asText()));
    }
    if (schema.has("anyOf")) {
      StringBuilder kinds = new StringBuilder();
      for (JsonNode branch : schema.get("anyOf")) {
        kinds.append(kinds.length() == 0 ? "" : " or ").append(expected(branch));
      }
      return kinds.toString();
    }
    if (schema.has("enum")) {
      return "one of " + schema.get("enum");
    }
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      StringBuilder kinds = new StringBuilder();
      for (JsonNode one : type) {
        kinds.append(kinds.length() == 0 ? "" : " or ").append(article(one.asText()));
      }
      return kinds.toString();
    }
    return type.isMissingNode() ? "a value" : article(type.asText());
  }

  private static String article(String type) {
    switch (type) {
      case "null": return "null";
      case "array": return "an array";
      case "object": return "an object";
      case "integer": return "an integer";
      default: return "a " + type;
    }
  }

  private static String shown(JsonNode value) {
    String text = value.toString();
    String kind = value.isTextual() ? "" : value.isObject() ? "an object " : value.isArray() ? "an array " : "";
    return kind + (text.length() <= SHOWN_VALUE ? text : text.substring(0, SHOWN_VALUE) + "...");
  }

  private boolean fail(String at, String what) {
    path = at;
    problem = what;
    return false;
  }
}
