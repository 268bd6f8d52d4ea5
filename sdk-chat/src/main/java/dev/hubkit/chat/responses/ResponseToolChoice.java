package dev.hubkit.chat.responses;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.internal.Json;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Whether and which tool the model must use: {@link #NONE}, {@link #AUTO}, {@link #REQUIRED}, one function
 * ({@code {"type":"function","name":...}}) or one built-in tool ({@code {"type":"file_search"}}).
 */
public final class ResponseToolChoice {
  private static final com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>> OBJECT =
      new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {};
  /** The model uses no tool. */
  public static final ResponseToolChoice NONE = new ResponseToolChoice("none");
  /** The model decides. */
  public static final ResponseToolChoice AUTO = new ResponseToolChoice("auto");
  /** The model must use at least one tool. */
  public static final ResponseToolChoice REQUIRED = new ResponseToolChoice("required");

  private final Object value;

  private ResponseToolChoice(Object value) {
    this.value = value;
  }

  /**
   * @param name the function's name
   * @return a choice that makes the model call that function
   */
  public static ResponseToolChoice function(String name) {
    Map<String, Object> choice = new LinkedHashMap<>();
    choice.put("type", "function");
    choice.put("name", Objects.requireNonNull(name, "name"));
    return new ResponseToolChoice(Collections.unmodifiableMap(choice));
  }

  /**
   * @param type a built-in tool's type, such as {@code file_search}, {@code image_generation} or
   *     {@code code_interpreter}
   * @return a choice that makes the model use that tool
   */
  public static ResponseToolChoice builtIn(String type) {
    return new ResponseToolChoice(Collections.singletonMap("type", Objects.requireNonNull(type, "type")));
  }

  @JsonCreator
  static ResponseToolChoice fromJson(JsonNode node) {
    if (node.isTextual()) {
      String mode = node.textValue();
      return "none".equals(mode) ? NONE : "auto".equals(mode) ? AUTO
          : "required".equals(mode) ? REQUIRED : new ResponseToolChoice(mode);
    }
    Map<String, Object> choice = Json.mapper().convertValue(node, OBJECT);
    return new ResponseToolChoice(Collections.unmodifiableMap(choice));
  }

  @JsonValue
  Object jsonValue() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ResponseToolChoice && ((ResponseToolChoice) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "ResponseToolChoice{" + value + "}";
  }
}
