package dev.hubkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultsTest {
  private static final String STREAM = "{\"model\":\"gpt-5\",\"messages\":[{\"role\":\"user\",\"content\":"
      + "\"one two three four\"}]}";

  private final FakeHub hub = FakeHub.start();
  private final HubCalls calls = new HubCalls(hub);

  @AfterEach
  void close() {
    hub.close();
  }

  @Test
  void rateLimitSendsRetryAfterOnceThenTheHubRecovers() {
    hub.enqueueFault(Fault.rateLimited(Duration.ofMillis(1500)));

    HubCalls.Reply limited = calls.get("/models");
    HubCalls.Reply next = calls.get("/models");

    assertEquals(429, limited.code());
    assertEquals("2", limited.headers().get("Retry-After"));
    assertEquals("1500", limited.headers().get("retry-after-ms"));
    assertEquals("rate_limit_exceeded", limited.json().at("/error/code").asText());
    assertEquals("rate_limit_error", limited.json().at("/error/type").asText());
    assertEquals(200, next.code());
  }

  @Test
  void badGatewayIsAnNginxHtmlPage() {
    hub.enqueueFault(Fault.badGateway());

    HubCalls.Reply reply = calls.postJson("/chat/completions", STREAM);

    assertEquals(502, reply.code());
    assertEquals("text/html", reply.headers().get("Content-Type"));
    assertTrue(reply.text().contains("<title>502 Bad Gateway</title>"), reply.text());
    assertTrue(reply.text().contains("nginx"));
  }

  @Test
  void httpErrorCarriesStatusCodeAndMessage() {
    hub.enqueueFault(Fault.httpError(403, "insufficient_user_quota", "Balance too low"));

    HubCalls.Reply reply = calls.get("/models");

    assertEquals(403, reply.code());
    assertEquals("insufficient_user_quota", reply.json().at("/error/code").asText());
    assertEquals("Balance too low", reply.json().at("/error/message").asText());
    assertEquals("invalid_request_error", reply.json().at("/error/type").asText());
  }

  @Test
  void faultOnPathWaitsForThatPath() {
    hub.enqueueFault(Fault.htmlError(503).onPath("/embeddings"));

    assertEquals(200, calls.get("/models").code());
    HubCalls.Reply reply = calls.postJson("/embeddings", "{\"model\":\"text-embedding-3-small\",\"input\":\"x\"}");

    assertEquals(503, reply.code());
    assertTrue(reply.text().contains("503 Service Temporarily Unavailable"));
  }

  @Test
  void streamCutEndsWithoutDone() {
    hub.enqueueFault(Fault.streamCut(2));

    HubCalls.Reply reply = calls.postJson("/chat/completions", STREAM);

    assertEquals(200, reply.code());
    List<String> events = reply.events();
    assertEquals(2, events.size(), events.toString());
    assertFalse(reply.text().contains("[DONE]"), reply.text());
    assertEquals("Echo:", reply.chunks().get(1).at("/choices/0/delta/content").asText());
  }

  @Test
  void streamFaultsWaitForAStreamingRequest() {
    hub.enqueueFault(Fault.streamCut(1));

    HubCalls.Reply plain = calls.postJson("/chat/completions",
        STREAM.replace("{\"model\"", "{\"stream\":false,\"model\""));
    HubCalls.Reply streamed = calls.postJson("/chat/completions", STREAM);

    assertEquals("chat.completion", plain.json().path("object").asText());
    assertFalse(streamed.text().contains("[DONE]"));
  }

  @Test
  void streamErrorSendsAnErrorChunkMidStream() {
    hub.enqueueFault(Fault.streamError("upstream_error", "provider overloaded"));

    HubCalls.Reply reply = calls.postJson("/chat/completions", STREAM);

    assertEquals(200, reply.code());
    List<JsonNode> chunks = reply.chunks();
    assertEquals(2, chunks.size());
    assertEquals("assistant", chunks.get(0).at("/choices/0/delta/role").asText());
    assertEquals("upstream_error", chunks.get(1).at("/error/code").asText());
    assertEquals("provider overloaded", chunks.get(1).at("/error/message").asText());
    assertFalse(reply.text().contains("[DONE]"));
  }

  @Test
  void taskFailureEndsTheNextTaskFailed() {
    hub.enqueueFault(Fault.taskFailed("content_policy_violation", "Prompt rejected"));
    String failing = calls.postJson("/videos/generations", "{\"model\":\"sora-2\",\"prompt\":\"p\"}").json()
        .path("task_id").asText();
    String fine = calls.postJson("/videos/generations", "{\"model\":\"sora-2\",\"prompt\":\"p\"}").json()
        .path("task_id").asText();

    JsonNode failed = null;
    JsonNode completed = null;
    for (int i = 0; i < 3; i++) {
      failed = calls.get("/tasks/" + failing).json();
      completed = calls.get("/tasks/" + fine).json();
    }

    assertEquals("FAILED", failed.path("status").asText());
    assertEquals("content_policy_violation", failed.at("/error/code").asText());
    assertEquals("Prompt rejected", failed.at("/error/message").asText());
    assertFalse(failed.has("videoUrl"));
    assertEquals("COMPLETED", completed.path("status").asText());
  }

  @Test
  void taskFailureMakesAVideoJobFail() {
    hub.enqueueFault(Fault.taskFailed("moderation_blocked", "Blocked by moderation"));
    calls.get("/models"); // not a task: the fault waits
    String id = calls.postJson("/videos", "{\"prompt\":\"p\"}").json().path("id").asText();

    JsonNode job = null;
    for (int i = 0; i < 3; i++) {
      job = calls.get("/videos/" + id).json();
    }

    assertEquals("failed", job.path("status").asText());
    assertEquals("moderation_blocked", job.at("/error/code").asText());
    assertEquals("Blocked by moderation", job.at("/error/message").asText());
    assertTrue(job.path("completed_at").isNull());
    assertEquals(400, calls.get("/videos/" + id + "/content").code());
  }

  @Test
  void faultsPlayInTheOrderEnqueued() {
    hub.enqueueFault(Fault.httpError(500, "first", "first"));
    hub.enqueueFault(Fault.httpError(503, "second", "second"));

    assertEquals(500, calls.get("/models").code());
    HubCalls.Reply second = calls.get("/models");
    assertEquals(503, second.code());
    assertEquals("server_error", second.json().at("/error/type").asText());
    assertEquals(200, calls.get("/models").code());
  }

  @Test
  void authenticationIsCheckedBeforeFaults() {
    hub.enqueueFault(Fault.badGateway());

    assertEquals(401, new HubCalls(hub, "sk-wrong").get("/models").code());
    assertEquals(502, calls.get("/models").code());
  }
}
