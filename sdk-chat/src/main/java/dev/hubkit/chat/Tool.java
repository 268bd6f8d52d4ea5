package dev.hubkit.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** A tool the model may call; HubKit models function tools ({@code {"type":"function","function":{...}}}). */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTool.class)
@JsonDeserialize(as = ImmutableTool.class)
public interface Tool {
  /** The tool kind, {@code function}. */
  @Value.Default
  default String type() {
    return "function";
  }

  /** The function's declaration. */
  FunctionDefinition function();

  /** A function tool. */
  static Tool function(FunctionDefinition function) {
    return builder().function(function).build();
  }

  /**
   * A function tool whose parameters schema is given as maps and lists.
   *
   * @throws IllegalArgumentException when the name is blank
   */
  static Tool function(String name, String description, Map<String, ?> parameters) {
    return function(FunctionDefinition.builder().name(name).description(description).parameters(parameters).build());
  }

  /** A function tool whose parameters schema is a Jackson tree. */
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

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Tool} values. */
  final class Builder extends ImmutableTool.Builder {}
}
