package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A fragment of a streamed tool call. Fragments with the same {@link #index()} belong to one call: {@code id},
 * {@code type} and the function name come in the first, argument pieces in every one; {@link ChatStreamAccumulator}
 * joins them.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableToolCallDelta.class)
@JsonDeserialize(as = ImmutableToolCallDelta.class)
public interface ToolCallDelta {
  /**
   * Which tool call of the choice this fragment belongs to.
   *
   * @return the call's index in the choice; 0 when the hub left it out
   */
  @Value.Default
  default int index() {
    return 0;
  }

  /**
   * The call's id; usually only in the first fragment.
   *
   * @return the id; empty on the fragments after the first
   */
  Optional<String> id();

  /**
   * The tool kind; usually only in the first fragment.
   *
   * @return the kind, {@code function}; empty on the fragments after the first
   */
  Optional<String> type();

  /**
   * The function fragment.
   *
   * @return the name and arguments piece; empty when the fragment has none
   */
  Optional<FunctionCallDelta> function();

  /** @return the custom tool call fragment: its name in the first, pieces of its input after */
  Optional<CustomToolCall> custom();

  /**
   * Properties HubKit does not model.
   *
   * @return the other members by name, as Jackson read them; empty when there are none
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();
}
