package dev.hubkit.chat;

import static dev.hubkit.chat.HubFixtures.JSON;
import static dev.hubkit.chat.HubFixtures.fixture;
import static dev.hubkit.chat.HubFixtures.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.chat.responses.Response;
import dev.hubkit.chat.responses.ResponseRequest;
import dev.hubkit.core.FallbackPolicy;
import dev.hubkit.core.FallbackResult;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.HubReply;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.ServerException;
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
 * The per-call options of a fallback call reach every model's request, and their reply listener sees each model's
 * reply, the answering one's last; each blocking fallback call's Async twin answers the same.
 */
class FallbackCallOptionsTest {
  private static final String COMPLETION = "{\"id\":\"c\",\"object\":\"chat.completion\",\"model\":\"gpt-5\","
      + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hi from gpt-5\"},"
      + "\"finish_reason\":\"stop\"}]}";

  @StartStop final MockWebServer server = new MockWebServer();
  private HubClient client;
  private final List<HubReply> replies = new CopyOnWriteArrayList<>();
  private final FallbackPolicy policy = FallbackPolicy.fallbackModels("gpt-5");

  @BeforeEach
  void setUp() {
    client = HubFixtures.client(server); // retries 5xx: the options' maxRetries(0) must reach the first model too
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  /** A trace header, a body field the SDK does not model, no retries, and a listener of every reply. */
  private RequestOptions options() {
    return RequestOptions.builder()
        .header("X-Trace-Id", "trace-42")
        .bodyField("metadata_tag", "fallback-options")
        .maxRetries(0)
        .onReply(replies::add)
        .build();
  }

  private static MockResponse providerDown() {
    return HubFixtures.json(503, "{\"error\":{\"message\":\"claude is down\"}}");
  }

  private static MockResponse answered(String contentType, String body) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", contentType)
        .addHeader("x-served-by", "second-model").body(body).build();
  }

  private static ChatRequest chatRequest() {
    return ChatRequest.builder().model("claude-sonnet-4.5").addMessage(ChatMessage.user("Hello")).build();
  }

  private static ResponseRequest responseRequest() {
    return ResponseRequest.builder().model("claude-sonnet-4.5").input("Hello").build();
  }

  private static EmbeddingRequest embeddingRequest() {
    return EmbeddingRequest.builder().model("e1").input("x").build();
  }

  /**
   * Both models' requests carried the options' header and body field, and the listener saw the first model's 503
   * and then the second model's reply; forgets them for the next call.
   */
  private void assertEachModelGotTheOptions(String path, String first, String second) throws Exception {
    for (String model : Arrays.asList(first, second)) {
      RecordedRequest sent = take(server);
      assertEquals(path, sent.getUrl().encodedPath());
      assertEquals("trace-42", sent.getHeaders().get("X-Trace-Id"), model);
      JsonNode body = JSON.readTree(sent.getBody().utf8());
      assertEquals(model, body.get("model").asText());
      assertEquals("fallback-options", body.get("metadata_tag").asText(), model);
    }
    assertEquals(Arrays.asList(503, 200), replies.stream().map(HubReply::statusCode).collect(Collectors.toList()));
    assertEquals(Optional.of("second-model"), replies.get(1).header("x-served-by"));
    assertEquals(path, replies.get(1).path());
    replies.clear();
  }

  private static void assertFellBackTo(String model, FallbackResult<?> result) {
    assertEquals(model, result.model());
    assertEquals(2, result.attempts().size());
    assertInstanceOf(ServerException.class, result.attempts().get(0).error().get());
  }

  @Test
  void chatCreateWithFallbackSendsTheOptionsToEveryModelAndItsAsyncTwinAnswersTheSame() throws Exception {
    server.enqueue(providerDown());
    server.enqueue(answered("application/json", COMPLETION));
    FallbackResult<ChatCompletion> blocking = ChatApi.of(client).createWithFallback(chatRequest(), policy, options());
    assertFellBackTo("gpt-5", blocking);
    assertEquals("Hi from gpt-5", blocking.value().text());
    assertEachModelGotTheOptions("/v1/public/chat/completions", "claude-sonnet-4.5", "gpt-5");

    server.enqueue(providerDown());
    server.enqueue(answered("application/json", COMPLETION));
    FallbackResult<ChatCompletion> async = ChatApi.of(client)
        .createWithFallbackAsync(chatRequest(), policy, options()).get(10, TimeUnit.SECONDS);
    assertFellBackTo("gpt-5", async);
    assertEquals(blocking.value(), async.value());
    assertEachModelGotTheOptions("/v1/public/chat/completions", "claude-sonnet-4.5", "gpt-5");
  }

  @Test
  void chatStreamWithFallbackSendsTheOptionsToEveryModel() throws Exception {
    server.enqueue(providerDown());
    server.enqueue(answered("text/event-stream",
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"}}]}\n\n"
            + "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo\"}}]}\n\ndata: [DONE]\n\n"));
    FallbackResult<ChatStream> result = ChatApi.of(client).streamWithFallback(chatRequest(), policy, options());
    try (ChatStream stream = result.value()) {
      assertEquals("Hello", stream.accumulate().text());
    }
    assertFellBackTo("gpt-5", result);
    assertEachModelGotTheOptions("/v1/public/chat/completions", "claude-sonnet-4.5", "gpt-5");
  }

  @Test
  void responsesCreateWithFallbackSendsTheOptionsToEveryModelAndItsAsyncTwinAnswersTheSame() throws Exception {
    String completed = "{\"id\":\"resp_2\",\"object\":\"response\",\"status\":\"completed\",\"model\":\"gpt-5\","
        + "\"output\":[{\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\","
        + "\"text\":\"Sunny.\",\"annotations\":[]}]}]}";
    ResponsesApi responses = ResponsesApi.of(client);
    server.enqueue(providerDown());
    server.enqueue(answered("application/json", completed));
    FallbackResult<Response> blocking = responses.createWithFallback(responseRequest(), policy, options());
    assertFellBackTo("gpt-5", blocking);
    assertEquals("Sunny.", blocking.value().outputText());
    assertEachModelGotTheOptions("/v1/public/responses", "claude-sonnet-4.5", "gpt-5");

    server.enqueue(providerDown());
    server.enqueue(answered("application/json", completed));
    FallbackResult<Response> async =
        responses.createWithFallbackAsync(responseRequest(), policy, options()).get(10, TimeUnit.SECONDS);
    assertFellBackTo("gpt-5", async);
    assertEquals(blocking.value(), async.value());
    assertEachModelGotTheOptions("/v1/public/responses", "claude-sonnet-4.5", "gpt-5");
  }

  @Test
  void responsesStreamWithFallbackSendsTheOptionsToEveryModel() throws Exception {
    server.enqueue(providerDown());
    server.enqueue(answered("text/event-stream", fixture("responses/stream-text.sse")));
    FallbackResult<ResponseStream> result =
        ResponsesApi.of(client).streamWithFallback(responseRequest(), policy, options());
    try (ResponseStream stream = result.value()) {
      assertEquals("Hi there!", stream.accumulate().outputText());
    }
    assertFellBackTo("gpt-5", result);
    assertEachModelGotTheOptions("/v1/public/responses", "claude-sonnet-4.5", "gpt-5");
  }

  @Test
  void embeddingsCreateWithFallbackSendsTheOptionsToEveryModelAndItsAsyncTwinAnswersTheSame() throws Exception {
    String vectors = "{\"data\":[{\"index\":0,\"embedding\":[0.5,0.25]}],\"model\":\"e2\"}";
    EmbeddingsApi embeddings = EmbeddingsApi.of(client);
    FallbackPolicy toE2 = FallbackPolicy.fallbackModels("e2");
    server.enqueue(providerDown());
    server.enqueue(answered("application/json", vectors));
    FallbackResult<EmbeddingResponse> blocking = embeddings.createWithFallback(embeddingRequest(), toE2, options());
    assertFellBackTo("e2", blocking);
    assertEquals(0.25f, blocking.value().data().get(0).embedding()[1]);
    assertEachModelGotTheOptions("/v1/public/embeddings", "e1", "e2");

    server.enqueue(providerDown());
    server.enqueue(answered("application/json", vectors));
    FallbackResult<EmbeddingResponse> async =
        embeddings.createWithFallbackAsync(embeddingRequest(), toE2, options()).get(10, TimeUnit.SECONDS);
    assertFellBackTo("e2", async);
    assertEquals(0.25f, async.value().data().get(0).embedding()[1]);
    assertEachModelGotTheOptions("/v1/public/embeddings", "e1", "e2");

    server.enqueue(HubFixtures.json(404, "{\"error\":{\"code\":\"model_not_found\"}}")); // not retried
    server.enqueue(answered("application/json", vectors));
    FallbackResult<EmbeddingResponse> withoutOptions =
        embeddings.createWithFallbackAsync(embeddingRequest(), toE2).get(10, TimeUnit.SECONDS);
    assertEquals("e2", withoutOptions.model());
  }

  @Test
  void nullOptionsAreRefusedNamingThemBeforeAnythingIsSent() {
    ChatApi chat = ChatApi.of(client);
    ResponsesApi responses = ResponsesApi.of(client);
    EmbeddingsApi embeddings = EmbeddingsApi.of(client);
    List<Runnable> calls = Arrays.asList(
        () -> chat.createWithFallback(chatRequest(), policy, null),
        () -> chat.createWithFallbackAsync(chatRequest(), policy, null),
        () -> chat.streamWithFallback(chatRequest(), policy, null),
        () -> responses.createWithFallback(responseRequest(), policy, null),
        () -> responses.createWithFallbackAsync(responseRequest(), policy, null),
        () -> responses.streamWithFallback(responseRequest(), policy, null),
        () -> embeddings.createWithFallback(embeddingRequest(), policy, null),
        () -> embeddings.createWithFallbackAsync(embeddingRequest(), policy, null));
    for (Runnable call : calls) {
      assertEquals("options", assertThrows(NullPointerException.class, call::run).getMessage());
    }
    assertEquals(0, server.getRequestCount());
  }
}
