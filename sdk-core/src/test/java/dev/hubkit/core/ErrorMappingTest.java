package dev.hubkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.internal.HubRequest;
import dev.hubkit.core.internal.ResponseReader;
import java.time.Duration;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ErrorMappingTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private HubClient client;

  @BeforeEach
  void setUp() {
    client = TestHub.clientFor(server).maxRetries(0).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private ApiException failingCall(MockResponse reply) {
    server.enqueue(reply);
    return assertThrows(ApiException.class, () -> client.transport()
        .execute(HubRequest.postJson(java.util.Collections.emptyMap(), "chat", "completions"),
            ResponseReader.json(JsonNode.class)));
  }

  @Test
  void chungusModelNotFoundBecomesNotFoundWithItsCode() {
    ApiException e = failingCall(TestHub.json(404, "{\"error\":{\"message\":\"Model 'invalid-model' not found or "
        + "not active\",\"type\":\"invalid_request_error\",\"code\":\"model_not_found\"}}"));
    assertInstanceOf(NotFoundException.class, e);
    assertEquals(404, e.statusCode());
    assertEquals(Optional.of("model_not_found"), e.code());
    assertEquals(Optional.of("invalid_request_error"), e.type());
    assertEquals(Optional.of("Model 'invalid-model' not found or not active"), e.hubMessage());
    assertEquals("POST /v1/public/chat/completions returned 404: Model 'invalid-model' not found or not active "
        + "(code model_not_found, type invalid_request_error)", e.getMessage());
  }

  @Test
  void everyDocumentedChungusCodeIsReachable() {
    String[][] cases = {
      {"400", "invalid_model_type"}, {"400", "invalid_messages"}, {"400", "missing_input"},
      {"400", "invalid_json"}, {"429", "rate_limit_exceeded"},
    };
    for (String[] c : cases) {
      ApiException e = failingCall(TestHub.json(Integer.parseInt(c[0]),
          "{\"error\":{\"message\":\"m\",\"type\":\"invalid_request_error\",\"code\":\"" + c[1] + "\"}}"));
      assertEquals(Optional.of(c[1]), e.code());
      assertEquals(Integer.parseInt(c[0]) == 429, e instanceof RateLimitException, c[1]);
    }
  }

  @Test
  void htmlBadGatewayPageGivesAReadableServerException() {
    ApiException e = failingCall(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
        .body("<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1>"
            + "</center>\n<hr><center>nginx</center>\n</body>\n</html>").build());
    assertInstanceOf(ServerException.class, e);
    assertEquals(Optional.empty(), e.hubMessage());
    assertEquals("POST /v1/public/chat/completions returned 502: 502 Bad Gateway: 502 Bad Gateway nginx",
        e.getMessage());
  }

  @Test
  void rateLimitCarriesTheParsedRetryAfter() {
    RateLimitException e = (RateLimitException) failingCall(new MockResponse.Builder().code(429)
        .setHeader("Retry-After", "7").body("{\"error\":{\"message\":\"slow down\",\"code\":null}}").build());
    assertEquals(Optional.of(Duration.ofSeconds(7)), e.retryAfter());
    assertEquals(Optional.empty(), e.code());
    assertTrue(e.getMessage().endsWith("The hub asked to wait 7000 ms"), e.getMessage());
  }

  @Test
  void statusesMapToTheExceptionACallerActsOn() {
    assertInstanceOf(AuthenticationException.class, failingCall(TestHub.json(401, "{\"error\":\"bad key\"}")));
    assertInstanceOf(AuthenticationException.class, failingCall(TestHub.json(403, "{\"error\":{\"message\":\"no\"}}")));
    assertInstanceOf(InsufficientCreditsException.class,
        failingCall(TestHub.json(402, "{\"error\":{\"code\":402,\"message\":\"no credits\",\"metadata\":{}}}")));
    ApiException newApiQuota = failingCall(TestHub.json(403,
        "{\"error\":{\"message\":\"quota\",\"type\":\"new_api_error\",\"code\":\"insufficient_user_quota\"}}"));
    assertInstanceOf(InsufficientCreditsException.class, newApiQuota);
    ApiException openAiQuota = failingCall(TestHub.json(429, "{\"error\":{\"message\":\"You exceeded your current"
        + " quota\",\"type\":\"insufficient_quota\",\"param\":null,\"code\":\"insufficient_quota\"}}"));
    assertInstanceOf(InsufficientCreditsException.class, openAiQuota);
    assertInstanceOf(RateLimitException.class,
        failingCall(TestHub.json(429, "{\"error\":{\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}")));
    ApiException conflict = failingCall(TestHub.json(422, "{\"detail\":\"prompt too long\"}"));
    assertEquals(ApiException.class, conflict.getClass());
    assertEquals(Optional.of("prompt too long"), conflict.hubMessage());
  }

  @Test
  void aSuccessfulReplyThatIsOnlyAnErrorEnvelopeIsThatError() {
    ApiException upstream = failingCall(TestHub.json(200,
        " {\"error\":{\"message\":\"upstream request timed out\",\"type\":\"upstream_error\",\"code\":504}}"));
    assertInstanceOf(ServerException.class, upstream);
    assertEquals(504, upstream.statusCode());
    assertEquals(Optional.of("upstream request timed out"), upstream.hubMessage());
    ApiException text = failingCall(TestHub.json(200, "{\"error\":\"no available channel for model gpt-5\"}"));
    assertEquals(200, text.statusCode());
    assertEquals(Optional.of("no available channel for model gpt-5"), text.hubMessage());
  }

  @Test
  void aSuccessfulReplyThatIsOnlyAnthropicsErrorEnvelopeIsThatErrorAndAnOrdinaryTypedReplyIsNot() {
    ApiException overloaded = failingCall(TestHub.json(200,
        "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"));
    assertInstanceOf(ServerException.class, overloaded);
    assertEquals(529, overloaded.statusCode());
    ApiException denied = failingCall(TestHub.json(200, "{\"error\":{\"type\":\"permission_error\","
        + "\"message\":\"no\"},\"type\":\"error\",\"request_id\":\"req_1\"}"));
    assertInstanceOf(AuthenticationException.class, denied);
    server.enqueue(TestHub.json(200, "{\"type\":\"message\",\"error\":{\"type\":\"x\"},\"id\":\"m1\"}"));
    assertEquals("m1", client.transport().execute(HubRequest.get("messages"), ResponseReader.json(JsonNode.class))
        .path("id").asText());
  }

  @Test
  void aSuccessfulReplyWithAnErrorMemberBesideOthersIsAnOrdinaryReply() {
    server.enqueue(TestHub.json(200, "{\"error\":{\"code\":\"content_policy\"},\"status\":\"FAILED\"}"));
    JsonNode reply = client.transport().execute(HubRequest.get("tasks", "t1"), ResponseReader.json(JsonNode.class));
    assertEquals("FAILED", reply.path("status").asText());
    server.enqueue(TestHub.json(200, "{\"error\":null}"));
    assertTrue(client.transport().execute(HubRequest.get("tasks", "t1"), ResponseReader.json(JsonNode.class))
        .path("error").isNull());
  }

  @Test
  void numericCodesAndTopLevelEnvelopesAreRead() {
    ApiException openRouter = failingCall(TestHub.json(400,
        "{\"error\":{\"code\":400,\"message\":\"Provider returned error\",\"metadata\":{\"provider_name\":\"x\"}}}"));
    assertEquals(Optional.of("400"), openRouter.code());
    ApiException task = failingCall(TestHub.json(404,
        "{\"code\":\"task_not_exist\",\"message\":\"task_not_exist\",\"data\":null}"));
    assertEquals(Optional.of("task_not_exist"), task.code());
    assertEquals(Optional.of("task_not_exist"), task.hubMessage());
  }

  @Test
  void googlesErrorEnvelopeGivesItsCodeMessageAndStatus() {
    ApiException e = failingCall(TestHub.json(429, "{\"error\":{\"code\":429,\"message\":\"Resource has been"
        + " exhausted (e.g. check quota).\",\"status\":\"RESOURCE_EXHAUSTED\"}}"));
    assertInstanceOf(RateLimitException.class, e);
    assertEquals(Optional.of("429"), e.code());
    assertEquals(Optional.of("RESOURCE_EXHAUSTED"), e.type());
    assertEquals(Optional.of("Resource has been exhausted (e.g. check quota)."), e.hubMessage());
  }

  @Test
  void googlesErrorEnvelopeInAOneElementArrayIsReadAsTheEnvelope() {
    ApiException e = failingCall(TestHub.json(400, "[{\"error\":{\"code\":400,\"message\":\"API key not valid."
        + " Please pass a valid API key.\",\"status\":\"INVALID_ARGUMENT\"}}]"));
    assertEquals(Optional.of("INVALID_ARGUMENT"), e.type());
    assertEquals(Optional.of("API key not valid. Please pass a valid API key."), e.hubMessage());
    assertFalse(e.error().bodySnippet().isPresent());
  }

  @Test
  void requestIdHeaderIsKept() {
    ApiException e = failingCall(new MockResponse.Builder().code(500).setHeader("X-Oneapi-Request-Id", "req-42")
        .body("{\"error\":{\"message\":\"boom\"}}").build());
    assertEquals(Optional.of("req-42"), e.requestId());
    assertTrue(e.getMessage().contains("request id req-42"), e.getMessage());
  }

  @Test
  void emptyErrorBodyStillSaysWhatHappened() {
    ApiException e = failingCall(new MockResponse.Builder().code(503).build());
    assertTrue(e.getMessage().startsWith("POST /v1/public/chat/completions returned 503: "), e.getMessage());
    assertTrue(e.getMessage().contains("(empty body)"), e.getMessage());
  }

  @Test
  void apiKeyEchoedByTheHubIsMaskedInTheException() {
    ApiException e = failingCall(TestHub.json(401, "{\"error\":{\"message\":\"Incorrect API key provided: "
        + TestHub.API_KEY + "\",\"code\":\"invalid_api_key\"}}"));
    assertFalse(e.getMessage().contains(TestHub.API_KEY), e.getMessage());
    assertFalse(e.hubMessage().get().contains(TestHub.API_KEY));
    assertTrue(e.getMessage().contains("[redacted API key]"), e.getMessage());
    assertTrue(e.getMessage().endsWith("Check the API key (HUBKIT_API_KEY) for this hub"), e.getMessage());
  }

  @Test
  void successWithEmptyOrMalformedBodyIsAMalformedResponse() {
    server.enqueue(new MockResponse.Builder().code(200).build());
    MalformedResponseException empty = assertThrows(MalformedResponseException.class,
        () -> client.transport().execute(HubRequest.get("models"), ResponseReader.json(JsonNode.class)));
    assertTrue(empty.getMessage().contains("empty body"), empty.getMessage());
    server.enqueue(TestHub.json(200, "{\"data\": [1, 2,"));
    MalformedResponseException broken = assertThrows(MalformedResponseException.class,
        () -> client.transport().execute(HubRequest.get("models"), ResponseReader.json(JsonNode.class)));
    assertTrue(broken.getMessage().contains("{\"data\": [1, 2,"), broken.getMessage());
  }
}
