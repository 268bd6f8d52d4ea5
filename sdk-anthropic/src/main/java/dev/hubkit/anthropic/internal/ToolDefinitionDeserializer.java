package dev.hubkit.anthropic.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.hubkit.anthropic.Tool;
import dev.hubkit.anthropic.ToolDefinition;
import dev.hubkit.anthropic.WebSearchTool;
import java.io.IOException;

/** Reads a request's tool: a {@code web_search_*} type into {@link WebSearchTool}, anything else into {@link Tool}. */
public final class ToolDefinitionDeserializer extends StdDeserializer<ToolDefinition> {
  private static final long serialVersionUID = 1L;

  /** Used by Jackson through {@code @JsonDeserialize(using = ...)}. */
  public ToolDefinitionDeserializer() {
    super(ToolDefinition.class);
  }

  @Override
  public ToolDefinition deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonNode node = parser.readValueAsTree();
    Class<? extends ToolDefinition> kind = node.path("type").asText("").startsWith("web_search_")
        ? WebSearchTool.class : Tool.class;
    return parser.getCodec().treeToValue(node, kind);
  }
}
