package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A call of one of the request's tools that the model asked for. Send it back unchanged on the assistant message
 * (with {@link ChatMessage#tool} answers): unknown properties (such as a provider's signature) are kept in
 * {@link #extra()} and written back.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableToolCall.class)
@JsonDeserialize(as = ImmutableToolCall.class)
public interface ToolCall {
  /** The call's id, which the {@code tool} message answering it must quote. */
  String id();

  /** The tool kind; {@code function} for every tool HubKit models. */
  @Value.Default
  default String type() {
    return "function";
  }

  /** The function and its arguments. */
  FunctionCall function();

  /** Properties HubKit does not model, kept as the hub sent them. */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /** A function call with the given id, function name and JSON arguments. */
  static ToolCall function(String id, String name, String arguments) {
    return builder().id(id).function(FunctionCall.of(name, arguments)).build();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ToolCall} values. */
  final class Builder extends ImmutableToolCall.Builder {}
}
