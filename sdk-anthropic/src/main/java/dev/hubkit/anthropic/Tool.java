package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
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
