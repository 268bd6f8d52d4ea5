package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** {@code content_block_start}: a block begins at {@link #index()}; text and thinking start empty. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableContentBlockStartEvent.class)
@JsonDeserialize(as = ImmutableContentBlockStartEvent.class)
public interface ContentBlockStartEvent extends MessageStreamEvent {
  @Override
  @Value.Default
  default String type() {
    return "content_block_start";
  }

  /**
   * The block's position in the reply's content.
   *
   * @return the block's position in the reply's content
   */
  int index();

  /**
   * The block as it starts: a tool use with {@code {}} input, text or thinking still empty.
   *
   * @return the block as it starts: a tool use with {@code {}} input, text or thinking still empty
   */
  @JsonProperty("content_block")
  ContentBlock contentBlock();
}
