package dev.hubkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.internal.HubRequest;
import dev.hubkit.core.internal.ResponseReader;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class RetryTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private static final ResponseReader<JsonNode> TREE = ResponseReader.json(JsonNode.class);

  @Test
  void retriesAfterRateLimitHonouringRetryAfter() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1")
        .body("{\"error\":{\"code\":\"rate_limit_exceeded\"}}").build());
    server.enqueue(TestHub.json(200, "{\"ok\":true}"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      long start = System.nanoTime();
      JsonNode reply = client.transport().execute(HubRequest.get("models"), TREE);
      long waitedMillis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(reply.get("ok").asBoolean());
      // The policy's own backoff is 1-5 ms: only the hub's Retry-After explains a wait of a second.
      assertTrue(waitedMillis >= 950, "waited " + waitedMillis + " ms");
    }
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void retryAfterLongerThanTheCapIsCapped() {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "3600").build());
    server.enqueue(TestHub.json(200, "{}"));
    RetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ofMillis(1))
        .maxRetryAfter(Duration.ofMillis(20)).build();
    try (HubClient client = TestHub.clientFor(server).retryPolicy(policy).build()) {
      client.transport().execute(HubRequest.get("models"), TREE);
    }
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void serverErrorsAreRetriedThenThrown() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(TestHub.json(500, "{\"error\":{\"message\":\"upstream failed\"}}"));
    }
    try (HubClient client = TestHub.clientFor(server).build()) {
      ServerException e = assertThrows(ServerException.class,
          () -> client.transport().execute(HubRequest.get("models"), TREE));
      assertEquals(500, e.statusCode());
    }
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void anthropicOverloaded529IsRetriedLikeA503ThenThrownAsServerException() {
    String overloaded = "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}";
    for (int i = 0; i < 3; i++) {
      server.enqueue(TestHub.json(529, overloaded));
    }
    try (HubClient client = TestHub.clientFor(server).build()) {
      ServerException e = assertThrows(ServerException.class,
          () -> client.transport().execute(HubRequest.get("models"), TREE));
      assertEquals(529, e.statusCode());
      assertEquals(Optional.of("overloaded_error"), e.type());
      assertEquals(Optional.of("Overloaded"), e.hubMessage());
    }
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void anthropicOverloaded529ThenSuccessAnswers() {
    server.enqueue(TestHub.json(529, "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\","
        + "\"message\":\"Overloaded\"}}"));
    server.enqueue(TestHub.json(200, "{\"ok\":true}"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      assertTrue(client.transport().execute(HubRequest.get("models"), TREE).get("ok").asBoolean());
    }
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void badRequestIsNotRetried() {
    server.enqueue(TestHub.json(400, "{\"error\":{\"code\":\"invalid_messages\"}}"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      assertThrows(ApiException.class, () -> client.transport().execute(HubRequest.get("models"), TREE));
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void hubCanForbidARetryWithXShouldRetry() {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("x-should-retry", "false").build());
    try (HubClient client = TestHub.clientFor(server).build()) {
      assertThrows(ServerException.class, () -> client.transport().execute(HubRequest.get("models"), TREE));
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void connectionDroppedBeforeTheReplyIsRetried() {
    server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(TestHub.json(200, "{\"ok\":true}"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      assertTrue(client.transport().execute(HubRequest.get("models"), TREE).get("ok").asBoolean());
    }
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void perCallMaxRetriesOverridesTheClient() {
    server.enqueue(TestHub.json(502, "{}"));
    server.enqueue(TestHub.json(200, "{}"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      RequestOptions noRetries = RequestOptions.builder().maxRetries(0).build();
      assertThrows(ServerException.class,
          () -> client.transport().execute(HubRequest.get("models").withOptions(noRetries), TREE));
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void asyncCallsRetryToo() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("retry-after-ms", "10").build());
    server.enqueue(TestHub.json(200, "{\"n\":7}"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      assertEquals(7, client.transport().executeAsync(HubRequest.get("models"), TREE).get().get("n").asInt());
    }
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void asyncFailureCompletesTheFutureWithTheTypedException() {
    server.enqueue(TestHub.json(404, "{\"error\":{\"code\":\"model_not_found\"}}"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      ExecutionException e = assertThrows(ExecutionException.class,
          () -> client.transport().executeAsync(HubRequest.get("models"), TREE).get());
      assertTrue(e.getCause() instanceof NotFoundException, String.valueOf(e.getCause()));
    }
  }

  @Test
  void unreachableHubIsAConnectionException() throws Exception {
    okhttp3.HttpUrl url = server.url("/v1");
    server.close();
    try (HubClient client = HubClient.builder().baseUrl(url).maxRetries(1)
        .retryPolicy(RetryPolicy.builder().maxRetries(1).initialBackoff(Duration.ofMillis(1)).build()).build()) {
      HubConnectionException e = assertThrows(HubConnectionException.class,
          () -> client.transport().execute(HubRequest.get("models"), TREE));
      assertTrue(e.getMessage().startsWith("GET /v1/models failed: "), e.getMessage());
    }
  }

  @Test
  void anExhaustedQuotaIsNotRetried() {
    server.enqueue(TestHub.json(429, "{\"error\":{\"message\":\"You exceeded your current quota\","
        + "\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}"));
    server.enqueue(TestHub.json(200, "{}"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      InsufficientCreditsException e = assertThrows(InsufficientCreditsException.class,
          () -> client.transport().execute(HubRequest.get("models"), TREE));
      assertEquals(Optional.of("insufficient_quota"), e.code());
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aCallPastTheWholeCallTimeoutIsAHubTimeoutException() {
    server.enqueue(new MockResponse.Builder().headersDelay(5, TimeUnit.SECONDS).body("{}").build());
    try (HubClient client = TestHub.clientFor(server).callTimeout(Duration.ofMillis(200)).build()) {
      HubTimeoutException e = assertThrows(HubTimeoutException.class,
          () -> client.transport().execute(HubRequest.get("models"), TREE));
      assertTrue(e.getMessage().contains("whole-call timeout"), e.getMessage());
    }
  }

  @Test
  void aReadTimeoutOkHttpCannotApplyIsRejectedWhenTheOptionsAreBuilt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RequestOptions.builder().readTimeout(Duration.ofDays(30)).build());
    assertTrue(e.getMessage().startsWith("readTimeout must be at most"), e.getMessage());
    assertEquals(Optional.of(Duration.ofDays(24)),
        RequestOptions.builder().readTimeout(Duration.ofDays(24)).build().readTimeout());
  }

  @Test
  void anAsynchronousCallAfterCloseSaysTheClientIsClosed() {
    HubClient client = TestHub.clientFor(server).build();
    client.close();
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> client.transport().executeAsync(HubRequest.get("models"), TREE).get());
    assertInstanceOf(ClientClosedException.class, e.getCause());
    assertTrue(e.getCause().getMessage().contains("the HubClient is closed"), e.getCause().getMessage());
    assertEquals(0, server.getRequestCount());
  }
}
