package dev.hubkit.anthropic;

import static dev.hubkit.anthropic.ClaudeHub.body;
import static dev.hubkit.anthropic.ClaudeHub.fixture;
import static dev.hubkit.anthropic.ClaudeHub.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.FallbackPolicy;
import dev.hubkit.core.FallbackResult;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.HubReply;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.ServerException;
import dev.hubkit.core.internal.Json;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Claude fallback call's per-call options reach every model's request, over the API's own headers, and their
 * reply listener sees each model's reply, the answering one's last; createWithFallbackAsync answers as
 * createWithFallback does.
 */
class FallbackCallOptionsTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private HubClient client;
  private MessagesApi messages;
  private final List<HubReply> replies = new CopyOnWriteArrayList<>();
  private final FallbackPolicy policy = FallbackPolicy.fallbackModels("claude-haiku-4-5");

  @BeforeEach
  void setUp() {
    client = ClaudeHub.client(server); // retries a 529: the options' maxRetries(0) must reach the first model too
    messages = MessagesApi.of(client).withBeta("interleaved-thinking-2025-05-14");
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private RequestOptions options() {
    return RequestOptions.builder()
        .header("X-Trace-Id", "trace-42")
        .bodyField("metadata", java.util.Collections.singletonMap("user_id", "user-7"))
        .maxRetries(0)
        .onReply(replies::add)
        .build();
  }

  private static MockResponse overloaded() {
    return json(529, fixture("error-overloaded.json"));
  }

  private static MockResponse answered(String contentType, String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", contentType)
        .setHeader("x-served-by", "haiku").body(body).build();
  }

  /** Both models' requests carried the options and the API's headers; the listener saw the 529, then the 200. */
  private void assertEachModelGotTheOptions() throws Exception {
    for (String model : Arrays.asList("claude-sonnet-4-5", "claude-haiku-4-5")) {
      RecordedRequest sent = server.takeRequest(5, TimeUnit.SECONDS);
      assertEquals("/claude/v1/messages", sent.getUrl().encodedPath());
      assertEquals("trace-42", sent.getHeaders().get("X-Trace-Id"), model);
      assertEquals("interleaved-thinking-2025-05-14", sent.getHeaders().get("anthropic-beta"), model);
      JsonNode body = body(sent);
      assertEquals(model, body.get("model").asText());
      assertEquals("user-7", body.path("metadata").path("user_id").asText(), model);
    }
    assertEquals(Arrays.asList(529, 200), replies.stream().map(HubReply::statusCode).collect(Collectors.toList()));
    assertEquals(Optional.of("haiku"), replies.get(1).header("x-served-by"));
    replies.clear();
  }

  private static void assertFellBackToHaiku(FallbackResult<?> result) {
    assertEquals("claude-haiku-4-5", result.model());
    assertEquals(2, result.attempts().size());
    assertInstanceOf(ServerException.class, result.attempts().get(0).error().get());
  }

  @Test
  void createWithFallbackSendsTheOptionsToEveryModelAndItsAsyncTwinAnswersTheSame() throws Exception {
    Message expected = Json.mapper().readValue(fixture("message-whole.json"), Message.class);
    server.enqueue(overloaded());
    server.enqueue(answered("application/json", fixture("message-whole.json")));
    FallbackResult<Message> blocking =
        messages.createWithFallback(ClaudeHub.weatherRequest(), policy, options());
    assertFellBackToHaiku(blocking);
    assertEquals(expected, blocking.value());
    assertEachModelGotTheOptions();

    server.enqueue(overloaded());
    server.enqueue(answered("application/json", fixture("message-whole.json")));
    FallbackResult<Message> async = messages.createWithFallbackAsync(ClaudeHub.weatherRequest(), policy, options())
        .get(10, TimeUnit.SECONDS);
    assertFellBackToHaiku(async);
    assertEquals(expected, async.value());
    assertEachModelGotTheOptions();
  }

  @Test
  void createWithFallbackAsyncWithoutOptionsFallsBackAsTheBlockingCallDoes() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(overloaded()); // the first model's call and the client's two retries
    }
    server.enqueue(json(200, fixture("message-whole.json")));
    FallbackResult<Message> result =
        messages.createWithFallbackAsync(ClaudeHub.weatherRequest(), policy).get(10, TimeUnit.SECONDS);
    assertEquals("claude-haiku-4-5", result.model());
    assertEquals(Json.mapper().readValue(fixture("message-whole.json"), Message.class), result.value());
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void streamWithFallbackSendsTheOptionsToEveryModel() throws Exception {
    server.enqueue(overloaded());
    server.enqueue(answered("text/event-stream", fixture("stream-thinking-tool.sse")));
    FallbackResult<MessageStream> result =
        messages.streamWithFallback(ClaudeHub.weatherRequest(), policy, options());
    try (MessageStream stream = result.value()) {
      assertEquals(Json.mapper().readValue(fixture("stream-thinking-tool.whole.json"), Message.class),
          stream.accumulate());
    }
    assertFellBackToHaiku(result);
    assertEachModelGotTheOptions();
  }

  @Test
  void nullOptionsAreRefusedNamingThemBeforeAnythingIsSent() {
    List<Runnable> calls = Arrays.asList(
        () -> messages.createWithFallback(ClaudeHub.weatherRequest(), policy, null),
        () -> messages.createWithFallbackAsync(ClaudeHub.weatherRequest(), policy, null),
        () -> messages.streamWithFallback(ClaudeHub.weatherRequest(), policy, null));
    for (Runnable call : calls) {
      assertEquals("options", assertThrows(NullPointerException.class, call::run).getMessage());
    }
    assertEquals(0, server.getRequestCount());
  }
}
