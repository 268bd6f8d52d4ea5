package dev.hubkit.chat;

import static dev.hubkit.chat.HubFixtures.client;
import static dev.hubkit.chat.HubFixtures.fixture;
import static dev.hubkit.chat.HubFixtures.sentJson;
import static dev.hubkit.chat.HubFixtures.sse;
import static dev.hubkit.chat.HubFixtures.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.chat.responses.Response;
import dev.hubkit.chat.responses.ResponseRequest;
import dev.hubkit.chat.responses.ResponseStatus;
import dev.hubkit.chat.responses.ResponseStreamEvent;
import dev.hubkit.core.ApiException;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.HubException;
import dev.hubkit.core.RateLimitException;
import dev.hubkit.core.ServerException;
import dev.hubkit.core.StreamInterruptedException;
import dev.hubkit.core.StreamListener;
import dev.hubkit.core.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResponsesApiStreamTest {
  private static final ResponseRequest REQUEST = ResponseRequest.builder().model("gpt-5").input("Hi").build();
  private static final String FAILED = "event: response.failed\ndata: {\"type\":\"response.failed\","
      + "\"sequence_number\":2,\"response\":{\"id\":\"resp_1\",\"status\":\"failed\",\"output\":[],"
      + "\"error\":{\"code\":\"%s\",\"message\":\"%s\"}}}\n\n";

  @StartStop final MockWebServer server = new MockWebServer();
  private HubClient client;
  private ResponsesApi responses;

  @BeforeEach
  void setUp() {
    client = client(server);
    responses = ResponsesApi.of(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static String lastEventRemoved(String stream) {
    String trimmed = stream.substring(0, stream.length() - 2);
    return trimmed.substring(0, trimmed.lastIndexOf("\n\n") + 2);
  }

  private static Response completedResponseOf(String stream) throws Exception {
    String last = stream.trim().substring(stream.trim().lastIndexOf("data: ") + 6);
    return Json.mapper().treeToValue(Json.mapper().readTree(last).get("response"), Response.class);
  }

  @Test
  void eventsArriveTypedAndTheAccumulatedResponseEqualsTheCompletedOne() throws Exception {
    String stream = fixture("responses/stream-text.sse");
    server.enqueue(sse(stream));

    List<String> types = new ArrayList<>();
    Response whole;
    try (ResponseStream events = responses.stream(REQUEST)) {
      for (ResponseStreamEvent event : events) {
        types.add(event.type());
      }
      whole = events.accumulate();
    }

    JsonNode sent = sentJson(take(server), "/v1/public/responses");
    assertTrue(sent.get("stream").booleanValue());
    assertEquals(20, types.size());
    assertEquals(ResponseStreamEvent.CREATED, types.get(0));
    assertEquals(ResponseStreamEvent.COMPLETED, types.get(19));
    assertEquals(completedResponseOf(stream), whole);
    assertEquals("Hi there!", whole.outputText());
    assertEquals("Greet briefly.", whole.output().get(0).text());
    assertEquals(Optional.of("{\"city\":\"Paris\"}"), whole.functionCalls().get(0).arguments());
    assertEquals(4, whole.usage().get().reasoningTokens());
  }

  @Test
  void textDeltasAreTheOutputTextPiecesInOrder() {
    server.enqueue(sse(fixture("responses/stream-text.sse")));
    List<String> pieces = new ArrayList<>();
    try (ResponseStream events = responses.stream(REQUEST)) {
      events.textDeltas().forEach(pieces::add);
    }
    assertEquals(List.of("Hi", " there!"), pieces);
  }

  @Test
  void withoutOutputInItsTerminalEventTheResponseIsBuiltFromTheDeltas() throws Exception {
    String stream = fixture("responses/stream-text.sse");
    Response expected = completedResponseOf(stream);
    // A gateway that sends the terminal response without its output items, and no *.done events.
    StringBuilder thinned = new StringBuilder();
    for (String event : stream.split("\n\n")) {
      if (event.contains(".done\n")) {
        continue;
      }
      thinned.append(event.contains("response.completed") ? event.replaceAll("\"output\":\\[.*\\],\"usage\"",
          "\"output\":[],\"usage\"") : event).append("\n\n");
    }
    server.enqueue(sse(thinned.toString()));

    Response whole = responses.stream(REQUEST).accumulate();

    assertEquals("Hi there!", whole.outputText());
    assertEquals("Greet briefly.", whole.output().get(0).text());
    assertEquals(expected.output().get(2).arguments(), whole.output().get(2).arguments());
    assertEquals(expected.output().size(), whole.output().size());
    assertEquals(expected.usage(), whole.usage());
  }

  @Test
  void aStreamCutBeforeItsTerminalEventIsInterruptedNamingWhatItAwaited() {
    server.enqueue(sse(lastEventRemoved(fixture("responses/stream-text.sse"))));
    ResponseStream events = responses.stream(REQUEST);
    StreamInterruptedException e = assertThrows(StreamInterruptedException.class, events::accumulate);
    assertTrue(e.getMessage().contains("response.completed"), e.getMessage());
  }

  @Test
  void aDoneMarkerAfterTheTerminalEventIsNotNeededAndNotRead() {
    server.enqueue(sse(fixture("responses/stream-text.sse") + "data: [DONE]\n\n"));
    assertEquals("Hi there!", responses.stream(REQUEST).accumulate().outputText());
  }

  @Test
  void anIncompleteResponseEndsTheStreamWithItsReason() {
    server.enqueue(sse("event: response.incomplete\ndata: {\"type\":\"response.incomplete\",\"sequence_number\":0,"
        + "\"response\":{\"id\":\"resp_1\",\"status\":\"incomplete\",\"output\":[],"
        + "\"incomplete_details\":{\"reason\":\"max_output_tokens\"}}}\n\n"));
    Response whole = responses.stream(REQUEST).accumulate();
    assertEquals(ResponseStatus.INCOMPLETE, whole.status().get());
    assertEquals(Optional.of("max_output_tokens"), whole.incompleteReason());
  }

  @Test
  void aFailedResponseIsTheTypedExceptionAFailedCallGets() {
    String created = fixture("responses/stream-text.sse").split("\n\n")[0] + "\n\n";
    server.enqueue(sse(created + String.format(FAILED, "server_error", "The model crashed.")));
    server.enqueue(sse(created + String.format(FAILED, "rate_limit_exceeded", "Slow down.")));
    server.enqueue(sse(created + String.format(FAILED, "invalid_prompt", "Prompt flagged.")));

    ServerException server500 = assertThrows(ServerException.class, () -> responses.stream(REQUEST).accumulate());
    RateLimitException limited = assertThrows(RateLimitException.class,
        () -> responses.stream(REQUEST).accumulate());
    ApiException invalid = assertThrows(ApiException.class, () -> responses.stream(REQUEST).accumulate());

    assertEquals(Optional.of("The model crashed."), server500.hubMessage());
    assertEquals(Optional.of("server_error"), server500.code());
    assertTrue(server500.error().inStream());
    assertEquals(429, limited.statusCode());
    assertEquals(Optional.of("invalid_prompt"), invalid.code());
    assertEquals(200, invalid.statusCode());
  }

  @Test
  void anErrorEventIsAnApiExceptionWithItsCodeAndMessage() {
    server.enqueue(sse("event: error\ndata: {\"type\":\"error\",\"code\":\"ERR_SOMETHING\","
        + "\"message\":\"Something went wrong\",\"param\":null,\"sequence_number\":1}\n\n"));
    ApiException e = assertThrows(ApiException.class, () -> responses.stream(REQUEST).accumulate());
    assertEquals(Optional.of("ERR_SOMETHING"), e.code());
    assertEquals(Optional.of("Something went wrong"), e.hubMessage());
  }

  @Test
  void anErrorEventWithoutItsEventNameIsStillAnApiException() {
    server.enqueue(sse("data: {\"type\":\"error\",\"code\":\"ERR_SOMETHING\",\"message\":\"Something went wrong\","
        + "\"param\":null,\"sequence_number\":1}\n\n"));
    ApiException e = assertThrows(ApiException.class, () -> responses.stream(REQUEST).accumulate());
    assertEquals(Optional.of("ERR_SOMETHING"), e.code());
  }

  @Test
  void anUnknownEventTypeIsDeliveredWithItsMembers() {
    server.enqueue(sse("event: response.future_thing\ndata: {\"type\":\"response.future_thing\",\"sequence_number\":0,"
        + "\"shiny\":{\"a\":1}}\n\n" + fixture("responses/stream-text.sse")));
    try (ResponseStream events = responses.stream(REQUEST)) {
      ResponseStreamEvent first = events.iterator().next();
      assertEquals("response.future_thing", first.type());
      assertEquals(java.util.Map.of("a", 1), first.extra().get("shiny"));
    }
  }

  @Test
  void streamAsyncHandsEveryEventToTheListenerThenCompletes() throws Exception {
    server.enqueue(sse(fixture("responses/stream-text.sse")));
    List<String> text = new CopyOnWriteArrayList<>();
    List<HubException> errors = new CopyOnWriteArrayList<>();
    responses.streamAsync(REQUEST, new StreamListener<ResponseStreamEvent>() {
      @Override
      public void onEvent(ResponseStreamEvent event) {
        text.add(event.textDelta());
      }

      @Override
      public void onComplete() {
        text.add("<done>");
      }

      @Override
      public void onError(HubException error) {
        errors.add(error);
      }
    }).get(10, TimeUnit.SECONDS);
    assertEquals("Hi there!<done>", String.join("", text));
    assertEquals(List.of(), errors);
  }

  @Test
  void aFailedResponseReachesTheAsyncListenerAsTheTypedException() throws Exception {
    server.enqueue(sse(String.format(FAILED, "server_error", "The model crashed.")));
    List<HubException> errors = new CopyOnWriteArrayList<>();
    try {
      responses.streamAsync(REQUEST, new StreamListener<ResponseStreamEvent>() {
        @Override
        public void onEvent(ResponseStreamEvent event) {
          errors.add(null);
        }

        @Override
        public void onComplete() {
        }

        @Override
        public void onError(HubException error) {
          errors.add(error);
        }
      }).get(10, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException expected) {
      assertInstanceOf(ServerException.class, expected.getCause());
    }
    assertEquals(1, errors.size());
    assertInstanceOf(ServerException.class, errors.get(0));
    assertFalse(errors.contains(null), "no event was delivered before the failure");
  }
}
