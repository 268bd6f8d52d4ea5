package dev.hubkit.media.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.hubkit.core.TaskProgress;
import java.io.IOException;

/** Reads a progress percentage sent as {@code 45}, {@code 45.5} or {@code "45%"}; anything else reads as null. */
public final class PercentDeserializer extends StdDeserializer<Integer> {
  private static final long serialVersionUID = 1L;

  /** Used by Jackson through {@code @JsonDeserialize(contentUsing = ...)}. */
  public PercentDeserializer() {
    super(Integer.class);
  }

  @Override
  public Integer deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonNode node = parser.readValueAsTree();
    Object value = node.isNumber() ? node.numberValue() : node.asText();
    return TaskProgress.parsePercent(value).orElse(null);
  }
}
