package dev.hubkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.internal.HubRequest;
import dev.hubkit.core.internal.ResponseReader;
import java.util.Collections;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 14 point 6: error messages that name what went wrong, as gateways send them. */
class GatewayErrorMessagesTest {
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
        .execute(HubRequest.postJson(Collections.emptyMap(), "chat", "completions"),
            ResponseReader.json(JsonNode.class)));
  }

  @Test
  void aValidationErrorNamesItsFields() {
    ApiException e = failingCall(TestHub.json(422, "{\"detail\":\"Invalid request\",\"validation\":[{\"location\":"
        + "[\"body\",\"temperature\"],\"message\":\"must be <= 2\"},{\"location\":[\"body\",\"top_p\"],"
        + "\"message\":\"must be <= 1\"}]}"));

    assertEquals(Optional.of("Invalid request (body.temperature: must be <= 2; body.top_p: must be <= 1)"),
        e.hubMessage());
    assertEquals(Optional.of("temperature"), e.param());
    assertTrue(e.getMessage().contains("returned 422: Invalid request (body.temperature: must be <= 2"),
        e.getMessage());
  }

  @Test
  void aFastApiValidationErrorNamesItsFields() {
    ApiException e = failingCall(TestHub.json(422, "{\"detail\":[{\"loc\":[\"body\",\"temperature\"],"
        + "\"msg\":\"Input should be less than or equal to 2\",\"type\":\"less_than_equal\"}]}"));

    assertEquals(Optional.of("body.temperature: Input should be less than or equal to 2"), e.hubMessage());
    assertEquals(Optional.of("temperature"), e.param());
  }

  @Test
  void anHtmlPageAGatewayWrappedAsJsonReadsAsThePagesText() {
    ApiException e = failingCall(TestHub.json(502,
        "{\"html-message\":\"<html><body><h1>502 Bad Gateway</h1></body></html>\"}"));

    assertInstanceOf(ServerException.class, e);
    assertEquals(Optional.of("502 Bad Gateway"), e.error().bodySnippet());
    assertTrue(e.getMessage().endsWith("returned 502: 502 Bad Gateway"), e.getMessage());
  }

  @Test
  void anAnthropicNotFoundThroughAGatewayGetsNoPathPrefixHint() {
    ApiException e = failingCall(TestHub.json(404,
        "{\"type\":\"error\",\"error\":{\"type\":\"not_found_error\",\"message\":\"model: claude-x\"}}"));

    assertInstanceOf(NotFoundException.class, e);
    assertFalse(e.getMessage().contains("path prefix"), e.getMessage());
    assertEquals(Optional.of("not_found_error"), e.type());
  }

  @Test
  void aNotFoundOfThePathStillGetsThePathPrefixHint() {
    ApiException plain = failingCall(new MockResponse.Builder().code(404).body("404 page not found").build());
    assertTrue(plain.getMessage().contains("Check the base URL's path prefix"), plain.getMessage());

    ApiException openAi = failingCall(TestHub.json(404, "{\"error\":{\"message\":\"Invalid URL (POST /v1/chat/"
        + "completionss)\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}}"));
    assertTrue(openAi.getMessage().contains("Check the base URL's path prefix"), openAi.getMessage());
  }
}
