package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Whether and which tool the model must call: {@link #NONE}, {@link #AUTO}, {@link #REQUIRED} (written as those
 * strings) or one named function ({@code {"type":"function","function":{"name":...}}}).
 */
public final class ToolChoice {
  /** The model calls no tool. */
  public static final ToolChoice NONE = new ToolChoice("none");
  /** The model decides. */
  public static final ToolChoice AUTO = new ToolChoice("auto");
  /** The model must call at least one tool. */
  public static final ToolChoice REQUIRED = new ToolChoice("required");

  private final Object value;

  private ToolChoice(Object value) {
    this.value = value;
  }

  /**
   * The model must call the function {@code name}.
   *
   * @param name the name of one of the request's functions
   * @return the choice, sent as {@code {"type":"function","function":{"name":...}}}
   */
  public static ToolChoice function(String name) {
    Map<String, Object> function = new LinkedHashMap<>();
    function.put("type", "function");
    function.put("function", Collections.singletonMap("name", Objects.requireNonNull(name, "name")));
    return new ToolChoice(Collections.unmodifiableMap(function));
  }

  @JsonCreator
  static ToolChoice fromJson(JsonNode node) {
    if (node.isTextual()) {
      return "none".equals(node.textValue()) ? NONE
          : "auto".equals(node.textValue()) ? AUTO
          : "required".equals(node.textValue()) ? REQUIRED : new ToolChoice(node.textValue());
    }
    return function(node.path("function").path("name").asText());
  }

  @JsonValue
  Object jsonValue() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ToolChoice && ((ToolChoice) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
