package dev.hubkit.anthropic.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.hubkit.anthropic.TextBlock;
import java.io.IOException;
import java.util.List;

/**
 * Writes a system prompt of one plain text block as a string (every hub and gateway accepts that form) and any
 * other prompt (several blocks, cache control, citations) as the list of blocks.
 */
public final class SystemPromptSerializer extends StdSerializer<List<TextBlock>> {
  private static final long serialVersionUID = 1L;

  /** Used by Jackson through {@code @JsonSerialize(using = ...)}. */
  @SuppressWarnings("unchecked")
  public SystemPromptSerializer() {
    super((Class<List<TextBlock>>) (Class<?>) List.class);
  }

  @Override
  public boolean isEmpty(SerializerProvider provider, List<TextBlock> value) {
    return value == null || value.isEmpty();
  }

  @Override
  public void serialize(List<TextBlock> blocks, JsonGenerator json, SerializerProvider provider) throws IOException {
    if (blocks.size() == 1 && isPlain(blocks.get(0))) {
      json.writeString(blocks.get(0).text());
      return;
    }
    json.writeStartArray();
    for (TextBlock block : blocks) {
      provider.defaultSerializeValue(block, json);
    }
    json.writeEndArray();
  }

  private static boolean isPlain(TextBlock block) {
    return block.citations().isEmpty() && !block.cacheControl().isPresent() && block.extra().isEmpty();
  }
}
