package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A call of one of the request's tools that the model asked for: a function call ({@code "type":"function"},
 * {@link #function()}), a custom tool call ({@code "type":"custom"}, {@link #custom()}), or a kind HubKit does not
 * model yet, kept with its JSON in {@link #extra()} (its {@link #type()} says which). Send it back unchanged on the
 * assistant message (with {@link ChatMessage#tool} answers): unknown properties (such as Gemini 3's
 * {@code thought_signature} or {@code extra_content}) are kept in {@link #extra()} and written back.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableToolCall.class)
@JsonDeserialize(as = ImmutableToolCall.class)
public interface ToolCall {
  /** @return the call's id, which the {@code tool} message answering it must quote */
  String id();

  /** @return the tool kind: {@code function}, {@code custom}, or a kind HubKit does not model */
  @Value.Default
  default String type() {
    return "function";
  }

  /** @return the function and its arguments, for a function call; empty for other kinds */
  @JsonProperty("function")
  Optional<FunctionCall> functionCall();

  /** @return the custom tool's name and input, for a custom tool call; empty for other kinds */
  Optional<CustomToolCall> custom();

  /** @return properties HubKit does not model, kept as the hub sent them */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * The function of a function call.
   *
   * @return the function and its arguments
   * @throws IllegalStateException for a call of another kind (see {@link #type()}, {@link #custom()})
   */
  default FunctionCall function() {
    Optional<FunctionCall> function = functionCall();
    if (!function.isPresent()) {
      throw new IllegalStateException("tool call " + id() + " is of type " + type() + ", not a function call: read "
          + (custom().isPresent() ? "custom()" : "type() and extra()") + " instead");
    }
    return function.get();
  }

  /**
   * @param id the call's id
   * @param name the function's name
   * @param arguments the JSON arguments
   * @return a function call
   */
  static ToolCall function(String id, String name, String arguments) {
    return builder().id(id).function(FunctionCall.of(name, arguments)).build();
  }

  /**
   * @param id the call's id
   * @param name the custom tool's name
   * @param input the model's input for it
   * @return a custom tool call
   */
  static ToolCall custom(String id, String name, String input) {
    return builder().id(id).type("custom").custom(CustomToolCall.of(name, input)).build();
  }

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ToolCall} values. */
  final class Builder extends ImmutableToolCall.Builder {
    /**
     * Sets the function of a function call.
     *
     * @param function the function and its arguments
     * @return this builder
     */
    public Builder function(FunctionCall function) {
      functionCall(function);
      return this;
    }
  }
}
