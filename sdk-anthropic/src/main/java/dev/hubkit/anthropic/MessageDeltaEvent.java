package dev.hubkit.anthropic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code message_delta}: why Claude stopped, and the cumulative usage. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableMessageDeltaEvent.class)
@JsonDeserialize(as = ImmutableMessageDeltaEvent.class)
public interface MessageDeltaEvent extends MessageStreamEvent {
  @Override
  @Value.Default
  default String type() {
    return "message_delta";
  }

  /**
   * The stop reason and stop sequence.
   *
   * @return the stop reason and stop sequence
   */
  MessageDelta delta();

  /**
   * The usage so far; output tokens at least, and in newer streams input and cache tokens too.
   *
   * @return the usage so far; output tokens at least, and in newer streams input and cache tokens too
   */
  Optional<Usage> usage();
}
