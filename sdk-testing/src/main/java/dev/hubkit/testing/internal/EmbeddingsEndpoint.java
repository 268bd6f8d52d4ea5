package dev.hubkit.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.testing.FakeModel;
import dev.hubkit.testing.RecordedHubRequest;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import mockwebserver3.MockResponse;

/** {@code POST /embeddings}: deterministic unit vectors per input text, as floats or base64 float32. */
public final class EmbeddingsEndpoint {
  private final HubSettings settings;
  private final ModelCatalog catalog;

  EmbeddingsEndpoint(HubSettings settings, ModelCatalog catalog) {
    this.settings = settings;
    this.catalog = catalog;
  }

  /**
   * The vector the fake hub answers for {@code input}: {@code dimensions} floats seeded by the text's FNV-1a hash,
   * scaled to unit length, so equal texts always get equal vectors.
   */
  public static float[] vector(String input, int dimensions) {
    SplittableRandom random = new SplittableRandom(fnv1a(input.getBytes(StandardCharsets.UTF_8)));
    double[] raw = new double[dimensions];
    double norm = 0;
    for (int i = 0; i < dimensions; i++) {
      raw[i] = random.nextDouble() * 2 - 1;
      norm += raw[i] * raw[i];
    }
    float[] vector = new float[dimensions];
    for (int i = 0; i < dimensions; i++) {
      vector[i] = (float) (raw[i] / Math.sqrt(norm));
    }
    return vector;
  }

  MockResponse handle(RecordedHubRequest request) {
    if (!request.isJson() || !request.json().isObject()) {
      return Wire.invalidJson();
    }
    JsonNode body = request.json();
    String model = body.path("model").asText(null);
    MockResponse modelError = catalog.check(model, FakeModel.Type.EMBEDDING);
    if (modelError != null) {
      return modelError;
    }
    List<String> inputs = inputs(body.get("input"));
    if (inputs.isEmpty()) {
      return Wire.badRequest("missing_input", "Input field is missing");
    }
    int dimensions = body.path("dimensions").asInt(0) > 0 ? body.path("dimensions").asInt()
        : settings.embeddingDimensions();
    boolean base64 = "base64".equals(body.path("encoding_format").asText());
    ObjectNode reply = Wire.object().put("object", "list");
    ArrayNode data = reply.putArray("data");
    int words = 0;
    for (int index = 0; index < inputs.size(); index++) {
      float[] vector = vector(inputs.get(index), dimensions);
      ObjectNode item = data.addObject().put("object", "embedding").put("index", index);
      if (base64) {
        item.put("embedding", base64(vector));
      } else {
        ArrayNode values = item.putArray("embedding");
        for (float value : vector) {
          values.add(value);
        }
      }
      words += Pieces.wordCount(inputs.get(index));
    }
    reply.put("model", model);
    reply.putObject("usage").put("prompt_tokens", words).put("total_tokens", words);
    return Wire.json(200, reply);
  }

  /** A string, or an array of strings (token arrays are embedded by their JSON text); empty when missing. */
  private static List<String> inputs(JsonNode input) {
    List<String> inputs = new ArrayList<>();
    if (input == null || input.isNull()) {
      return inputs;
    }
    if (!input.isArray()) {
      inputs.add(input.asText());
      return inputs;
    }
    for (JsonNode item : input) {
      inputs.add(item.isTextual() ? item.asText() : item.toString());
    }
    return inputs;
  }

  private static String base64(float[] vector) {
    ByteBuffer buffer = ByteBuffer.allocate(vector.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float value : vector) {
      buffer.putFloat(value);
    }
    return Base64.getEncoder().encodeToString(buffer.array());
  }

  private static long fnv1a(byte[] bytes) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : bytes) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
