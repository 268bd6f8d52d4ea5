package dev.hubkit.anthropic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** {@code ping}: a keep-alive that carries nothing. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePingEvent.class)
@JsonDeserialize(as = ImmutablePingEvent.class)
public interface PingEvent extends MessageStreamEvent {
  @Override
  @Value.Default
  default String type() {
    return "ping";
  }
}
