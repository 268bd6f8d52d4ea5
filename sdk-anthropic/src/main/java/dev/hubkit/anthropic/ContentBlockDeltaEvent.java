package dev.hubkit.anthropic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** {@code content_block_delta}: a piece of the block at {@link #index()}. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableContentBlockDeltaEvent.class)
@JsonDeserialize(as = ImmutableContentBlockDeltaEvent.class)
public interface ContentBlockDeltaEvent extends MessageStreamEvent {
  @Override
  @Value.Default
  default String type() {
    return "content_block_delta";
  }

  /**
   * The block's position in the reply's content.
   *
   * @return the block's position in the reply's content
   */
  int index();

  /**
   * The piece.
   *
   * @return the piece
   */
  ContentDelta delta();

  /**
   * The event adding {@code delta} to the block at {@code index}.
   *
   * @param index the block's position
   * @param delta the piece
   * @return the event
   */
  static ContentBlockDeltaEvent of(int index, ContentDelta delta) {
    return ImmutableContentBlockDeltaEvent.builder().index(index).delta(delta).build();
  }
}
