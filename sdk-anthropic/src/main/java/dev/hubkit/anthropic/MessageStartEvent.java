package dev.hubkit.anthropic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** {@code message_start}: the reply's id, model and input usage, with empty content. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableMessageStartEvent.class)
@JsonDeserialize(as = ImmutableMessageStartEvent.class)
public interface MessageStartEvent extends MessageStreamEvent {
  @Override
  @Value.Default
  default String type() {
    return "message_start";
  }

  /**
   * The reply so far: no content yet, no stop reason, the input tokens in its usage.
   *
   * @return the reply so far: no content yet, no stop reason, the input tokens in its usage
   */
  Message message();
}
