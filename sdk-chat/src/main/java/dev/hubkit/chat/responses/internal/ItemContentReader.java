package dev.hubkit.chat.responses.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.hubkit.chat.responses.ResponseContent;
import java.io.IOException;
import java.util.Collections;
import java.util.List;

/**
 * Reads a message's {@code content}: a list of parts, or the plain string of the short message form
 * ({@code {"role":"user","content":"Hi"}}), which becomes one {@code input_text} part; {@link ResponseItemWriter}
 * writes an assistant's such part back as the string.
 */
public final class ItemContentReader extends StdDeserializer<List<ResponseContent>> {
  private static final long serialVersionUID = 1L;

  /** The reader Jackson finds through {@code @JsonDeserialize(using = ...)} on the content attribute. */
  public ItemContentReader() {
    super(List.class);
  }

  @Override
  public List<ResponseContent> deserialize(JsonParser json, DeserializationContext context) throws IOException {
    if (json.currentToken() == JsonToken.VALUE_STRING) {
      return Collections.singletonList(ResponseContent.inputText(json.getText()));
    }
    JavaType parts = context.getTypeFactory().constructCollectionType(List.class, ResponseContent.class);
    return context.readValue(json, parts);
  }
}
