package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A tool the model may call: a function tool ({@code {"type":"function","function":{...}}}) or a custom tool
 * ({@code {"type":"custom","custom":{"name":...,"description":...,"format":...}}}), whose calls carry free-form
 * input instead of JSON arguments (see {@link ToolCall#custom()}).
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTool.class)
@JsonDeserialize(as = ImmutableTool.class)
public interface Tool {
  /** @return the tool kind, {@code function} or {@code custom} */
  @Value.Default
  default String type() {
    return "function";
  }

  /** @return the function's declaration, for a function tool */
  @JsonProperty("function")
  Optional<FunctionDefinition> functionDefinition();

  /** @return a custom tool's properties ({@code name}, {@code description}, {@code format}); empty otherwise */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, Object> custom();

  /**
   * The function of a function tool.
   *
   * @return its declaration
   * @throws IllegalStateException for a custom tool
   */
  default FunctionDefinition function() {
    return functionDefinition().orElseThrow(() -> new IllegalStateException("a " + type() + " tool declares no"
        + " function: read custom() instead"));
  }

  /**
   * @param function the function's declaration
   * @return a function tool
   */
  static Tool function(FunctionDefinition function) {
    return builder().function(function).build();
  }

  /**
   * A function tool whose parameters schema is given as maps and lists.
   *
   * @param name the function's name
   * @param description what it does
   * @param parameters its JSON schema
   * @return a function tool
   * @throws IllegalArgumentException when the name is blank
   */
  static Tool function(String name, String description, Map<String, ?> parameters) {
    return function(FunctionDefinition.builder().name(name).description(description).parameters(parameters).build());
  }

  /**
   * A function tool whose parameters schema is a Jackson tree.
   *
   * @param name the function's name
   * @param description what it does
   * @param parameters its JSON schema
   * @return a function tool
   */
  static Tool function(String name, String description, JsonNode parameters) {
    return function(FunctionDefinition.builder().name(name).description(description).parameters(parameters).build());
  }

  /**
   * A strict function tool whose parameters are the strict schema of a Java type; read a call's arguments with
   * {@link FunctionCall#arguments(Class)}.
   *
   * @param name the function's name: letters, digits, underscores and dashes
   * @param description what the function does; the model uses it to decide when to call it
   * @param parameters the arguments' class: a plain class, a record or an Immutables value
   * @return the tool, with {@code strict: true}
   * @throws IllegalArgumentException when the name is blank
   * @throws dev.hubkit.core.UnsupportedSchemaTypeException when the type cannot be expressed strictly
   */
  static Tool function(String name, String description, Class<?> parameters) {
    return function(FunctionDefinition.builder().name(name).description(description).parameters(parameters).build());
  }

  /**
   * A custom tool taking unconstrained text.
   *
   * @param name the tool's name, quoted by its calls
   * @param description what it does, for the model
   * @return a custom tool
   * @throws IllegalArgumentException when the name is blank
   */
  static Tool custom(String name, String description) {
    return custom(name, description, null);
  }

  /**
   * A custom tool whose input follows {@code format}, such as
   * {@code {"type":"grammar","grammar":{"syntax":"lark","definition":"..."}}}.
   *
   * @param name the tool's name
   * @param description what it does, or null
   * @param format the input format, or null for unconstrained text
   * @return a custom tool
   * @throws IllegalArgumentException when the name is blank
   */
  static Tool custom(String name, String description, Map<String, ?> format) {
    if (name == null || name.trim().isEmpty()) {
      throw new IllegalArgumentException("a custom tool needs a name: Tool.custom(\"name\", \"what it does\")");
    }
    Map<String, Object> custom = new LinkedHashMap<>();
    custom.put("name", name);
    if (description != null) {
      custom.put("description", description);
    }
    if (format != null) {
      custom.put("format", format);
    }
    return builder().type("custom").custom(custom).build();
  }

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Tool} values. */
  final class Builder extends ImmutableTool.Builder {
    /**
     * Sets the function of a function tool.
     *
     * @param function its declaration
     * @return this builder
     */
    public Builder function(FunctionDefinition function) {
      functionDefinition(Objects.requireNonNull(function, "function"));
      return this;
    }
  }
}
