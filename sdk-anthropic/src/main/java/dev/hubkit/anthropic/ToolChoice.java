package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether and which tool Claude must use: {@link #auto()}, {@link #any()}, {@link #none()} or {@link #tool(String)},
 * optionally with parallel tool use turned off. With extended thinking only {@code auto} and {@code none} are allowed.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableToolChoice.class)
@JsonDeserialize(as = ImmutableToolChoice.class)
public interface ToolChoice {
  /**
   * {@code auto}, {@code any}, {@code tool} or {@code none}.
   *
   * @return {@code auto}, {@code any}, {@code tool} or {@code none}
   */
  String type();

  /**
   * The tool Claude must use, for {@code tool}.
   *
   * @return the tool Claude must use, for {@code tool}
   */
  Optional<String> name();

  /**
   * True to allow at most one tool use per turn.
   *
   * @return true to allow at most one tool use per turn
   */
  @JsonProperty("disable_parallel_tool_use")
  Optional<Boolean> disableParallelToolUse();

  /**
   * Claude decides.
   *
   * @return {@code {"type":"auto"}}
   */
  static ToolChoice auto() {
    return builder().type("auto").build();
  }

  /**
   * Claude must use some tool.
   *
   * @return {@code {"type":"any"}}
   */
  static ToolChoice any() {
    return builder().type("any").build();
  }

  /**
   * Claude must not use tools.
   *
   * @return {@code {"type":"none"}}
   */
  static ToolChoice none() {
    return builder().type("none").build();
  }

  /**
   * Claude must use the tool {@code name}.
   *
   * @param name the tool's name
   * @return {@code {"type":"tool","name":name}}
   */
  static ToolChoice tool(String name) {
    return builder().type("tool").name(name).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ToolChoice} values. */
  final class Builder extends ImmutableToolChoice.Builder {}
}
