package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What a call of a custom tool carries ({@code {"type":"custom","custom":{"name":"x","input":"..."}}}): the tool's
 * name and the free-form input the model wrote for it. In a stream fragment, the name comes in the first fragment
 * and pieces of the input in every one.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCustomToolCall.class)
@JsonDeserialize(as = ImmutableCustomToolCall.class)
public interface CustomToolCall {
  /** @return the custom tool's name, as the request declared it; {@code ""} in later stream fragments */
  @Value.Default
  default String name() {
    return "";
  }

  /** @return the input the model wrote, or this fragment's piece of it */
  @Value.Default
  default String input() {
    return "";
  }

  /** @return properties HubKit does not model, kept as the hub sent them and sent back with the call */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * @param name the tool's name
   * @param input the model's input for it
   * @return a custom tool call's payload
   */
  static CustomToolCall of(String name, String input) {
    return builder().name(name).input(input).build();
  }

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CustomToolCall} values. */
  final class Builder extends ImmutableCustomToolCall.Builder {}
}
