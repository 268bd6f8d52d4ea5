package dev.hubkit.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmbeddingsAndModelsTest {
  private final FakeHub hub = FakeHub.start();
  private final HubCalls calls = new HubCalls(hub);

  @AfterEach
  void close() {
    hub.close();
  }

  private static float[] floats(JsonNode array) {
    float[] values = new float[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).floatValue();
    }
    return values;
  }

  @Test
  void singleInputGetsADeterministicUnitVectorOfEightDimensions() {
    String request = "{\"model\":\"text-embedding-3-small\",\"input\":\"hello world\"}";

    JsonNode first = calls.postJson("/embeddings", request).json();
    JsonNode second = calls.postJson("/embeddings", request).json();

    assertEquals("list", first.path("object").asText());
    assertEquals("text-embedding-3-small", first.path("model").asText());
    assertEquals(1, first.path("data").size());
    JsonNode item = first.path("data").get(0);
    assertEquals("embedding", item.path("object").asText());
    assertEquals(0, item.path("index").asInt());
    float[] vector = floats(item.path("embedding"));
    assertEquals(8, vector.length);
    double norm = 0;
    for (float value : vector) {
      norm += value * value;
    }
    assertEquals(1.0, norm, 1e-5);
    assertArrayEquals(FakeHub.expectedEmbedding("hello world", 8), vector);
    assertEquals(first.path("data"), second.path("data"));
    assertEquals(2, first.at("/usage/prompt_tokens").asInt());
    assertEquals(2, first.at("/usage/total_tokens").asInt());
  }

  @Test
  void arrayInputGetsOneVectorPerItemHonouringDimensions() {
    JsonNode body = calls.postJson("/embeddings",
        "{\"model\":\"text-embedding-3-small\",\"input\":[\"a\",\"b\",\"a\"],\"dimensions\":3}").json();

    assertEquals(3, body.path("data").size());
    assertEquals(2, body.at("/data/2/index").asInt());
    assertEquals(3, body.at("/data/0/embedding").size());
    assertEquals(body.at("/data/0/embedding"), body.at("/data/2/embedding"));
    assertFalse(body.at("/data/0/embedding").equals(body.at("/data/1/embedding")));
  }

  @Test
  void base64EncodingIsLittleEndianFloat32() {
    JsonNode body = calls.postJson("/embeddings",
        "{\"model\":\"text-embedding-3-small\",\"input\":\"hello world\",\"encoding_format\":\"base64\"}").json();

    String encoded = body.at("/data/0/embedding").asText();
    ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(encoded)).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(32, bytes.remaining());
    float[] decoded = new float[8];
    for (int i = 0; i < decoded.length; i++) {
      decoded[i] = bytes.getFloat();
    }
    assertArrayEquals(FakeHub.expectedEmbedding("hello world", 8), decoded);
  }

  @Test
  void configuredDimensionsApplyWhenTheRequestHasNone() {
    try (FakeHub wide = FakeHub.builder().embeddingDimensions(1536).start()) {
      JsonNode body = new HubCalls(wide).postJson("/embeddings",
          "{\"model\":\"text-embedding-3-small\",\"input\":\"x\"}").json();
      assertEquals(1536, body.at("/data/0/embedding").size());
    }
  }

  @Test
  void missingInputAnswersMissingInput() {
    HubCalls.Reply reply = calls.postJson("/embeddings", "{\"model\":\"text-embedding-3-small\"}");

    assertEquals(400, reply.code());
    assertEquals("missing_input", reply.json().at("/error/code").asText());
    assertEquals("Input field is missing", reply.json().at("/error/message").asText());
  }

  @Test
  void chatModelForEmbeddingsAnswersInvalidModelType() {
    HubCalls.Reply reply = calls.postJson("/embeddings", "{\"model\":\"gpt-5\",\"input\":\"x\"}");

    assertEquals(400, reply.code());
    assertEquals("invalid_model_type", reply.json().at("/error/code").asText());
    assertEquals("invalid_request_error", reply.json().at("/error/type").asText());
  }

  @Test
  void modelsListsTheCatalogWithTypeOwnerAndCreated() {
    JsonNode body = calls.get("/models").json();

    assertEquals("list", body.path("object").asText());
    assertEquals(FakeModel.defaults().size(), body.path("data").size());
    JsonNode first = body.path("data").get(0);
    assertEquals("gpt-5", first.path("id").asText());
    assertEquals("model", first.path("object").asText());
    assertEquals("text", first.path("type").asText());
    assertEquals("fakehub", first.path("owned_by").asText());
    assertEquals(FakeModel.DEFAULT_CREATED, first.path("created").asLong());
    List<String> types = new java.util.ArrayList<>();
    body.path("data").forEach(model -> types.add(model.path("id").asText() + ":" + model.path("type").asText()));
    assertTrue(types.containsAll(List.of("text-embedding-3-small:embedding", "gpt-image-2:image", "sora-2:video",
        "claude-sonnet-4.5:text")), types.toString());
  }

  @Test
  void catalogCanBeReplacedAndExtended() {
    try (FakeHub custom = FakeHub.builder()
        .models(List.of(FakeModel.text("llama-2-7b-chat").withOwnedBy("chungus").withCreated(1694268190L)))
        .model(FakeModel.embedding("nomic-embed-text"))
        .start()) {
      JsonNode data = new HubCalls(custom).get("/models").json().path("data");
      assertEquals(2, data.size());
      assertEquals("llama-2-7b-chat", data.at("/0/id").asText());
      assertEquals("chungus", data.at("/0/owned_by").asText());
      assertEquals(1694268190L, data.at("/0/created").asLong());
      assertEquals("embedding", data.at("/1/type").asText());
      assertEquals(404, new HubCalls(custom).postJson("/chat/completions",
          "{\"model\":\"gpt-5\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}").code());
    }
  }
}
