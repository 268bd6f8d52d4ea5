package dev.hubkit.anthropic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** {@code message_stop}: the reply is complete; the stream ends here. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableMessageStopEvent.class)
@JsonDeserialize(as = ImmutableMessageStopEvent.class)
public interface MessageStopEvent extends MessageStreamEvent {
  @Override
  @Value.Default
  default String type() {
    return "message_stop";
  }
}
