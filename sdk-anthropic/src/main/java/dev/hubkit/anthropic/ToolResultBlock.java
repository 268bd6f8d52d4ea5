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
 * A {@code tool_result} block of a user message: what a client tool returned for Claude's {@link ToolUseBlock},
 * as text or as blocks (text, images, documents), optionally marked as an error.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableToolResultBlock.class)
@JsonDeserialize(as = ImmutableToolResultBlock.class)
public interface ToolResultBlock extends ContentBlock {
  @Override
  @Value.Default
  default String type() {
    return "tool_result";
  }

  /**
   * The id of the {@link ToolUseBlock} this answers.
   *
   * @return the id of the {@link ToolUseBlock} this answers
   */
  @JsonProperty("tool_use_id")
  String toolUseId();

  /**
   * What the tool returned; a plain string on the wire is read as one text block.
   *
   * @return what the tool returned; a plain string on the wire is read as one text block
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<ContentBlock> content();

  /**
   * True when the tool failed and {@link #content()} says how.
   *
   * @return true when the tool failed and {@link #content()} says how
   */
  @JsonProperty("is_error")
  Optional<Boolean> isError();

  /**
   * A prompt-cache breakpoint after this block.
   *
   * @return A prompt-cache breakpoint after this block
   */
  @JsonProperty("cache_control")
  Optional<CacheControl> cacheControl();

  /**
   * Members HubKit does not model.
   *
   * @return members HubKit does not model
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * A successful result given as text.
   *
   * @param toolUseId the id of the tool call answered
   * @param text what the tool returned
   * @return the block
   */
  static ToolResultBlock of(String toolUseId, String text) {
    return builder().toolUseId(toolUseId).addContent(TextBlock.of(text)).build();
  }

  /**
   * A failed call, so that Claude can react to the failure.
   *
   * @param toolUseId the id of the tool call answered
   * @param message what went wrong
   * @return the block
   */
  static ToolResultBlock error(String toolUseId, String message) {
    return builder().toolUseId(toolUseId).addContent(TextBlock.of(message)).error(true).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ToolResultBlock} values. */
  final class Builder extends ImmutableToolResultBlock.Builder {}
}
