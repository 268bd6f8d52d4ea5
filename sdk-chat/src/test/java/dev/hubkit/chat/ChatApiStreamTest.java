package dev.hubkit.chat;

import static dev.hubkit.chat.HubFixtures.client;
import static dev.hubkit.chat.HubFixtures.fixture;
import static dev.hubkit.chat.HubFixtures.json;
import static dev.hubkit.chat.HubFixtures.sentJson;
import static dev.hubkit.chat.HubFixtures.sse;
import static dev.hubkit.chat.HubFixtures.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.ApiException;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.HubException;
import dev.hubkit.core.NotFoundException;
import dev.hubkit.core.StreamInterruptedException;
import dev.hubkit.core.StreamListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatApiStreamTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private HubClient client;
  private ChatApi chat;

  @BeforeEach
  void setUp() {
    client = client(server);
    chat = ChatApi.of(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static ChatRequest story() {
    return ChatRequest.builder().model("llama-2-7b-chat")
        .addMessage(ChatMessage.user("Write a short story about a robot."))
        .temperature(0.7).maxTokens(512).build();
  }

  private static List<String> texts(ChatStream stream) {
    List<String> texts = new ArrayList<>();
    stream.textDeltas().forEach(texts::add);
    return texts;
  }

  @Test
  void streamSendsStreamTrueAndAcceptsEventStream() throws Exception {
    server.enqueue(sse(fixture("chungus-stream.txt")));

    List<String> texts;
    try (ChatStream stream = chat.stream(ChatRequest.builder().from(story())
        .streamOptions(StreamOptions.usageIncluded()).build())) {
      texts = texts(stream);
    }

    RecordedRequest request = take(server);
    assertEquals("text/event-stream", request.getHeaders().get("Accept"));
    JsonNode sent = sentJson(request, "/v1/public/chat/completions");
    assertTrue(sent.get("stream").booleanValue());
    assertTrue(sent.at("/stream_options/include_usage").booleanValue());
    assertEquals(0.7, sent.get("temperature").asDouble());
    assertEquals(512, sent.get("max_tokens").asInt());
    assertEquals(List.of("The", " capital", " of", " France", " is", " Paris"), texts);
  }

  @Test
  void accumulateJoinsTheDocumentedStreamIntoACompletion() throws Exception {
    server.enqueue(sse(fixture("chungus-stream.txt")));

    ChatCompletion completion;
    try (ChatStream stream = chat.stream(story())) {
      Iterator<ChatCompletionChunk> chunks = stream.iterator();
      assertEquals("The", chunks.next().textDelta());
      completion = stream.accumulate();
    }

    assertEquals("The capital of France is Paris", completion.text(), "includes the chunk iterated before");
    assertEquals("chatcmpl-123", completion.id().get());
    assertEquals("chat.completion", completion.object().get());
    assertEquals(1694268190L, completion.created().get());
    assertEquals(FinishReason.STOP, completion.choices().get(0).finishReason().get());
    assertEquals(33, completion.usage().get().totalTokens());
  }

  @Test
  void commentLinesAndDataWithoutSpaceAreRead() throws Exception {
    server.enqueue(sse(fixture("stream-keepalive-nospace.txt")));

    List<ChatCompletionChunk> chunks = new ArrayList<>();
    try (ChatStream stream = chat.stream(story())) {
      stream.forEach(chunks::add);
    }

    assertEquals(4, chunks.size());
    assertEquals(ChatRole.ASSISTANT, chunks.get(0).choices().get(0).delta().role().get());
    assertEquals("Hel", chunks.get(1).textDelta());
    assertEquals("lo", chunks.get(2).textDelta());
    assertFalse(chunks.get(1).usage().isPresent(), "\"usage\":null reads as absent");
    ChatCompletionChunk usageOnly = chunks.get(3);
    assertTrue(usageOnly.choices().isEmpty());
    assertEquals("", usageOnly.textDelta());
    assertFalse(usageOnly.id().isPresent());
    assertFalse(usageOnly.model().isPresent());
    assertFalse(usageOnly.created().isPresent());
    assertEquals(7, usageOnly.usage().get().totalTokens());
  }

  @Test
  void usageOnlyFinalChunkGoesIntoTheAccumulatedCompletion() throws Exception {
    server.enqueue(sse(fixture("stream-keepalive-nospace.txt")));

    ChatCompletion completion;
    try (ChatStream stream = chat.stream(story())) {
      completion = stream.accumulate();
    }

    assertEquals("Hello", completion.text());
    assertEquals("gen-1", completion.id().get());
    assertEquals("m", completion.model().get());
    assertEquals(5, completion.usage().get().promptTokens());
    assertEquals(2, completion.usage().get().completionTokens());
  }

  @Test
  void reasoningContentAndReasoningDeltasAreJoined() throws Exception {
    server.enqueue(sse(fixture("stream-reasoning.txt")));

    ChatCompletion completion;
    List<String> texts;
    try (ChatStream stream = chat.stream(story())) {
      texts = texts(stream);
      completion = stream.accumulate();
    }

    assertEquals(List.of("Answer"), texts, "thinking is not text");
    ChatCompletionMessage message = completion.choices().get(0).message();
    assertEquals("Thinking... done.", message.reasoningContent().get(), "a delta carrying both names counts once");
    assertEquals("Answer", message.content().get());
    assertEquals("Thinking... done.", message.toMessage().reasoningContent().get());
  }

  @Test
  void toolCallDeltasAreAccumulatedIntoWholeCalls() throws Exception {
    server.enqueue(sse(fixture("stream-tool-calls.txt")));

    ChatCompletion completion;
    try (ChatStream stream = chat.stream(story())) {
      completion = stream.accumulate();
    }

    ChatChoice choice = completion.choices().get(0);
    assertEquals(FinishReason.TOOL_CALLS, choice.finishReason().get());
    assertFalse(choice.message().content().isPresent());
    List<ToolCall> calls = choice.message().toolCalls();
    assertEquals(2, calls.size());
    assertEquals(ToolCall.function("call_a", "get_weather", "{\"city\":\"Paris\"}"), calls.get(0));
    assertEquals(ToolCall.function("call_b", "get_time", "{\"tz\":\"CET\"}"), calls.get(1));
  }

  @Test
  void everyChoiceIsAccumulatedWhenNIsTwo() throws Exception {
    server.enqueue(sse(fixture("stream-n2.txt")));

    ChatCompletion completion;
    try (ChatStream stream = chat.stream(ChatRequest.builder().from(story()).n(2).build())) {
      completion = stream.accumulate();
    }

    assertEquals(2, completion.choices().size());
    assertEquals(0, completion.choices().get(0).index());
    assertEquals("Red rose", completion.choices().get(0).message().content().get());
    assertEquals(FinishReason.STOP, completion.choices().get(0).finishReason().get());
    assertEquals(1, completion.choices().get(1).index());
    assertEquals("Blue sky", completion.choices().get(1).message().content().get());
    assertEquals(FinishReason.LENGTH, completion.choices().get(1).finishReason().get());
    assertEquals(13, completion.usage().get().totalTokens());
  }

  @Test
  void errorEventMidStreamThrowsApiExceptionWithItsCode() throws Exception {
    server.enqueue(sse(fixture("stream-error-midway.txt")));

    List<String> texts = new ArrayList<>();
    ApiException error;
    try (ChatStream stream = chat.stream(story())) {
      error = assertThrows(ApiException.class, () -> stream.textDeltas().forEach(texts::add));
    }

    assertEquals(List.of("Par"), texts);
    assertEquals("provider_overloaded", error.code().get());
    assertTrue(error.error().inStream());
    assertTrue(error.getMessage().contains("Upstream provider overloaded"), error.getMessage());
  }

  @Test
  void streamCutBeforeDoneThrowsStreamInterrupted() throws Exception {
    server.enqueue(sse(fixture("stream-cut.txt")));

    List<String> texts = new ArrayList<>();
    try (ChatStream stream = chat.stream(story())) {
      assertThrows(StreamInterruptedException.class, () -> stream.textDeltas().forEach(texts::add));
    }

    assertEquals(List.of("The", " capital"), texts);
  }

  @Test
  void accumulateOfACutStreamThrowsRatherThanReturningHalfAnAnswer() throws Exception {
    server.enqueue(sse(fixture("stream-cut.txt")));

    try (ChatStream stream = chat.stream(story())) {
      assertThrows(StreamInterruptedException.class, stream::accumulate);
    }
  }

  @Test
  void errorStatusBeforeTheStreamThrowsFromStream() throws Exception {
    server.enqueue(json(404, fixture("chungus-error-model-not-found.json")));

    NotFoundException error = assertThrows(NotFoundException.class, () -> chat.stream(story()));

    assertEquals("model_not_found", error.code().get());
  }

  @Test
  void closeMidStreamCancelsTheCall() throws Exception {
    StringBuilder longStream = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      longStream.append("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"tok").append(i)
          .append("\"}}]}\n\n");
    }
    longStream.append("data: [DONE]\n\n");
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream")
        .body(longStream.toString()).throttleBody(256, 50, TimeUnit.MILLISECONDS).build());
    server.enqueue(json(200, fixture("chungus-completion.json")));

    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      ChatStream stream = chat.stream(story());
      Iterator<String> texts = stream.textDeltas().iterator();
      assertEquals("tok0", texts.next());
      stream.close();
      assertFalse(texts.hasNext(), "iteration ends after close");
    });

    assertEquals("The capital of France is Paris.", chat.create(story()).text());
    assertEquals(0, take(server).getConnectionIndex());
    RecordedRequest next = take(server);
    assertEquals(1, next.getConnectionIndex(), "the cancelled connection was dropped, not reused");
    assertEquals(0, next.getExchangeIndex());
  }

  @Test
  void streamAsyncDeliversEveryChunkThenCompletes() throws Exception {
    server.enqueue(sse(fixture("chungus-stream.txt")));
    BlockingQueue<String> events = new LinkedBlockingQueue<>();

    chat.streamAsync(story(), new StreamListener<ChatCompletionChunk>() {
      @Override
      public void onEvent(ChatCompletionChunk chunk) {
        events.add("chunk:" + chunk.textDelta());
      }

      @Override
      public void onComplete() {
        events.add("complete");
      }

      @Override
      public void onError(HubException error) {
        events.add("error:" + error);
      }
    }).get(5, TimeUnit.SECONDS);

    assertEquals(List.of("chunk:The", "chunk: capital", "chunk: of", "chunk: France", "chunk: is", "chunk: Paris",
        "chunk:", "complete"), new ArrayList<>(events));
    assertTrue(sentJson(take(server), "/v1/public/chat/completions").get("stream").booleanValue());
  }

  @Test
  void streamAsyncReportsAnErrorEventToOnError() throws Exception {
    server.enqueue(sse(fixture("stream-error-midway.txt")));
    BlockingQueue<Object> events = new LinkedBlockingQueue<>();

    Throwable failure = assertThrows(java.util.concurrent.ExecutionException.class,
        () -> chat.streamAsync(story(), new StreamListener<ChatCompletionChunk>() {
          @Override
          public void onEvent(ChatCompletionChunk chunk) {
            events.add(chunk.textDelta());
          }

          @Override
          public void onError(HubException error) {
            events.add(error);
          }
        }).get(5, TimeUnit.SECONDS)).getCause();

    assertEquals("Par", events.poll());
    ApiException error = (ApiException) events.poll();
    assertEquals("provider_overloaded", error.code().get());
    assertEquals(error, failure);
    assertTrue(events.isEmpty());
  }

  @Test
  void chatStreamIteratesOnce() throws Exception {
    server.enqueue(sse(fixture("chungus-stream.txt")));

    try (ChatStream stream = chat.stream(story())) {
      stream.iterator();
      assertThrows(IllegalStateException.class, stream::textDeltas);
    }
  }
}
