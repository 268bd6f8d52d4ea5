package dev.hubkit.gemini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hubkit.core.FallbackPolicy;
import dev.hubkit.core.FallbackResult;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.HubReply;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.ServerException;
import dev.hubkit.core.internal.Json;
import java.util.Arrays;
import java.util.Collections;
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
 * A Gemini fallback call's per-call options reach every model's request, and their reply listener sees each model's
 * reply, the answering one's last; generateWithFallbackAsync answers as generateWithFallback does.
 */
class FallbackCallOptionsTest {
  private static final String UNAVAILABLE =
      "{\"error\":{\"code\":503,\"message\":\"The model is overloaded.\",\"status\":\"UNAVAILABLE\"}}";

  @StartStop final MockWebServer server = new MockWebServer();
  private HubClient client;
  private GeminiApi gemini;
  private final List<HubReply> replies = new CopyOnWriteArrayList<>();
  private final FallbackPolicy policy = FallbackPolicy.fallbackModels("gemini-2.5-flash");

  @BeforeEach
  void setUp() {
    client = Fixtures.client(server); // retries a 503 once: the options' maxRetries(0) must reach the first model
    gemini = GeminiApi.of(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private RequestOptions options() {
    return RequestOptions.builder()
        .header("X-Trace-Id", "trace-42")
        .bodyField("labels", Collections.singletonMap("team", "search"))
        .maxRetries(0)
        .onReply(replies::add)
        .build();
  }

  private static MockResponse answered(String contentType, String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", contentType)
        .setHeader("x-served-by", "flash").body(body).build();
  }

  /** Both models' requests carried the options; the listener saw the 503, then the answering model's 200. */
  private void assertEachModelGotTheOptions(String method) throws Exception {
    for (String model : Arrays.asList("gemini-2.5-pro", "gemini-2.5-flash")) {
      RecordedRequest sent = server.takeRequest(5, TimeUnit.SECONDS);
      assertEquals("/hub/v1beta/models/" + model + ":" + method, sent.getUrl().encodedPath());
      assertEquals("trace-42", sent.getHeaders().get("X-Trace-Id"), model);
      assertEquals("search", Fixtures.body(sent).path("labels").path("team").asText(), model);
    }
    assertEquals(Arrays.asList(503, 200), replies.stream().map(HubReply::statusCode).collect(Collectors.toList()));
    assertEquals(Optional.of("flash"), replies.get(1).header("x-served-by"));
    replies.clear();
  }

  private static void assertFellBackToFlash(FallbackResult<?> result) {
    assertEquals("gemini-2.5-flash", result.model());
    assertEquals(2, result.attempts().size());
    assertInstanceOf(ServerException.class, result.attempts().get(0).error().get());
  }

  @Test
  void generateWithFallbackSendsTheOptionsToEveryModelAndItsAsyncTwinAnswersTheSame() throws Exception {
    GenerateContentResponse expected =
        Json.mapper().readValue(Fixtures.text("generate-image.json"), GenerateContentResponse.class);
    server.enqueue(Fixtures.json(503, UNAVAILABLE));
    server.enqueue(answered("application/json", Fixtures.text("generate-image.json")));
    FallbackResult<GenerateContentResponse> blocking =
        gemini.generateWithFallback("gemini-2.5-pro", GenerateContentRequest.of("Draw"), policy, options());
    assertFellBackToFlash(blocking);
    assertEquals(expected, blocking.value());
    assertEachModelGotTheOptions("generateContent");

    server.enqueue(Fixtures.json(503, UNAVAILABLE));
    server.enqueue(answered("application/json", Fixtures.text("generate-image.json")));
    FallbackResult<GenerateContentResponse> async = gemini.generateWithFallbackAsync("gemini-2.5-pro",
        GenerateContentRequest.of("Draw"), policy, options()).get(10, TimeUnit.SECONDS);
    assertFellBackToFlash(async);
    assertEquals(expected, async.value());
    assertEachModelGotTheOptions("generateContent");
  }

  @Test
  void generateWithFallbackAsyncWithoutOptionsFallsBackAsTheBlockingCallDoes() throws Exception {
    server.enqueue(Fixtures.json(503, UNAVAILABLE));
    server.enqueue(Fixtures.json(503, UNAVAILABLE)); // the client's one retry
    server.enqueue(Fixtures.json("generate-image.json"));
    FallbackResult<GenerateContentResponse> result = gemini.generateWithFallbackAsync("gemini-2.5-pro",
        GenerateContentRequest.of("Draw"), policy).get(10, TimeUnit.SECONDS);
    assertEquals("gemini-2.5-flash", result.model());
    assertEquals(1, result.value().candidates().get(0).inlineData().size());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void streamWithFallbackSendsTheOptionsToEveryModel() throws Exception {
    server.enqueue(Fixtures.json(503, UNAVAILABLE));
    server.enqueue(answered("text/event-stream", Fixtures.text("stream-thinking.sse")));
    FallbackResult<GeminiStream> opened =
        gemini.streamWithFallback("gemini-2.5-pro", GenerateContentRequest.of("Count"), policy, options());
    try (GeminiStream stream = opened.value()) {
      assertEquals("One, two, three.", stream.accumulate().text());
    }
    assertFellBackToFlash(opened);
    assertEachModelGotTheOptions("streamGenerateContent");
  }

  @Test
  void nullOptionsAreRefusedNamingThemBeforeAnythingIsSent() {
    GenerateContentRequest request = GenerateContentRequest.of("x");
    List<Runnable> calls = Arrays.asList(
        () -> gemini.generateWithFallback("gemini-2.5-pro", request, policy, null),
        () -> gemini.generateWithFallbackAsync("gemini-2.5-pro", request, policy, null),
        () -> gemini.streamWithFallback("gemini-2.5-pro", request, policy, null));
    for (Runnable call : calls) {
      assertEquals("options", assertThrows(NullPointerException.class, call::run).getMessage());
    }
    assertEquals(0, server.getRequestCount());
  }
}
