package dev.hubkit.anthropic.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.hubkit.anthropic.ContentBlock;
import dev.hubkit.anthropic.DocumentBlock;
import dev.hubkit.anthropic.ImageBlock;
import dev.hubkit.anthropic.RedactedThinkingBlock;
import dev.hubkit.anthropic.ServerToolResultBlock;
import dev.hubkit.anthropic.ServerToolUseBlock;
import dev.hubkit.anthropic.TextBlock;
import dev.hubkit.anthropic.ThinkingBlock;
import dev.hubkit.anthropic.ToolResultBlock;
import dev.hubkit.anthropic.ToolUseBlock;
import dev.hubkit.anthropic.UnknownBlock;
import java.io.IOException;

/**
 * Reads a content block by its {@code type}: the kinds HubKit models into their values, any other kind into an
 * {@link UnknownBlock} with its JSON, and a bare string (a tool result's or a message's plain-string content) into a
 * text block.
 */
public final class ContentBlockDeserializer extends StdDeserializer<ContentBlock> {
  private static final long serialVersionUID = 1L;

  /** Used by Jackson through {@code @JsonDeserialize(using = ...)}. */
  public ContentBlockDeserializer() {
    super(ContentBlock.class);
  }

  @Override
  public ContentBlock deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonNode node = parser.readValueAsTree();
    if (node.isTextual()) {
      return TextBlock.of(node.textValue());
    }
    if (!node.isObject()) {
      return (ContentBlock) context.handleUnexpectedToken(ContentBlock.class, parser);
    }
    Class<? extends ContentBlock> kind = kindOf(node.path("type").asText(""));
    if (kind == null) {
      return UnknownBlock.of(node);
    }
    return parser.getCodec().treeToValue(node, kind);
  }

  private static Class<? extends ContentBlock> kindOf(String type) {
    switch (type) {
      case "text":
        return TextBlock.class;
      case "image":
        return ImageBlock.class;
      case "document":
        return DocumentBlock.class;
      case "tool_use":
        return ToolUseBlock.class;
      case "tool_result":
        return ToolResultBlock.class;
      case "thinking":
        return ThinkingBlock.class;
      case "redacted_thinking":
        return RedactedThinkingBlock.class;
      case "server_tool_use":
        return ServerToolUseBlock.class;
      default:
        return type.endsWith("_tool_result") && !type.startsWith("mcp_") ? ServerToolResultBlock.class : null;
    }
  }
}
