package dev.hubkit.gemini;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The result of a function call the caller ran, sent back in a user turn ({@code functionResponse}). */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableFunctionResponse.class)
@JsonDeserialize(as = ImmutableFunctionResponse.class)
public interface FunctionResponse {
  /**
   * The id of the call this answers, when the call had one.
   *
   * @return the id of the call this answers, when the call had one
   */
  Optional<String> id();

  /**
   * The function's name, as in the call.
   *
   * @return the function's name, as in the call
   */
  String name();

  /**
   * The result as a JSON object, such as {@code {"temperature": 21}}.
   *
   * @return the result as a JSON object, such as {@code {"temperature": 21}}
   */
  @JsonInclude(content = JsonInclude.Include.ALWAYS)
  @AllowNulls
  Map<String, Object> response();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FunctionResponse} values. */
  final class Builder extends ImmutableFunctionResponse.Builder {}
}
