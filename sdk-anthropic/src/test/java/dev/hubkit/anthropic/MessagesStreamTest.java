package dev.hubkit.anthropic;

import static dev.hubkit.anthropic.ClaudeHub.body;
import static dev.hubkit.anthropic.ClaudeHub.fixture;
import static dev.hubkit.anthropic.ClaudeHub.json;
import static dev.hubkit.anthropic.ClaudeHub.sse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hubkit.core.FallbackPolicy;
import dev.hubkit.core.FallbackResult;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.HubException;
import dev.hubkit.core.ServerException;
import dev.hubkit.core.StreamInterruptedException;
import dev.hubkit.core.StreamListener;
import dev.hubkit.core.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MessagesStreamTest {
  private static final String STREAM = fixture("stream-thinking-tool.sse");

  @StartStop final MockWebServer server = new MockWebServer();
  private HubClient client;
  private MessagesApi messages;

  @BeforeEach
  void setUp() {
    client = ClaudeHub.client(server);
    messages = MessagesApi.of(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static Message whole() throws Exception {
    return Json.mapper().readValue(fixture("stream-thinking-tool.whole.json"), Message.class);
  }

  @Test
  void theAccumulatedStreamEqualsTheWholeReply() throws Exception {
    server.enqueue(sse(STREAM));
    Message streamed;
    try (MessageStream stream = messages.stream(ClaudeHub.weatherRequest())) {
      streamed = stream.accumulate();
    }
    assertEquals(whole(), streamed);
    ThinkingBlock thinking = (ThinkingBlock) streamed.content().get(0);
    assertEquals("EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds", thinking.signature());
    assertEquals("Paris", streamed.toolUses().get(0).input().get("location").asText());
    assertEquals(89, streamed.usage().get().outputTokens());
    assertEquals(472, streamed.usage().get().inputTokens());
    RecordedRequest sent = server.takeRequest();
    assertEquals("/claude/v1/messages", sent.getUrl().encodedPath());
    assertEquals("text/event-stream", sent.getHeaders().get("Accept"));
    assertTrue(body(sent).get("stream").asBoolean());
  }

  @Test
  void everyEventIsTypedInOrder() {
    server.enqueue(sse(STREAM));
    List<String> types = new ArrayList<>();
    try (MessageStream stream = messages.stream(ClaudeHub.weatherRequest())) {
      for (MessageStreamEvent event : stream) {
        types.add(event.getClass().getSimpleName().replace("Immutable", "") + ":" + event.type());
      }
    }
    assertEquals("MessageStartEvent:message_start", types.get(0));
    assertEquals("ContentBlockStartEvent:content_block_start", types.get(1));
    assertEquals("ContentBlockDeltaEvent:content_block_delta", types.get(2));
    assertEquals("PingEvent:ping", types.get(3));
    assertEquals("ContentBlockStopEvent:content_block_stop", types.get(6));
    assertEquals("MessageDeltaEvent:message_delta", types.get(types.size() - 2));
    assertEquals("MessageStopEvent:message_stop", types.get(types.size() - 1));
    assertEquals(19, types.size());
  }

  @Test
  void textDeltasGiveOnlyTheTextPieces() {
    server.enqueue(sse(STREAM));
    List<String> texts = new ArrayList<>();
    try (MessageStream stream = messages.stream(ClaudeHub.weatherRequest())) {
      stream.textDeltas().forEach(texts::add);
      assertEquals("The document says it is sunny.", stream.accumulate().text(),
          "the accumulator saw the events textDeltas read");
    }
    assertEquals(java.util.Arrays.asList("The document says ", "it is sunny."), texts);
  }

  @Test
  void messageStopEndsTheStreamWithoutReadingFurther() {
    server.enqueue(sse(STREAM + "event: content_block_delta\ndata: {not json\n\n"));
    try (MessageStream stream = messages.stream(ClaudeHub.weatherRequest())) {
      assertEquals("msg_01ThinkToolStream", stream.accumulate().id());
    }
  }

  @Test
  void aStreamCutBeforeMessageStopIsStreamInterrupted() {
    String cut = STREAM.substring(0, STREAM.indexOf("event: message_delta"));
    server.enqueue(sse(cut));
    try (MessageStream stream = messages.stream(ClaudeHub.weatherRequest())) {
      StreamInterruptedException e = assertThrows(StreamInterruptedException.class, stream::accumulate);
      assertTrue(e.getMessage().contains("message_stop"), e.getMessage());
    }
  }

  @Test
  void aStreamEndingAfterMessageDeltaButBeforeMessageStopIsStillACut() {
    String cut = STREAM.substring(0, STREAM.indexOf("event: message_stop"));
    server.enqueue(sse(cut));
    try (MessageStream stream = messages.stream(ClaudeHub.weatherRequest())) {
      assertThrows(StreamInterruptedException.class, stream::accumulate);
    }
  }

  @Test
  void anOverloadedErrorEventMidStreamIsAServerException() {
    String head = STREAM.substring(0, STREAM.indexOf("event: content_block_start"));
    server.enqueue(sse(head + "event: error\ndata: " + fixture("error-overloaded.json") + "\n\n"));
    try (MessageStream stream = messages.stream(ClaudeHub.weatherRequest())) {
      java.util.Iterator<MessageStreamEvent> events = stream.iterator();
      assertInstanceOf(MessageStartEvent.class, events.next());
      ServerException e = assertThrows(ServerException.class, events::hasNext);
      assertEquals(529, e.statusCode());
      assertTrue(e.error().inStream());
      assertEquals(java.util.Optional.of("overloaded_error"), e.type());
    }
  }

  @Test
  void anUnknownEventAndBlockAreKeptNotFatal() {
    String extra = "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":3,"
        + "\"content_block\":{\"type\":\"mcp_tool_use\",\"id\":\"mcptoolu_1\",\"name\":\"lookup\","
        + "\"server_name\":\"kb\",\"input\":{}}}\n\n"
        + "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":3,"
        + "\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"q\\\":1}\"}}\n\n"
        + "event: future_event\ndata: {\"type\":\"future_event\",\"n\":1}\n\n";
    String stream = STREAM.replace("event: message_delta", extra + "event: message_delta");
    server.enqueue(sse(stream));
    List<MessageStreamEvent> events = new ArrayList<>();
    Message message;
    try (MessageStream open = messages.stream(ClaudeHub.weatherRequest())) {
      open.forEach(events::add);
      message = open.accumulate();
    }
    assertTrue(events.stream().anyMatch(e -> e instanceof UnknownEvent && e.type().equals("future_event")));
    UnknownBlock mcp = (UnknownBlock) message.content().get(3);
    assertEquals("mcp_tool_use", mcp.type());
    assertEquals(1, mcp.json().get("input").get("q").asInt());
    assertEquals("kb", mcp.json().get("server_name").asText());
  }

  @Test
  void aDeltaOfAnUnknownKindIsKeptInItsAccumulatedBlock() {
    String future = "{\"type\":\"content_block_delta\",\"index\":1,"
        + "\"delta\":{\"type\":\"future_delta\",\"piece\":\"x\",\"n\":2}}";
    String stream = STREAM.replaceFirst("(data: \\{\"type\":\"content_block_delta\",\"index\":1,[^\n]*\n\n)",
        "$1event: content_block_delta\ndata: " + java.util.regex.Matcher.quoteReplacement(future) + "\n\n");
    assertTrue(stream.contains("future_delta"));
    server.enqueue(sse(stream));
    Message message;
    try (MessageStream open = messages.stream(ClaudeHub.weatherRequest())) {
      message = open.accumulate();
    }
    TextBlock text = assertInstanceOf(TextBlock.class, message.content().get(1));
    assertEquals("The document says it is sunny.", text.text());
    assertEquals(Json.mapper().createArrayNode().add(Json.mapper().createObjectNode()
            .put("type", "future_delta").put("piece", "x").put("n", 2)),
        Json.mapper().valueToTree(text.extra().get(MessageAccumulator.UNKNOWN_DELTAS)));
    MessageParam next = message.toParam();
    assertEquals(TextBlock.builder().from(text).extra(java.util.Collections.emptyMap()).build(),
        next.content().get(1), "HubKit's unknown_deltas member is not sent back to the API");
    assertEquals(message.content().get(0), next.content().get(0));
  }

  @Test
  void eventsWhoseTypeIsNotTheFirstMemberAreDecodedAlike() throws Exception {
    String reordered = STREAM.replace("{\"type\":\"content_block_stop\",\"index\":1}",
        "{ \"index\" : 1, \"type\" : \"content_block_stop\" }")
        .replace("{\"type\":\"message_stop\"}", "{\"x\":null,\"type\":\"message_stop\"}");
    server.enqueue(sse(reordered));
    try (MessageStream stream = messages.stream(ClaudeHub.weatherRequest())) {
      assertEquals(whole(), stream.accumulate());
    }
  }

  @Test
  void streamAsyncHandsEveryEventToTheListenerAndCompletes() throws Exception {
    server.enqueue(sse(STREAM));
    MessageAccumulator accumulator = new MessageAccumulator();
    CompletableFuture<Void> done = messages.streamAsync(ClaudeHub.weatherRequest(),
        new StreamListener<MessageStreamEvent>() {
          @Override
          public void onEvent(MessageStreamEvent event) {
            accumulator.add(event);
          }

          @Override
          public void onError(HubException error) {}
        });
    done.get(10, TimeUnit.SECONDS);
    assertEquals(whole(), accumulator.toMessage());
  }

  @Test
  void streamAsyncFailsWithTheErrorEventsTypedException() {
    server.enqueue(sse("event: error\ndata: " + fixture("error-overloaded.json") + "\n\n"));
    List<HubException> errors = new ArrayList<>();
    CompletableFuture<Void> done = messages.streamAsync(ClaudeHub.weatherRequest(),
        new StreamListener<MessageStreamEvent>() {
          @Override
          public void onEvent(MessageStreamEvent event) {}

          @Override
          public void onError(HubException error) {
            errors.add(error);
          }
        });
    ExecutionException e = assertThrows(ExecutionException.class, () -> done.get(10, TimeUnit.SECONDS));
    assertInstanceOf(ServerException.class, e.getCause());
    assertInstanceOf(ServerException.class, errors.get(0));
  }

  @Test
  void aStreamFallsBackToAnotherModelOnlyBeforeItsFirstEvent() throws Exception {
    server.enqueue(sse("event: error\ndata: " + fixture("error-overloaded.json") + "\n\n"));
    server.enqueue(sse(STREAM));
    FallbackResult<MessageStream> result = messages.streamWithFallback(ClaudeHub.weatherRequest(),
        FallbackPolicy.fallbackModels("claude-haiku-4-5"));
    try (MessageStream stream = result.value()) {
      assertEquals("claude-haiku-4-5", result.model());
      assertEquals(whole(), stream.accumulate(), "the event read ahead is not lost");
    }
    assertEquals("claude-sonnet-4-5", body(server.takeRequest()).get("model").asText());
    assertEquals("claude-haiku-4-5", body(server.takeRequest()).get("model").asText());
  }

  @Test
  void aFailingStatusBeforeTheStreamIsTheTypedException() {
    server.enqueue(json(401, "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\","
        + "\"message\":\"invalid x-api-key\"}}"));
    dev.hubkit.core.AuthenticationException e = assertThrows(dev.hubkit.core.AuthenticationException.class,
        () -> messages.stream(ClaudeHub.weatherRequest()));
    assertFalse(e.getMessage().contains(ClaudeHub.API_KEY));
  }
}
