package dev.hubkit.gemini;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hubkit.core.HubClient;
import dev.hubkit.core.MalformedResponseException;
import dev.hubkit.core.RequestOptions;
import java.util.List;
import java.util.concurrent.ExecutionException;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GeminiEmbeddingsTest {
  private static final String MODEL = "gemini-embedding-001";

  @StartStop final MockWebServer server = new MockWebServer();
  private HubClient client;
  private GeminiApi gemini;

  @BeforeEach
  void setUp() {
    client = Fixtures.client(server);
    gemini = GeminiApi.of(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void embedContentSendsTheContentAndTaskTypeAndReturnsTheFloats() throws Exception {
    server.enqueue(Fixtures.json("embed.json"));
    float[] vector = gemini.embed(MODEL, EmbedContentRequest.builder().content(Content.of(Part.text("hello")))
        .taskType("RETRIEVAL_QUERY").outputDimensionality(4).build(), RequestOptions.none());
    assertArrayEquals(new float[] {0.013168523f, -0.008711934f, -0.046782676f, 0.00069968984f}, vector);
    RecordedRequest sent = server.takeRequest();
    assertEquals("/hub/v1beta/models/gemini-embedding-001:embedContent", sent.getUrl().encodedPath());
    assertEquals(Fixtures.tree("{\"content\":{\"parts\":[{\"text\":\"hello\"}]},\"taskType\":\"RETRIEVAL_QUERY\","
        + "\"outputDimensionality\":4}"), Fixtures.body(sent));
  }

  @Test
  void batchEmbedContentsNamesTheModelInEveryRequestAndKeepsTheOrder() throws Exception {
    server.enqueue(Fixtures.json("batch-embed.json"));
    List<float[]> vectors = gemini.embedBatchAsync(MODEL,
        List.of(EmbedContentRequest.of("first"), EmbedContentRequest.of("second")), RequestOptions.none()).get();
    assertArrayEquals(new float[] {0.1f, 0.2f, 0.3f}, vectors.get(0));
    assertArrayEquals(new float[] {-0.5f, 0.25f, 0.001f}, vectors.get(1));
    RecordedRequest sent = server.takeRequest();
    assertEquals("/hub/v1beta/models/gemini-embedding-001:batchEmbedContents", sent.getUrl().encodedPath());
    assertEquals(Fixtures.tree("{\"requests\":[{\"model\":\"models/gemini-embedding-001\",\"content\":{\"parts\":"
        + "[{\"text\":\"first\"}]}},{\"model\":\"models/gemini-embedding-001\",\"content\":{\"parts\":"
        + "[{\"text\":\"second\"}]}}]}"), Fixtures.body(sent));
  }

  @Test
  void aBatchAnsweredWithAnotherNumberOfVectorsIsMalformed() {
    server.enqueue(Fixtures.json("batch-embed.json"));
    ExecutionException e = assertThrows(ExecutionException.class, () -> gemini.embedBatchAsync(MODEL,
        List.of(EmbedContentRequest.of("only one")), RequestOptions.none()).get());
    assertEquals(MalformedResponseException.class, e.getCause().getClass());
    server.enqueue(Fixtures.json(200, "{\"embedding\":{}}"));
    assertThrows(MalformedResponseException.class,
        () -> gemini.embed(MODEL, EmbedContentRequest.of("x"), RequestOptions.none()));
    assertThrows(IllegalArgumentException.class, () -> gemini.embedBatch(MODEL, List.of(), RequestOptions.none()));
  }

  @Test
  void countTokensSendsBareContentsOrTheWholeRequestWithItsModel() throws Exception {
    server.enqueue(Fixtures.json("count-tokens.json"));
    server.enqueue(Fixtures.json("count-tokens.json"));
    TokenCount count = gemini.countTokens("gemini-2.5-flash", GenerateContentRequest.of("How many?"),
        RequestOptions.none());
    assertEquals(31, count.totalTokens());
    assertEquals(true, count.extra().containsKey("promptTokensDetails"));
    gemini.countTokensAsync("gemini-2.5-flash", GenerateContentRequest.builder()
        .addContent(Content.user("How many?")).systemInstruction(Content.of(Part.text("Be brief"))).build(),
        RequestOptions.none()).get();
    RecordedRequest bare = server.takeRequest();
    assertEquals("/hub/v1beta/models/gemini-2.5-flash:countTokens", bare.getUrl().encodedPath());
    assertEquals(Fixtures.tree("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"How many?\"}]}]}"),
        Fixtures.body(bare));
    assertEquals(Fixtures.tree("{\"generateContentRequest\":{\"model\":\"models/gemini-2.5-flash\",\"contents\":"
        + "[{\"role\":\"user\",\"parts\":[{\"text\":\"How many?\"}]}],\"systemInstruction\":{\"parts\":"
        + "[{\"text\":\"Be brief\"}]}}}"), Fixtures.body(server.takeRequest()));
  }
}
