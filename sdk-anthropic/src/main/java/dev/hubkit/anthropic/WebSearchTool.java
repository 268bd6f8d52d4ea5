package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The server-side web search tool ({@code web_search_20250305}): the API searches and answers with
 * {@link ServerToolUseBlock}s, {@link ServerToolResultBlock}s and cited text in the same reply.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableWebSearchTool.class)
@JsonDeserialize(as = ImmutableWebSearchTool.class)
public interface WebSearchTool extends ToolDefinition {
  /**
   * The tool's versioned type.
   *
   * @return the tool's versioned type
   */
  @Value.Default
  default String type() {
    return "web_search_20250305";
  }

  @Override
  @Value.Default
  default String name() {
    return "web_search";
  }

  /**
   * How many searches one request may run at most.
   *
   * @return how many searches one request may run at most
   */
  @JsonProperty("max_uses")
  Optional<Integer> maxUses();

  /**
   * Only these domains are searched.
   *
   * @return only these domains are searched
   */
  @JsonProperty("allowed_domains")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> allowedDomains();

  /**
   * These domains are never searched.
   *
   * @return these domains are never searched
   */
  @JsonProperty("blocked_domains")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> blockedDomains();

  /**
   * An approximate user location ({@code {"type":"approximate","city":...}}) for local results.
   *
   * @return an approximate user location ({@code {"type":"approximate","city":...}}) for local results
   */
  @JsonProperty("user_location")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, Object> userLocation();

  /**
   * A prompt-cache breakpoint after this tool.
   *
   * @return A prompt-cache breakpoint after this tool
   */
  @JsonProperty("cache_control")
  Optional<CacheControl> cacheControl();

  /**
   * Further members.
   *
   * @return further members
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * Web search with the API's defaults.
   *
   * @return the tool
   */
  static WebSearchTool of() {
    return builder().build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WebSearchTool} values. */
  final class Builder extends ImmutableWebSearchTool.Builder {}
}
