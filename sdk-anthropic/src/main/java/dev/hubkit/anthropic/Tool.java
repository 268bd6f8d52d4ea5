package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.core.StrictSchema;
import dev.hubkit.core.internal.Json;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A client tool ({@code name}, {@code description}, {@code input_schema}) that the application runs when Claude
 * answers with a {@link ToolUseBlock}; also any server tool given by its {@code type} (such as
 * {@code code_execution_20250522}), whose other settings go in {@link #extra()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTool.class)
@JsonDeserialize(as = ImmutableTool.class)
public interface Tool extends ToolDefinition {
  /**
   * Absent for a client tool ({@code custom}); a server tool's versioned type otherwise.
   *
   * @return absent for a client tool ({@code custom}); a server tool's versioned type otherwise
   */
  Optional<String> type();

  @Override
  String name();

  /**
   * What the tool does and when to use it; Claude reads it.
   *
   * @return what the tool does and when to use it; Claude reads it
   */
  Optional<String> description();

  /**
   * The JSON schema of the tool's input; required for client tools.
   *
   * @return the JSON schema of the tool's input; required for client tools
   */
  @JsonProperty("input_schema")
  Optional<JsonNode> inputSchema();

  /**
   * Whether Claude's tool input must follow the schema exactly (strict tool use, for the models that have
   * structured outputs); the schema must then set {@code additionalProperties: false} on every object.
   *
   * @return whether the tool is strict; absent leaves it to the API (not strict)
   */
  Optional<Boolean> strict();

  /**
   * A prompt-cache breakpoint after this tool (caches every tool up to here).
   *
   * @return A prompt-cache breakpoint after this tool (caches every tool up to here)
   */
  @JsonProperty("cache_control")
  Optional<CacheControl> cacheControl();

  /**
   * Further members, such as a server tool's settings.
   *
   * @return further members, such as a server tool's settings
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * A client tool.
   *
   * @param name the name Claude calls it by
   * @param description what it does
   * @param inputSchema the JSON schema of its input, as a Jackson tree
   * @return the tool
   */
  static Tool of(String name, String description, JsonNode inputSchema) {
    return builder().name(name).description(description).inputSchema(inputSchema).build();
  }

  /**
   * A client tool whose schema is given as maps and lists.
   *
   * @param name the name Claude calls it by
   * @param description what it does
   * @param inputSchema the JSON schema of its input
   * @return the tool
   */
  static Tool of(String name, String description, Map<String, ?> inputSchema) {
    return of(name, description, Json.mapper().<JsonNode>valueToTree(inputSchema));
  }

  /**
   * A client tool whose input schema is the strict schema of a Java type; read a call's input with
   * {@link ToolUseBlock#input(Class)}. Not strict, so every Claude model takes it; for strict tool use write
   * {@code Tool.builder().from(tool).strict(true).build()}. Forced with {@link ToolChoice#tool(String)}, it is also
   * how older models give structured output.
   *
   * @param name the name Claude calls it by
   * @param description what it does
   * @param inputType the class of its input: a plain class, a record or an Immutables value
   * @return the tool
   * @throws dev.hubkit.core.UnsupportedSchemaTypeException when the type cannot be expressed strictly
   */
  static Tool of(String name, String description, Class<?> inputType) {
    return of(name, description, StrictSchema.of(inputType).schema());
  }

  /**
   * A server tool HubKit has no typed value for.
   *
   * @param type its versioned type, such as {@code code_execution_20250522}
   * @param name its name, such as {@code code_execution}
   * @return the tool
   */
  static Tool server(String type, String name) {
    return builder().type(type).name(name).build();
  }

  /** Rejects a blank name, which the API answers with 400. */
  @Value.Check
  default void check() {
    if (name().trim().isEmpty()) {
      throw new IllegalArgumentException("a tool needs a name, such as get_weather");
    }
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Tool} values. */
  final class Builder extends ImmutableTool.Builder {}
}
