package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A fragment of a streamed function call: the name in the first fragment, pieces of the arguments after. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableFunctionCallDelta.class)
@JsonDeserialize(as = ImmutableFunctionCallDelta.class)
public interface FunctionCallDelta {
  /**
   * The function's name; usually only in the first fragment.
   *
   * @return the name; empty on the fragments after the first
   */
  Optional<String> name();

  /**
   * The next piece of the arguments' JSON text.
   *
   * @return the text to append; empty when this fragment adds none
   */
  Optional<String> arguments();

  /**
   * Properties HubKit does not model.
   *
   * @return the other members by name, as Jackson read them; empty when there are none
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();
}
