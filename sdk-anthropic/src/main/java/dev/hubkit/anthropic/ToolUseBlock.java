package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.core.StrictSchema;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A {@code tool_use} block: Claude calls one of the request's client tools. Run it and answer with a
 * {@link ToolResultBlock} of the same {@link #id()} in the next user message.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableToolUseBlock.class)
@JsonDeserialize(as = ImmutableToolUseBlock.class)
public interface ToolUseBlock extends ContentBlock {
  @Override
  @Value.Default
  default String type() {
    return "tool_use";
  }

  /**
   * The call's id, such as {@code toolu_01A09q90qw90lq917835lq9}.
   *
   * @return the call's id, such as {@code toolu_01A09q90qw90lq917835lq9}
   */
  String id();

  /**
   * The tool's name.
   *
   * @return the tool's name
   */
  String name();

  /**
   * The arguments, a JSON object matching the tool's input schema (in a stream: joined and parsed).
   *
   * @return the arguments, a JSON object matching the tool's input schema (in a stream: joined and parsed)
   */
  JsonNode input();

  /**
   * The input read into {@code type}, such as the class the tool was declared with
   * ({@link Tool#of(String, String, Class)}).
   *
   * @param type the class the input is read into
   * @param <T> the type
   * @return the instance
   * @throws dev.hubkit.core.StructuredOutputException when the input does not match the type (the message names
   *     the property and shows the input)
   * @throws dev.hubkit.core.UnsupportedSchemaTypeException when the type cannot be expressed strictly
   */
  default <T> T input(Class<T> type) {
    return StrictSchema.of(type).parse(input().toString());
  }

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
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ToolUseBlock} values. */
  final class Builder extends ImmutableToolUseBlock.Builder {}
}
