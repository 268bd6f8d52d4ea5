package dev.hubkit.chat;

import static dev.hubkit.chat.HubFixtures.json;
import static dev.hubkit.chat.HubFixtures.sse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hubkit.core.AllModelsFailedException;
import dev.hubkit.core.ApiException;
import dev.hubkit.core.AuthenticationException;
import dev.hubkit.core.CallCanceledException;
import dev.hubkit.core.FallbackPolicy;
import dev.hubkit.core.FallbackResult;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.HubTimeoutException;
import dev.hubkit.core.InsufficientCreditsException;
import dev.hubkit.core.ModelAttempt;
import dev.hubkit.core.RateLimitException;
import dev.hubkit.core.RetryPolicy;
import dev.hubkit.core.ServerException;
import dev.hubkit.core.internal.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Model fallback: which errors move on to the next model, which stop, and what the report says. */
class ModelFallbackTest {
  private static final String OK = "{\"id\":\"c\",\"object\":\"chat.completion\",\"model\":\"gemini-2.5-pro\","
      + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hi\"},\"finish_reason\":\"stop\"}]}";

  @StartStop final MockWebServer server = new MockWebServer();
  private HubClient client;
  private ChatApi chat;
  private final List<String> fallbacks = new CopyOnWriteArrayList<>();
  private FallbackPolicy policy;

  @BeforeEach
  void setUp() {
    client = HubClient.builder().baseUrl(server.url("/v1/public").toString()).apiKey("sk-test")
        .retryPolicy(RetryPolicy.builder().maxRetries(0).build()).readTimeout(Duration.ofMillis(500)).build();
    chat = ChatApi.of(client);
    policy = FallbackPolicy.fallbackModels("gemini-2.5-pro", "gpt-5")
        .withListener((failed, next) -> fallbacks.add(failed.model() + " -> " + next));
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static ChatRequest request() {
    return ChatRequest.builder().model("claude-sonnet-4.5").addMessage(ChatMessage.user("Hello")).build();
  }

  private List<String> modelsSent() throws Exception {
    List<String> models = new ArrayList<>();
    for (int i = server.getRequestCount(); i > 0; i--) {
      RecordedRequest request = server.takeRequest();
      models.add(request.getBody() == null
          ? "(closed before the body)"
          : Json.mapper().readTree(request.getBody().utf8()).get("model").asText());
    }
    return models;
  }

  private void assertFallsBackOn(MockResponse failure, Class<?> errorType) throws Exception {
    assertFallsBackOn(failure, errorType, "claude-sonnet-4.5");
  }

  private void assertFallsBackOn(MockResponse failure, Class<?> errorType, String firstSeen) throws Exception {
    server.enqueue(failure);
    server.enqueue(json(200, OK));
    FallbackResult<ChatCompletion> result = chat.createWithFallback(request(), policy);
    assertEquals("gemini-2.5-pro", result.model());
    assertEquals("Hi", result.value().text());
    assertTrue(result.fellBack());
    assertInstanceOf(errorType, result.attempts().get(0).error().get());
    assertEquals(Arrays.asList(firstSeen, "gemini-2.5-pro"), modelsSent());
    assertEquals(Arrays.asList("claude-sonnet-4.5 -> gemini-2.5-pro"), fallbacks);
  }

  @Test
  void serverErrorFallsBackToTheNextModel() throws Exception {
    assertFallsBackOn(json(503, "{\"error\":{\"message\":\"provider down\"}}"), ServerException.class);
  }

  @Test
  void rateLimitAfterRetriesFallsBack() throws Exception {
    assertFallsBackOn(json(429, "{\"error\":{\"code\":\"rate_limit_exceeded\"}}"), RateLimitException.class);
  }

  @Test
  void unknownModelFallsBack() throws Exception {
    assertFallsBackOn(json(404, "{\"error\":{\"message\":\"Model 'claude-sonnet-4.5' not found or not active\","
        + "\"type\":\"invalid_request_error\",\"code\":\"model_not_found\"}}"), ApiException.class);
  }

  @Test
  void timeoutFallsBack() throws Exception {
    assertFallsBackOn(new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).body(OK).build(),
        HubTimeoutException.class);
  }

  @Test
  void connectionFailureFallsBack() throws Exception {
    assertFallsBackOn(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build(),
        dev.hubkit.core.HubConnectionException.class, "(closed before the body)");
  }

  private void assertStopsAtOnce(MockResponse failure, Class<? extends Throwable> errorType) {
    server.enqueue(failure);
    assertThrows(errorType, () -> chat.createWithFallback(request(), policy));
    assertEquals(1, server.getRequestCount());
    assertTrue(fallbacks.isEmpty());
  }

  @Test
  void invalidKeyStopsAtOnce() {
    assertStopsAtOnce(json(401, "{\"error\":{\"code\":\"invalid_api_key\"}}"), AuthenticationException.class);
  }

  @Test
  void noCreditsStopsAtOnce() {
    assertStopsAtOnce(json(402, "{\"error\":{\"message\":\"no credits\"}}"), InsufficientCreditsException.class);
  }

  @Test
  void invalidRequestStopsAtOnce() {
    assertStopsAtOnce(json(400, "{\"error\":{\"code\":\"invalid_messages\"}}"), ApiException.class);
  }

  @Test
  void everyModelFailingReportsEachAttempt() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(502, "{\"error\":{\"message\":\"bad gateway " + i + "\"}}"));
    }
    AllModelsFailedException e = assertThrows(AllModelsFailedException.class,
        () -> chat.createWithFallback(request(), policy));
    assertEquals(Arrays.asList("claude-sonnet-4.5", "gemini-2.5-pro", "gpt-5"),
        e.attempts().stream().map(ModelAttempt::model).collect(Collectors.toList()));
    assertTrue(e.attempts().stream().noneMatch(ModelAttempt::succeeded));
    assertTrue(e.getMessage().startsWith("all 3 models failed: claude-sonnet-4.5 ("), e.getMessage());
    assertInstanceOf(ServerException.class, e.getCause());
    assertEquals(2, fallbacks.size());
  }

  @Test
  void asyncFallbackChainsWithoutBlocking() throws Exception {
    server.enqueue(json(500, "{\"error\":{\"message\":\"boom\"}}"));
    server.enqueue(json(200, OK));
    FallbackResult<ChatCompletion> result = chat.createWithFallbackAsync(request(), policy).get(5, TimeUnit.SECONDS);
    assertEquals("gemini-2.5-pro", result.model());
    assertEquals(2, result.attempts().size());
    server.enqueue(json(401, "{\"error\":{\"code\":\"invalid_api_key\"}}"));
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> chat.createWithFallbackAsync(request(), policy).get(5, TimeUnit.SECONDS));
    assertInstanceOf(AuthenticationException.class, e.getCause());
  }

  @Test
  void streamFallsBackWhenTheFirstModelFailsBeforeItsFirstEvent() throws Exception {
    server.enqueue(json(503, "{\"error\":{\"message\":\"down\"}}"));
    server.enqueue(sse("data: {\"error\":{\"code\":\"server_error\",\"message\":\"overloaded\"}}\n\n"));
    server.enqueue(sse("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"}}]}\n\n"
        + "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo\"}}]}\n\ndata: [DONE]\n\n"));
    FallbackResult<ChatStream> result = chat.streamWithFallback(request(), policy);
    try (ChatStream stream = result.value()) {
      assertEquals("Hello", stream.accumulate().text());
    }
    assertEquals("gpt-5", result.model());
    assertEquals(3, result.attempts().size());
    assertEquals(Arrays.asList("claude-sonnet-4.5", "gemini-2.5-pro", "gpt-5"), modelsSent());
  }

  @Test
  void streamNeverFallsBackOnceAnEventArrived() throws Exception {
    server.enqueue(sse("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"}}]}\n\n"
        + "data: {\"error\":{\"code\":\"server_error\",\"message\":\"provider died\"}}\n\n"));
    FallbackResult<ChatStream> result = chat.streamWithFallback(request(), policy);
    assertFalse(result.fellBack());
    try (ChatStream stream = result.value()) {
      Iterator<ChatCompletionChunk> chunks = stream.iterator();
      assertEquals("Hel", chunks.next().textDelta());
      ApiException e = assertThrows(ApiException.class, chunks::hasNext);
      assertEquals("server_error", e.code().get());
    }
    assertEquals(1, server.getRequestCount());
    assertTrue(fallbacks.isEmpty());
  }

  @Test
  void embeddingsFallBackToo() throws Exception {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, "{\"data\":[{\"index\":0,\"embedding\":[0.5,0.25]}],\"model\":\"e2\"}"));
    FallbackResult<EmbeddingResponse> result = EmbeddingsApi.of(client).createWithFallback(
        EmbeddingRequest.builder().model("e1").input("x").build(), FallbackPolicy.fallbackModels("e2"));
    assertEquals("e2", result.model());
    assertEquals(0.25f, result.value().data().get(0).embedding()[1]);
    assertEquals(Arrays.asList("e1", "e2"), modelsSent());
  }

  @Test
  void aClientWideDefaultPolicyAppliesToPlainCallsAndStreams() throws Exception {
    ChatApi withDefault = chat.withFallback(policy);
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, OK));
    assertEquals("Hi", withDefault.create(request()).text());
    server.enqueue(json(503, "{}"));
    server.enqueue(sse("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Yo\"}}]}\n\ndata: [DONE]\n\n"));
    try (ChatStream stream = withDefault.stream(request())) {
      assertEquals("Yo", stream.accumulate().text());
    }
    server.enqueue(json(502, "{}"));
    server.enqueue(json(200, OK));
    assertEquals("Hi", withDefault.createAsync(request()).get(5, TimeUnit.SECONDS).text());
    assertEquals(Arrays.asList("claude-sonnet-4.5", "gemini-2.5-pro", "claude-sonnet-4.5", "gemini-2.5-pro",
        "claude-sonnet-4.5", "gemini-2.5-pro"), modelsSent());
    assertEquals(3, fallbacks.size());
  }

  @Test
  void cancellingAnAsyncCallUnderADefaultPolicyCancelsTheCallInFlight() throws Exception {
    server.enqueue(new MockResponse.Builder().headersDelay(5, TimeUnit.SECONDS).body(OK).build());
    java.util.concurrent.CompletableFuture<ChatCompletion> answer = chat.withFallback(policy).createAsync(request());
    for (int i = 0; i < 200 && client.httpClient().dispatcher().runningCallsCount() == 0; i++) {
      Thread.sleep(5);
    }
    assertEquals(1, client.httpClient().dispatcher().runningCallsCount());
    answer.cancel(true);
    for (int i = 0; i < 200 && client.httpClient().dispatcher().runningCallsCount() > 0; i++) {
      Thread.sleep(5);
    }
    assertEquals(0, client.httpClient().dispatcher().runningCallsCount());
    assertTrue(fallbacks.isEmpty());
  }

  @Test
  void aCallTheAppCancelsThroughItsHttpClientDoesNotFallBack() throws Exception {
    server.enqueue(new MockResponse.Builder().headersDelay(5, TimeUnit.SECONDS).body(OK).build());
    server.enqueue(json(200, OK));
    java.util.concurrent.CompletableFuture<FallbackResult<ChatCompletion>> answer =
        chat.createWithFallbackAsync(request(), policy);
    server.takeRequest(); // the first model's call is on its way
    client.httpClient().dispatcher().cancelAll(); // as an app does when its user signs out
    ExecutionException e = assertThrows(ExecutionException.class, () -> answer.get(5, TimeUnit.SECONDS));
    assertInstanceOf(CallCanceledException.class, e.getCause());
    assertTrue(fallbacks.isEmpty(), fallbacks.toString());
  }

  @Test
  void anAsyncCallWhosePolicyTriggerThrowsFailsWithWhatItThrew() throws Exception {
    IllegalStateException bug = new IllegalStateException("trigger bug");
    server.enqueue(json(503, "{\"error\":{\"message\":\"provider down\"}}"));
    ChatApi withDefault = chat.withFallback(policy.withTrigger(error -> {
      throw bug;
    }));
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> withDefault.createAsync(request()).get(10, TimeUnit.SECONDS));
    assertSame(bug, e.getCause());
    assertEquals(Arrays.asList("claude-sonnet-4.5"), modelsSent());
  }

  @Test
  void anAsyncCallWhoseFallbackListenerThrowsFailsWithWhatItThrew() throws Exception {
    IllegalStateException bug = new IllegalStateException("listener bug");
    server.enqueue(json(503, "{\"error\":{\"message\":\"provider down\"}}"));
    server.enqueue(json(200, OK));
    FallbackPolicy throwing = policy.withListener((failed, next) -> {
      throw bug;
    });
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> chat.createWithFallbackAsync(request(), throwing).get(10, TimeUnit.SECONDS));
    assertSame(bug, e.getCause());
    assertEquals(Arrays.asList("claude-sonnet-4.5"), modelsSent(), "the next model is not tried");
  }

  @Test
  void aPolicyNeedsAtLeastOneModel() {
    assertThrows(IllegalArgumentException.class, FallbackPolicy::fallbackModels);
    assertThrows(IllegalArgumentException.class, () -> FallbackPolicy.fallbackModels("a", " "));
  }
}
