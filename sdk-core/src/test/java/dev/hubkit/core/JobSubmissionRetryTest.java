package dev.hubkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.internal.HubRequest;
import dev.hubkit.core.internal.ResponseReader;
import java.util.Collections;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** A job-creating POST carries an Idempotency-Key and is never sent twice once its body went out. */
class JobSubmissionRetryTest {
  private static final ResponseReader<JsonNode> TREE = ResponseReader.json(JsonNode.class);
  private static final HubRequest SUBMISSION =
      HubRequest.postJson(Collections.singletonMap("prompt", "a cat"), "videos", "generations").creatingJob();

  @StartStop final MockWebServer server = new MockWebServer();

  private static MockResponse cutAfterTheRequestWasRead() {
    return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
  }

  @Test
  void aSubmissionSentWithoutAnAnswerIsNotSentAgainAndSaysTheJobMayExistWithItsKey() throws Exception {
    server.enqueue(cutAfterTheRequestWasRead());
    server.enqueue(TestHub.json(200, "{\"task_id\":\"second_paid_job\"}"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      JobSubmissionUnknownException e = assertThrows(JobSubmissionUnknownException.class,
          () -> client.transport().execute(SUBMISSION, TREE));
      RecordedRequest sent = server.takeRequest();
      String key = sent.getHeaders().get("Idempotency-Key");
      assertNotNull(key);
      assertEquals(key, e.idempotencyKey());
      assertTrue(e.getMessage().contains("may exist on the hub"), e.getMessage());
      assertTrue(e.getMessage().contains(key), e.getMessage());
      assertFalse(e.getMessage().contains(TestHub.API_KEY));
      assertFalse(FallbackPolicy.isProviderFailure(e), "another model must not get a second paid job");
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void anAsyncSubmissionSentWithoutAnAnswerFailsTheSameWay() {
    server.enqueue(cutAfterTheRequestWasRead());
    server.enqueue(TestHub.json(200, "{\"task_id\":\"second_paid_job\"}"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      ExecutionException e = assertThrows(ExecutionException.class,
          () -> client.transport().executeAsync(SUBMISSION, TREE).get(10, TimeUnit.SECONDS));
      assertInstanceOf(JobSubmissionUnknownException.class, e.getCause());
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aChatCallCutTheSameWayIsStillRetried() throws Exception {
    server.enqueue(cutAfterTheRequestWasRead());
    server.enqueue(TestHub.json(200, "{\"ok\":true}"));
    HubRequest chat = HubRequest.postJson(Collections.singletonMap("model", "m"), "chat", "completions");
    try (HubClient client = TestHub.clientFor(server).build()) {
      assertTrue(client.transport().execute(chat, TREE).get("ok").asBoolean());
    }
    assertEquals(2, server.getRequestCount());
    assertNull(server.takeRequest().getHeaders().get("Idempotency-Key"));
  }

  @Test
  void aRateLimitedSubmissionIsRetriedWithTheSameKey() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("retry-after-ms", "5")
        .body("{\"error\":{\"code\":\"rate_limit_exceeded\"}}").build());
    server.enqueue(TestHub.json(200, "{\"task_id\":\"t1\"}"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      assertEquals("t1", client.transport().execute(SUBMISSION, TREE).get("task_id").asText());
    }
    String first = server.takeRequest().getHeaders().get("Idempotency-Key");
    String second = server.takeRequest().getHeaders().get("Idempotency-Key");
    assertNotNull(first);
    assertEquals(first, second);
  }

  @Test
  void aServerErrorToASubmissionIsNotRetried() {
    server.enqueue(TestHub.json(502, "{\"error\":{\"message\":\"upstream timed out\"}}"));
    server.enqueue(TestHub.json(200, "{\"task_id\":\"second_paid_job\"}"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      assertThrows(ServerException.class, () -> client.transport().execute(SUBMISSION, TREE));
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void eachSubmissionGetsItsOwnKey() throws Exception {
    server.enqueue(TestHub.json(200, "{\"task_id\":\"t1\"}"));
    server.enqueue(TestHub.json(200, "{\"task_id\":\"t2\"}"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      client.transport().execute(SUBMISSION, TREE);
      client.transport().execute(SUBMISSION, TREE);
    }
    String first = server.takeRequest().getHeaders().get("Idempotency-Key");
    String second = server.takeRequest().getHeaders().get("Idempotency-Key");
    assertFalse(first.equals(second), first);
  }

  @Test
  void aCallerWhoOptsInGetsTheResendWithTheSameKeyItChose() throws Exception {
    server.enqueue(cutAfterTheRequestWasRead());
    server.enqueue(TestHub.json(200, "{\"task_id\":\"t1\"}"));
    RequestOptions resend = RequestOptions.builder().resendJobSubmissions(true)
        .header("idempotency-key", "order-42").build();
    try (HubClient client = TestHub.clientFor(server).build()) {
      assertEquals("t1", client.transport().execute(SUBMISSION.withOptions(resend), TREE).get("task_id").asText());
    }
    assertEquals(2, server.getRequestCount());
    assertEquals("order-42", server.takeRequest().getHeaders().get("Idempotency-Key"));
    assertEquals("order-42", server.takeRequest().getHeaders().get("Idempotency-Key"));
  }

  @Test
  void aReplyCutInItsBodyIsAlsoAnUnknownSubmission() {
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
        .body("{\"task_id\":\"t1\",\"status\":\"GENERATING\",\"padding\":\"" + repeat('x', 4096) + "\"}")
        .onResponseBody(new SocketEffect.CloseSocket()).build());
    try (HubClient client = TestHub.clientFor(server).build()) {
      assertThrows(JobSubmissionUnknownException.class, () -> client.transport().execute(SUBMISSION, TREE));
    }
    assertEquals(1, server.getRequestCount());
  }

  private static String repeat(char c, int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append(c);
    }
    return text.toString();
  }
}
