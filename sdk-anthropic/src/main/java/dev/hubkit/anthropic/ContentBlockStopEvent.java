package dev.hubkit.anthropic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** {@code content_block_stop}: the block at {@link #index()} is complete. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableContentBlockStopEvent.class)
@JsonDeserialize(as = ImmutableContentBlockStopEvent.class)
public interface ContentBlockStopEvent extends MessageStreamEvent {
  @Override
  @Value.Default
  default String type() {
    return "content_block_stop";
  }

  /**
   * The block's position in the reply's content.
   *
   * @return the block's position in the reply's content
   */
  int index();
}
