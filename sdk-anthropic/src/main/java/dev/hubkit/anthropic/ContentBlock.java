package dev.hubkit.anthropic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.hubkit.anthropic.internal.ContentBlockDeserializer;

/**
 * One block of a message's content, told apart by {@link #type()}: {@link TextBlock}, {@link ImageBlock},
 * {@link DocumentBlock}, {@link ToolUseBlock}, {@link ToolResultBlock}, {@link ThinkingBlock},
 * {@link RedactedThinkingBlock}, {@link ServerToolUseBlock}, {@link ServerToolResultBlock}. A block of a kind HubKit
 * does not model is an {@link UnknownBlock} holding its JSON, so a new kind never fails a reply and is sent back
 * unchanged.
 */
@JsonDeserialize(using = ContentBlockDeserializer.class)
public interface ContentBlock {
  /**
   * The block's kind as on the wire.
   *
   * @return such as {@code text}, {@code tool_use} or {@code thinking}
   */
  String type();
}
