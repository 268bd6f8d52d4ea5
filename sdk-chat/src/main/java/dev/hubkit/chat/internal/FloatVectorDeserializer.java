package dev.hubkit.chat.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * Reads an embedding vector straight into a {@code float[]}: a JSON number array is parsed from the parser's
 * character buffer without boxing or a String per number ({@link DecimalFloats}), a base64 string is decoded as
 * little-endian float32. Uses only Jackson 2.12 API.
 */
public final class FloatVectorDeserializer extends StdDeserializer<float[]> {
  private static final long serialVersionUID = 1L;
  private static final int INITIAL_CAPACITY = 512;

  /** Used by Jackson through {@code @JsonDeserialize(using = ...)}. */
  public FloatVectorDeserializer() {
    super(float[].class);
  }

  @Override
  public float[] deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_ARRAY) {
      return readNumbers(parser, context);
    }
    if (token == JsonToken.VALUE_STRING) {
      return decodeBase64(parser.getText(), context);
    }
    return (float[]) context.handleUnexpectedToken(float[].class, parser);
  }

  private static float[] readNumbers(JsonParser parser, DeserializationContext context) throws IOException {
    float[] values = new float[INITIAL_CAPACITY];
    int size = 0;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_NUMBER_INT) {
        return (float[]) context.handleUnexpectedToken(float[].class, token, parser,
            "an embedding vector must hold numbers only, found %s at position %d", token, size);
      }
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = DecimalFloats.parse(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
    }
    return size == values.length ? values : Arrays.copyOf(values, size);
  }

  private static float[] decodeBase64(String text, DeserializationContext context) throws IOException {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      return (float[]) context.reportInputMismatch(float[].class,
          "an embedding vector string is not base64: %s", e.getMessage());
    }
    if (bytes.length % 4 != 0) {
      return (float[]) context.reportInputMismatch(float[].class,
          "a base64 embedding vector must hold whole float32 values, got %d bytes", bytes.length);
    }
    FloatBuffer floats = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
    float[] values = new float[floats.remaining()];
    floats.get(values);
    return values;
  }
}
