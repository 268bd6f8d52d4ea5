package dev.hubkit.anthropic.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.hubkit.anthropic.TextBlock;
import java.io.IOException;
import java.util.Collections;
import java.util.List;

/**
 * Reads a system prompt in either form the API takes, and {@link SystemPromptSerializer} writes: a plain string, as
 * one text block, or a list of text blocks.
 */
public final class SystemPromptDeserializer extends StdDeserializer<List<TextBlock>> {
  private static final long serialVersionUID = 1L;

  /** Used by Jackson through {@code @JsonDeserialize(using = ...)}. */
  public SystemPromptDeserializer() {
    super(List.class);
  }

  @Override
  public List<TextBlock> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      return Collections.singletonList(TextBlock.of(parser.getText()));
    }
    JavaType blocks = context.getTypeFactory().constructCollectionType(List.class, TextBlock.class);
    return context.readValue(parser, blocks);
  }
}
