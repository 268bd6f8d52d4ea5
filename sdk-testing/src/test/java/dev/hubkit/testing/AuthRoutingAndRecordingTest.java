package dev.hubkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthRoutingAndRecordingTest {
  private final FakeHub hub = FakeHub.start();

  @AfterEach
  void close() {
    hub.close();
  }

  @Test
  void defaultsArePrefixV1AndAFakeKey() {
    assertTrue(Pattern.matches("http://127\\.0\\.0\\.1:\\d+/v1", hub.baseUrl()), hub.baseUrl());
    assertEquals("sk-fakehub-test", hub.apiKey());
    assertEquals("/v1", hub.prefix());
  }

  @Test
  void wrongKeyAnswers401InvalidApiKey() {
    HubCalls.Reply reply = new HubCalls(hub, "sk-wrong").get("/models");

    assertEquals(401, reply.code());
    assertEquals("invalid_api_key", reply.json().at("/error/code").asText());
    assertEquals("invalid_request_error", reply.json().at("/error/type").asText());
    assertFalse(reply.json().at("/error/message").asText().contains("sk-fakehub-test"));
  }

  @Test
  void missingKeyAnswers401() {
    HubCalls.Reply reply = new HubCalls(hub, null).get("/models");

    assertEquals(401, reply.code());
    assertTrue(reply.json().at("/error/message").asText().contains("didn't provide an API key"));
  }

  @Test
  void prefixAndKeyAreConfigurable() {
    try (FakeHub chmu = FakeHub.builder().pathPrefix("/v1/public/").apiKey("sk-chmuhub-1").start()) {
      assertTrue(chmu.baseUrl().endsWith("/v1/public"), chmu.baseUrl());
      HubCalls.Reply reply = new HubCalls(chmu).get("/models");
      assertEquals(200, reply.code());
      RecordedHubRequest request = chmu.takeRequest();
      assertEquals("/models", request.path());
      assertEquals("/v1/public/models", request.fullPath());
      assertEquals(Optional.of("Bearer sk-chmuhub-1"), request.header("authorization"));
    }
  }

  @Test
  void pathsOutsideThePrefixAnswer404() {
    HubCalls.Reply reply = HubCalls.download(hub.baseUrl().replace("/v1", "/v2") + "/models");

    assertEquals(404, reply.code());
    assertEquals("unknown_url", reply.json().at("/error/code").asText());
  }

  @Test
  void unknownRouteAnswers404UnknownUrl() {
    HubCalls.Reply reply = new HubCalls(hub).get("/completions/legacy");

    assertEquals(404, reply.code());
    assertTrue(reply.json().at("/error/message").asText().contains("GET /v1/completions/legacy"));
  }

  @Test
  void recordsMethodPathHeadersQueryAndJsonBody() {
    HubCalls calls = new HubCalls(hub);
    calls.get("/videos?limit=2&order=asc");
    calls.postJson("/chat/completions", "{\"model\":\"gpt-5\",\"stream\":false,"
        + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");

    RecordedHubRequest list = hub.takeRequest();
    assertEquals("GET", list.method());
    assertEquals("/videos", list.path());
    assertEquals(Optional.of("2"), list.queryParameter("limit"));
    assertEquals(Optional.of("asc"), list.queryParameter("order"));
    assertEquals(0, list.body().length);
    assertFalse(list.isJson());
    assertThrows(IllegalStateException.class, list::json);

    RecordedHubRequest chat = hub.takeRequest();
    assertEquals("POST", chat.method());
    assertEquals("gpt-5", chat.json().path("model").asText());
    assertEquals("hi", chat.json().at("/messages/0/content").asText());
    assertTrue(chat.header("Content-Type").orElse("").startsWith("application/json"));
    assertEquals(chat.bodyUtf8(), new String(chat.body(), java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(2, hub.requestCount());
    assertEquals(chat.bodyUtf8(), hub.lastRequest("/chat/completions").bodyUtf8());
  }

  @Test
  void recordedJsonIsACopy() {
    new HubCalls(hub).postJson("/embeddings", "{\"model\":\"text-embedding-3-small\",\"input\":\"x\"}");
    RecordedHubRequest request = hub.lastRequest("/embeddings");

    ((com.fasterxml.jackson.databind.node.ObjectNode) request.json()).put("model", "changed");

    assertEquals("text-embedding-3-small", request.json().path("model").asText());
  }

  @Test
  void takeRequestFailsWhenNothingArrives() {
    AssertionError error = assertThrows(AssertionError.class, () -> hub.takeRequest(Duration.ofMillis(50)));
    assertTrue(error.getMessage().contains("no further request"), error.getMessage());
  }

  @Test
  void lastRequestFailsForAPathNeverCalled() {
    new HubCalls(hub).get("/models");

    AssertionError error = assertThrows(AssertionError.class, () -> hub.lastRequest("/embeddings"));
    assertTrue(error.getMessage().contains("/embeddings"), error.getMessage());
  }

  @Test
  void closedHubRefusesConnections() {
    String url = hub.baseUrl() + "/models";
    hub.close();

    assertThrows(java.io.UncheckedIOException.class, () -> HubCalls.download(url));
  }
}
