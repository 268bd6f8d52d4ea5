package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.core.StrictSchema;
import java.util.Map;
import org.immutables.value.Value;

/** The function a tool call invokes: its name and its arguments as the JSON text the model wrote. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableFunctionCall.class)
@JsonDeserialize(as = ImmutableFunctionCall.class)
public interface FunctionCall {
  /**
   * The function's name, as declared in the request's tools.
   *
   * @return the name
   */
  String name();

  /**
   * The arguments as JSON text; models may write invalid JSON, so parse it defensively.
   *
   * @return the arguments as the model wrote them; {@code ""} when the hub sent none
   */
  @Value.Default
  default String arguments() {
    return "";
  }

  /**
   * The arguments read into {@code type}, such as the class the tool was declared with
   * ({@link Tool#function(String, String, Class)}).
   *
   * @param type the class the arguments are read into
   * @param <T> the type
   * @return the instance
   * @throws dev.hubkit.core.StructuredOutputException when the arguments are not JSON or do not match the type
   *     (the message names the property and shows the text)
   * @throws dev.hubkit.core.UnsupportedSchemaTypeException when the type cannot be expressed strictly
   */
  default <T> T arguments(Class<T> type) {
    return StrictSchema.of(type).parse(arguments());
  }

  /**
   * Properties HubKit does not model, kept as the hub sent them and sent back with the call.
   *
   * @return the other members by name, as Jackson read them; empty when there are none
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * A call of {@code name} with {@code arguments} (JSON text).
   *
   * @param name the function's name
   * @param arguments the arguments as JSON text, sent verbatim
   * @return the call
   */
  static FunctionCall of(String name, String arguments) {
    return builder().name(name).arguments(arguments).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder; {@code name} is required
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FunctionCall} values. */
  final class Builder extends ImmutableFunctionCall.Builder {}
}
