package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A content block of a kind HubKit does not model (such as {@code container_upload} or {@code mcp_tool_use}), kept
 * as the JSON object it was and written back exactly so.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableUnknownBlock.class)
public interface UnknownBlock extends ContentBlock {
  /** The block's {@code type} member. */
  @Override
  @Value.Derived
  default String type() {
    return json().path("type").asText("");
  }

  /**
   * The whole block as it came.
   *
   * @return the whole block as it came
   */
  @JsonValue
  JsonNode json();

  /**
   * Wraps a block's JSON.
   *
   * @param json a JSON object with a {@code type} member
   * @return the block
   */
  static UnknownBlock of(JsonNode json) {
    return ImmutableUnknownBlock.builder().json(json.deepCopy()).build();
  }
}
