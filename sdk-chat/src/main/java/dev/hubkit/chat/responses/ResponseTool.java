package dev.hubkit.chat.responses;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.core.StrictSchema;
import dev.hubkit.core.internal.Json;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A tool the model may use: a {@code function} of the app ({@link #function}), or one the hub runs itself:
 * {@link #webSearch()}, {@link #fileSearch}, {@link #codeInterpreter()}, {@link #mcp} (a remote MCP server). A
 * tool HubKit does not model is written from its JSON with {@link #json(Map)}. The {@link #headers()} of an MCP
 * server (they often carry its credentials) never appear in {@code toString()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableResponseTool.class)
@JsonDeserialize(as = ImmutableResponseTool.class)
public interface ResponseTool {
  /**
   * The tool's kind: {@code function}, {@code web_search}, {@code file_search}, {@code code_interpreter}, ...
   *
   * @return the tool's kind, such as {@code function} or {@code web_search}
   */
  String type();

  /**
   * A function's name.
   *
   * @return the function's name; empty for the hub's own tools
   */
  Optional<String> name();

  /**
   * What a function does, for the model.
   *
   * @return the function's description; empty for the hub's own tools, and for a function declared without one
   */
  Optional<String> description();

  /**
   * A function's parameters as a JSON schema.
   *
   * @return the function's parameters schema, as JSON members; empty for the hub's own tools
   */
  @AllowNulls
  Optional<Map<String, Object>> parameters();

  /**
   * Whether the model must follow a function's schema exactly (OpenAI's strict mode).
   *
   * @return whether the model must follow the function's schema exactly; empty for the hub's own tools, and to
   *     leave it to the hub
   */
  Optional<Boolean> strict();

  /**
   * The vector stores a {@code file_search} searches.
   *
   * @return the ids of the vector stores; empty for other tools (then not written)
   */
  @JsonProperty("vector_store_ids")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> vectorStoreIds();

  /**
   * The most results a {@code file_search} returns.
   *
   * @return the most results; empty for the hub's default
   */
  @JsonProperty("max_num_results")
  Optional<Integer> maxNumResults();

  /**
   * How much context a {@code web_search} gathers: {@code low}, {@code medium} or {@code high}.
   *
   * @return how much context the search gathers; empty for the hub's default
   */
  @JsonProperty("search_context_size")
  Optional<String> searchContextSize();

  /**
   * A {@code code_interpreter}'s container: a container id, or {@code {"type":"auto"}}.
   *
   * @return the container's id (a {@code String}) or how to make one (a map); empty for other tools
   */
  Optional<Object> container();

  /**
   * The label an {@code mcp} server's calls carry.
   *
   * @return the MCP server's label; empty for other tools
   */
  @JsonProperty("server_label")
  Optional<String> serverLabel();

  /**
   * The URL of an {@code mcp} server.
   *
   * @return the MCP server's URL; empty for other tools
   */
  @JsonProperty("server_url")
  Optional<String> serverUrl();

  /**
   * HTTP headers for an {@code mcp} server, such as its authorization; never printed.
   *
   * @return the headers sent to the MCP server, by name; empty for none (then not written)
   */
  @Value.Redacted
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, String> headers();

  /**
   * Whether an {@code mcp} call needs the app's approval: {@code always}, {@code never}, or per tool.
   *
   * @return {@code always}, {@code never}, or the approval rules by tool; empty for the hub's default
   */
  @JsonProperty("require_approval")
  Optional<Object> requireApproval();

  /**
   * Members HubKit does not model, written as given.
   *
   * @return the members written besides the modelled ones, by name; empty for none
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * @param name the function's name
   * @param description what it does, for the model
   * @param parameters its parameters as a JSON schema (an object schema)
   * @return a function tool, not strict
   */
  static ResponseTool function(String name, String description, Map<String, ?> parameters) {
    return function(name, description, parameters, false);
  }

  /**
   * @param name the function's name
   * @param description what it does, for the model
   * @param parameters its parameters as a JSON schema (an object schema)
   * @param strict whether the model must follow the schema exactly (the schema must then mark every property
   *     required and set {@code additionalProperties: false})
   * @return a function tool
   */
  static ResponseTool function(String name, String description, Map<String, ?> parameters, boolean strict) {
    return builder().type("function").name(Objects.requireNonNull(name, "name")).description(description)
        .parameters(new LinkedHashMap<String, Object>(Objects.requireNonNull(parameters, "parameters")))
        .strict(strict).build();
  }

  /**
   * A strict function tool whose parameters are the strict schema of a Java type; read a call's arguments with
   * {@code item.arguments(type)}.
   *
   * @param name the function's name
   * @param description what it does, for the model
   * @param parameters the class of its arguments: a plain class, a record or an Immutables value
   * @return a function tool with {@code strict: true}
   * @throws dev.hubkit.core.UnsupportedSchemaTypeException when the type cannot be expressed strictly
   */
  @SuppressWarnings("unchecked")
  static ResponseTool function(String name, String description, Class<?> parameters) {
    return function(name, description,
        Json.mapper().convertValue(StrictSchema.of(parameters).schema(), Map.class), true);
  }

  /** @return the hub's web search tool */
  static ResponseTool webSearch() {
    return builder().type("web_search").build();
  }

  /**
   * @param vectorStoreIds the vector stores to search
   * @return the hub's file search tool over these stores
   */
  static ResponseTool fileSearch(String... vectorStoreIds) {
    return builder().type("file_search").addAllVectorStoreIds(Arrays.asList(vectorStoreIds)).build();
  }

  /** @return the hub's code interpreter in a container it creates ({@code {"type":"auto"}}) */
  static ResponseTool codeInterpreter() {
    return builder().type("code_interpreter").container(Collections.singletonMap("type", "auto")).build();
  }

  /**
   * @param serverLabel the label the server's calls carry
   * @param serverUrl the server's URL
   * @return a remote MCP server's tools
   */
  static ResponseTool mcp(String serverLabel, String serverUrl) {
    return builder().type("mcp").serverLabel(Objects.requireNonNull(serverLabel, "serverLabel"))
        .serverUrl(Objects.requireNonNull(serverUrl, "serverUrl")).build();
  }

  /**
   * A tool HubKit does not model, such as {@code image_generation}, written exactly as given.
   *
   * @param json the tool's JSON members
   * @return the tool
   * @throws IllegalArgumentException when {@code json} has no string {@code type}
   */
  static ResponseTool json(Map<String, ?> json) {
    Object type = json.get("type");
    if (!(type instanceof String)) {
      throw new IllegalArgumentException("a tool needs a string \"type\" member, such as \"image_generation\"; got "
          + json.keySet());
    }
    Map<String, Object> rest = new LinkedHashMap<String, Object>(json);
    rest.remove("type");
    return builder().type((String) type).putAllExtra(rest).build();
  }

  /** @return a builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ResponseTool} values. */
  final class Builder extends ImmutableResponseTool.Builder {}
}
