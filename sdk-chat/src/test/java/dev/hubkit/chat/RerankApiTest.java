package dev.hubkit.chat;

import static dev.hubkit.chat.HubFixtures.client;
import static dev.hubkit.chat.HubFixtures.json;
import static dev.hubkit.chat.HubFixtures.sentJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.HubClient;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RerankApiTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private HubClient client;

  @BeforeEach
  void setUp() {
    client = client(server);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static RerankRequest capitals() {
    return RerankRequest.builder().model("rerank-v3.5").query("What is the capital of France?")
        .addDocument("Paris is the capital of France.").addDocument("Berlin is in Germany.")
        .addDocument("The Eiffel Tower is in Paris.").topN(2).returnDocuments(true).build();
  }

  @Test
  void sendsTheCohereShapeAndReadsRankedResultsWithEitherDocumentShape() throws Exception {
    server.enqueue(json(200, "{\"id\":\"rr-1\",\"model\":\"rerank-v3.5\",\"results\":["
        + "{\"index\":0,\"relevance_score\":0.98,\"document\":{\"text\":\"Paris is the capital of France.\"}},"
        + "{\"index\":2,\"relevance_score\":0.41,\"document\":\"The Eiffel Tower is in Paris.\"}],"
        + "\"usage\":{\"total_tokens\":42},\"meta\":{\"billed_units\":{\"search_units\":1}}}"));

    RerankResponse response = RerankApi.of(client).rerank(capitals());

    assertEquals(2, response.results().size());
    RerankResult best = response.results().get(0);
    assertEquals(0, best.index());
    assertEquals(0.98, best.relevanceScore());
    assertEquals(Optional.of("Paris is the capital of France."), best.documentText());
    assertEquals(Optional.of("The Eiffel Tower is in Paris."), response.results().get(1).documentText());
    assertEquals(42, response.usage().get("total_tokens"));
    assertTrue(response.extra().containsKey("meta"));
    JsonNode sent = sentJson(server.takeRequest(), "/v1/public/rerank");
    assertEquals("rerank-v3.5", sent.get("model").asText());
    assertEquals("What is the capital of France?", sent.get("query").asText());
    assertEquals(3, sent.get("documents").size());
    assertEquals("Berlin is in Germany.", sent.get("documents").get(1).asText());
    assertEquals(2, sent.get("top_n").asInt());
    assertTrue(sent.get("return_documents").asBoolean());
    assertEquals(5, sent.size(), sent.toString());
  }

  @Test
  void asyncRerankCompletesWithTheResults() throws Exception {
    server.enqueue(json(200, "{\"results\":[{\"index\":1,\"relevance_score\":0.5}]}"));
    RerankResponse response = RerankApi.of(client).rerankAsync(capitals()).get(5, TimeUnit.SECONDS);
    assertEquals(1, response.results().get(0).index());
    assertEquals(Optional.empty(), response.results().get(0).documentText());
  }

  @Test
  void asyncRerankWithOptionsSendsTheCallsHeaderAndGivesItsReply() throws Exception {
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .setHeader("x-ratelimit-remaining-requests", "7").body("{\"results\":[]}").build());
    java.util.concurrent.atomic.AtomicReference<dev.hubkit.core.HubReply> reply =
        new java.util.concurrent.atomic.AtomicReference<>();

    RerankApi.of(client).rerankAsync(capitals(), dev.hubkit.core.RequestOptions.builder().header("X-Tenant", "t-9")
        .onReply(reply::set).build()).get(5, TimeUnit.SECONDS);

    assertEquals("t-9", server.takeRequest().getHeaders().get("X-Tenant"));
    assertEquals(Optional.of("7"), reply.get().header("x-ratelimit-remaining-requests"));
  }

  @Test
  void requestWithoutDocumentsSaysWhatToFix() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RerankRequest.builder().model("m").query("q").build());
    assertEquals("a rerank needs at least one document: addDocument(\"...\")", e.getMessage());
    assertEquals(Optional.empty(), RerankRequest.builder().model("m").query("q").addDocument("d").build().topN());
    assertEquals(0, server.getRequestCount());
  }
}
