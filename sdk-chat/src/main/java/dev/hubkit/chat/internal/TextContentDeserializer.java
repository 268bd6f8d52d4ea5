package dev.hubkit.chat.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads a reply's {@code content} as text. Most hubs send a string; some send OpenAI-style content parts
 * ({@code [{"type":"text","text":"..."}]}), whose text parts are joined in order.
 */
public final class TextContentDeserializer extends StdDeserializer<String> {
  private static final long serialVersionUID = 1L;

  /** Used by Jackson through {@code @JsonDeserialize(contentUsing = ...)}. */
  public TextContentDeserializer() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    JsonNode node = parser.readValueAsTree();
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      StringBuilder text = new StringBuilder();
      for (JsonNode part : node) {
        JsonNode value = part.isTextual() ? part : part.get("text");
        if (value != null && value.isTextual()) {
          text.append(value.asText());
        }
      }
      return text.toString();
    }
    if (node.isObject() && node.path("text").isTextual()) {
      return node.get("text").asText();
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }
}
