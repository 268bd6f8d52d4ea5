package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The result of a server tool: {@code web_search_tool_result}, {@code web_fetch_tool_result},
 * {@code code_execution_tool_result} and the other {@code *_tool_result} kinds the API runs. Its {@link #content()}
 * is kept as the JSON the API sent (search results with their encrypted content, or an error object), so it goes
 * back unchanged in the next turn.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableServerToolResultBlock.class)
@JsonDeserialize(as = ImmutableServerToolResultBlock.class)
public interface ServerToolResultBlock extends ContentBlock {
  /** The result's kind, such as {@code web_search_tool_result}. */
  @Override
  String type();

  /**
   * The id of the {@link ServerToolUseBlock} this answers.
   *
   * @return the id of the {@link ServerToolUseBlock} this answers
   */
  @JsonProperty("tool_use_id")
  String toolUseId();

  /**
   * The results (for web search, a list of {@code web_search_result}s) or an error object.
   *
   * @return the results (for web search, a list of {@code web_search_result}s) or an error object
   */
  JsonNode content();

  /**
   * Members HubKit does not model.
   *
   * @return members HubKit does not model
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ServerToolResultBlock} values. */
  final class Builder extends ImmutableServerToolResultBlock.Builder {}
}
