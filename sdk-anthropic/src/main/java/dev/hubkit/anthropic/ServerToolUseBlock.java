package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A {@code server_tool_use} block: Claude used a tool the API runs itself (such as {@code web_search}); its
 * {@link ServerToolResultBlock} follows in the same reply, so the application answers nothing.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableServerToolUseBlock.class)
@JsonDeserialize(as = ImmutableServerToolUseBlock.class)
public interface ServerToolUseBlock extends ContentBlock {
  @Override
  @Value.Default
  default String type() {
    return "server_tool_use";
  }

  /**
   * The call's id, such as {@code srvtoolu_01WYG3ziw53XMcoyKL4XcZmE}.
   *
   * @return the call's id, such as {@code srvtoolu_01WYG3ziw53XMcoyKL4XcZmE}
   */
  String id();

  /**
   * The server tool's name, such as {@code web_search}.
   *
   * @return the server tool's name, such as {@code web_search}
   */
  String name();

  /**
   * The arguments, such as {@code {"query": "..."}}.
   *
   * @return the arguments, such as {@code {"query": "..."}}
   */
  JsonNode input();

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

  /** Builds {@link ServerToolUseBlock} values. */
  final class Builder extends ImmutableServerToolUseBlock.Builder {}
}
