package dev.hubkit.chat;

import static dev.hubkit.chat.HubFixtures.JSON;
import static dev.hubkit.chat.HubFixtures.client;
import static dev.hubkit.chat.HubFixtures.fixture;
import static dev.hubkit.chat.HubFixtures.json;
import static dev.hubkit.chat.HubFixtures.sentJson;
import static dev.hubkit.chat.HubFixtures.take;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.HubConnectionException;
import dev.hubkit.core.HubTimeoutException;
import dev.hubkit.core.MalformedResponseException;
import dev.hubkit.core.PausingBody;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmbeddingsApiTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private HubClient client;
  private EmbeddingsApi embeddings;

  @BeforeEach
  void setUp() {
    client = client(server);
    embeddings = EmbeddingsApi.of(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void singleStringInputIsSentAsAJsonStringAndTheVectorReadExactly() throws Exception {
    server.enqueue(json(200, fixture("chungus-embeddings.json")));

    EmbeddingResponse response = embeddings.create(
        EmbeddingRequest.builder().model("nomic-embed-text").input("Your text here").build());

    JsonNode sent = sentJson(take(server), "/v1/public/embeddings");
    assertEquals(JSON.readTree("{\"model\":\"nomic-embed-text\",\"input\":\"Your text here\"}"), sent);
    assertEquals(1, response.data().size());
    Embedding embedding = response.data().get(0);
    assertEquals(0, embedding.index());
    assertArrayEquals(new float[] {0.0023064255f, -0.009327292f, 1f, -3.4028235E38f, 1.0E-7f}, embedding.embedding());
    assertEquals(5, embedding.dimensions());
    assertEquals(-0.009327292f, embedding.get(1));
    assertEquals("embedding", embedding.extra().get("object"));
    assertEquals("nomic-embed-text", response.model().get());
    assertEquals(8, response.usage().get().promptTokens());
    assertEquals(8, response.usage().get().totalTokens());
  }

  @Test
  void listInputIsSentAsAnArrayWithDimensionsAndEncodingFormat() throws Exception {
    server.enqueue(json(200, fixture("chungus-embeddings.json")));

    embeddings.create(EmbeddingRequest.builder().model("text-embedding-3-small")
        .input(List.of("First text to embed")).dimensions(256).encodingFormat(EncodingFormat.FLOAT)
        .user("u-9").build());

    JsonNode sent = sentJson(take(server), "/v1/public/embeddings");
    assertEquals(JSON.readTree("{\"model\":\"text-embedding-3-small\",\"input\":[\"First text to embed\"],"
        + "\"dimensions\":256,\"encoding_format\":\"float\",\"user\":\"u-9\"}"), sent);
  }

  @Test
  void base64VectorsAreDecodedAsLittleEndianFloat32() throws Exception {
    float[] first = {0.25f, -1.5f, 3.4028235E38f, Float.MIN_VALUE, -0.0f};
    float[] second = {0.1f, 0.2f};
    server.enqueue(json(200, "{\"object\":\"list\",\"model\":\"text-embedding-3-small\",\"data\":["
        + "{\"object\":\"embedding\",\"index\":0,\"embedding\":\"" + base64(first) + "\"},"
        + "{\"object\":\"embedding\",\"index\":1,\"embedding\":\"" + base64(second) + "\"}],"
        + "\"usage\":{\"prompt_tokens\":6,\"total_tokens\":6}}"));

    EmbeddingResponse response = embeddings.create(EmbeddingRequest.builder().model("text-embedding-3-small")
        .input(List.of("a", "b")).encodingFormat(EncodingFormat.BASE64).build());

    assertEquals("base64", sentJson(take(server), "/v1/public/embeddings").get("encoding_format").asText());
    assertArrayEquals(first, response.data().get(0).embedding());
    assertEquals(1, response.data().get(1).index());
    assertArrayEquals(second, response.data().get(1).embedding());
  }

  @Test
  void vectorAccessorsDoNotExposeTheInternalArray() throws Exception {
    server.enqueue(json(200, fixture("chungus-embeddings.json")));
    Embedding embedding = embeddings.create(
        EmbeddingRequest.builder().model("m").input("x").build()).data().get(0);

    float[] copy = embedding.embedding();
    copy[0] = 99f;

    assertNotSame(copy, embedding.embedding());
    assertEquals(0.0023064255f, embedding.get(0));
    assertTrue(embedding.asBuffer().isReadOnly());
    assertEquals("Embedding{index=0, dimensions=5}", embedding.toString());
  }

  @Test
  void aBase64VectorOfBrokenLengthIsAMalformedResponse() throws Exception {
    server.enqueue(json(200, "{\"data\":[{\"index\":0,\"embedding\":\"AAAAAAA=\"}]}"));

    MalformedResponseException error = assertThrows(MalformedResponseException.class,
        () -> embeddings.create(EmbeddingRequest.builder().model("m").input("x").build()));

    assertTrue(error.getMessage().contains("whole float32 values"), error.getMessage());
  }

  @Test
  void createAsyncCompletesWithTheVectors() throws Exception {
    server.enqueue(json(200, fixture("chungus-embeddings.json")));

    EmbeddingResponse response = embeddings.createAsync(
        EmbeddingRequest.builder().model("nomic-embed-text").input("Your text here").build())
        .get(5, TimeUnit.SECONDS);

    assertEquals(5, response.data().get(0).dimensions());
    assertFalse(sentJson(take(server), "/v1/public/embeddings").get("input").isArray());
  }

  @Test
  void blankModelIsRejectedBeforeSending() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> EmbeddingRequest.builder().model(" ").input("x").build());
    assertTrue(error.getMessage().contains("model must not be blank"), error.getMessage());
    assertThrows(IllegalArgumentException.class, () -> EmbeddingInput.of(List.of()));
  }

  /** A reply of {@code vectors} x 3072 numbers (about 70 KB a vector), and the vectors it holds. */
  private static String largeReply(float[][] vectors) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(vectors.length);
    StringBuilder json = new StringBuilder("{\"object\":\"list\",\"data\":[");
    for (int v = 0; v < vectors.length; v++) {
      vectors[v] = new float[3072];
      json.append(v == 0 ? "" : ",").append("{\"object\":\"embedding\",\"index\":").append(v)
          .append(",\"embedding\":[");
      for (int i = 0; i < vectors[v].length; i++) {
        vectors[v][i] = (float) (random.nextGaussian() * 0.03);
        json.append(i == 0 ? "" : ",").append((double) vectors[v][i]);
      }
      json.append("]}");
    }
    return json.append("],\"model\":\"m\",\"usage\":{\"prompt_tokens\":4,\"total_tokens\":4}}").toString();
  }

  @Test
  void largeRepliesArrivingSlowlyWithOrWithoutALengthAreReadExactly() throws Exception {
    float[][] vectors = new float[4][];
    String reply = largeReply(vectors);
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json").body(reply)
        .throttleBody(16_384, 2, TimeUnit.MILLISECONDS).build());
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
        .chunkedBody(reply, 5_000).build());

    for (int call = 0; call < 2; call++) {
      EmbeddingResponse response = embeddings.create(EmbeddingRequest.builder().model("m").input("x").build());
      assertEquals(vectors.length, response.data().size());
      for (int v = 0; v < vectors.length; v++) {
        assertArrayEquals(vectors[v], response.data().get(v).embedding(), "call " + call + ", vector " + v);
      }
    }
  }

  @Test
  void aLargeReplyThatStallsHalfwayTimesOutAtTheReadTimeout() throws Exception {
    String reply = largeReply(new float[4][]);
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
        .body(new PausingBody(reply, 5_000)).build());
    try (HubClient impatient = client.newBuilder().readTimeout(java.time.Duration.ofMillis(300))
        .retryPolicy(dev.hubkit.core.RetryPolicy.builder().maxRetries(0).build()).build()) {
      assertThrows(HubTimeoutException.class, () -> EmbeddingsApi.of(impatient)
          .create(EmbeddingRequest.builder().model("m").input("x").build()));
    }
  }

  @Test
  void aLargeReplyCutHalfwayIsAConnectionFailure() {
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
        .body(largeReply(new float[4][])).onResponseBody(new SocketEffect.CloseSocket()).build());

    assertThrows(HubConnectionException.class,
        () -> embeddings.create(EmbeddingRequest.builder().model("m").input("x").build()));
  }

  private static String base64(float[] values) {
    ByteBuffer bytes = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float value : values) {
      bytes.putFloat(value);
    }
    return Base64.getEncoder().encodeToString(bytes.array());
  }
}
