package dev.hubkit.chat;

import static dev.hubkit.chat.HubFixtures.client;
import static dev.hubkit.chat.HubFixtures.fixture;
import static dev.hubkit.chat.HubFixtures.json;
import static dev.hubkit.chat.HubFixtures.sse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hubkit.core.ApiException;
import dev.hubkit.core.FallbackPolicy;
import dev.hubkit.core.FallbackResult;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.ServerException;
import dev.hubkit.core.HubException;
import dev.hubkit.core.StreamInterruptedException;
import dev.hubkit.core.StreamListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Wire shapes of gateways that translate Claude and Gemini into the OpenAI format (issue 14). */
class GatewayDialectsTest {
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

  static ChatRequest hi() {
    return ChatRequest.builder().model("gemini-2.0-flash").addMessage(ChatMessage.user("hi there")).build();
  }

  static String gateway(String name) {
    return fixture("gateway/" + name);
  }

  @Test
  void aStreamEndingCleanlyWithoutDoneAfterEveryChoiceFinishedIsComplete() {
    server.enqueue(sse(gateway("gemini-stream-no-done.txt")));

    ChatCompletion completion;
    try (ChatStream stream = chat.stream(hi())) {
      completion = stream.accumulate();
    }

    assertEquals("Echo: Echo: hi there", completion.text());
    assertEquals(FinishReason.STOP, completion.choices().get(0).finishReason().get());
    assertEquals(16, completion.usage().get().totalTokens());
  }

  @Test
  void anAsyncStreamEndingWithoutDoneAfterEveryChoiceFinishedCompletes() throws Exception {
    server.enqueue(sse(gateway("gemini-stream-no-done.txt")));
    List<String> texts = new ArrayList<>();

    chat.streamAsync(hi(), new StreamListener<ChatCompletionChunk>() {
      @Override
      public void onEvent(ChatCompletionChunk chunk) {
        texts.add(chunk.textDelta());
      }

      @Override
      public void onError(HubException error) {}
    }).get(5, TimeUnit.SECONDS);

    assertEquals(List.of("Echo:", " Echo: hi there"), texts);
  }

  @Test
  void aStreamEndingWithoutDoneBeforeAFinishReasonIsStillInterrupted() {
    server.enqueue(sse(gateway("gemini-stream-cut-no-finish.txt")));

    try (ChatStream stream = chat.stream(hi())) {
      StreamInterruptedException cut = assertThrows(StreamInterruptedException.class, stream::accumulate);
      assertTrue(cut.getMessage().contains("finish_reason on every choice"), cut.getMessage());
    }
  }

  @Test
  void aStreamEndingWithoutDoneWhileAnotherChoiceIsOpenIsStillInterrupted() {
    server.enqueue(sse(gateway("stream-n2-one-finished-no-done.txt")));

    try (ChatStream stream = chat.stream(hi())) {
      assertThrows(StreamInterruptedException.class, stream::accumulate);
    }
  }

  @Test
  void finishReasonsThatMeanTheSameReadTheSameAndKeepTheirRawText() {
    String[][] cases = {
      {"end_turn", "stop"}, {"stop_sequence", "stop"}, {"STOP", "stop"}, {"max_tokens", "length"},
      {"MAX_TOKENS", "length"}, {"tool_use", "tool_calls"}, {"SAFETY", "content_filter"},
      {"RECITATION", "content_filter"}, {"refusal", "content_filter"}, {"overloaded_error", "error"},
      {"stop", "stop"}, {"FINISH_REASON_UNSPECIFIED", "FINISH_REASON_UNSPECIFIED"}
    };
    for (String[] c : cases) {
      FinishReason reason = FinishReason.of(c[0]);
      assertEquals(c[1], reason.value(), c[0]);
      assertEquals(c[0], reason.raw());
    }
    assertEquals(FinishReason.STOP, FinishReason.of("end_turn"));
    assertEquals(FinishReason.TOOL_CALLS, FinishReason.of("tool_use"));
  }

  @Test
  void aWholeReplyWithClaudesEndTurnReadsAsStop() {
    server.enqueue(json(200, gateway("claude-completion-end-turn.json")));

    ChatCompletion completion = chat.create(hi());

    assertEquals(FinishReason.STOP, completion.choices().get(0).finishReason().get());
    assertEquals("end_turn", completion.choices().get(0).finishReason().get().raw());
  }

  @Test
  void anOverloadedErrorFinishReasonMidStreamIsAServerExceptionWithTheTextSoFar() {
    server.enqueue(sse(gateway("claude-stream-overloaded-finish.txt")));
    List<String> texts = new ArrayList<>();

    ServerException error;
    try (ChatStream stream = chat.stream(hi())) {
      error = assertThrows(ServerException.class, () -> stream.textDeltas().forEach(texts::add));
    }

    assertEquals(List.of("The answer", " is"), texts);
    assertEquals("overloaded_error", error.type().get());
    assertEquals(529, error.statusCode());
    assertTrue(error.error().inStream());
    assertTrue(error.getMessage().contains("finish_reason overloaded_error"), error.getMessage());
    assertEquals("The answer is", error.partialReply(ChatCompletion.class).get().text());
  }

  @Test
  void accumulateOfAStreamEndingWithAnErrorFinishThrowsRatherThanReturningATruncatedAnswer() {
    server.enqueue(sse(gateway("openrouter-stream-error-finish.txt")));

    ApiException error;
    try (ChatStream stream = chat.stream(hi())) {
      error = assertThrows(ApiException.class, stream::accumulate);
    }

    assertEquals("error", error.type().get());
    ChatCompletion partial = error.partialReply(ChatCompletion.class).get();
    assertEquals("Once upon", partial.text());
    assertEquals(FinishReason.ERROR, partial.choices().get(0).finishReason().get());
  }

  @Test
  void anAsyncStreamEndingWithAnErrorFinishFailsWithTheTypedException() throws Exception {
    server.enqueue(sse(gateway("claude-stream-overloaded-finish.txt")));
    List<String> seen = new ArrayList<>();

    CompletableFuture<Void> done = chat.streamAsync(hi(), new StreamListener<ChatCompletionChunk>() {
      @Override
      public void onEvent(ChatCompletionChunk chunk) {
        seen.add(chunk.textDelta());
      }

      @Override
      public void onError(HubException error) {
        seen.add("error " + error.getClass().getSimpleName());
      }
    });

    ExecutionException failed = assertThrows(ExecutionException.class, () -> done.get(5, TimeUnit.SECONDS));
    ServerException error = (ServerException) failed.getCause();
    assertEquals("The answer is", error.partialReply(ChatCompletion.class).get().text());
    assertEquals(List.of("The answer", " is", "error ServerException"), seen);
  }

  @Test
  void aWholeReplyWithAnErrorFinishIsAnExceptionAndFallsBackWhenItIsOverloaded() {
    server.enqueue(json(200, gateway("completion-error-finish.json")));
    ServerException overloaded = assertThrows(ServerException.class, () -> chat.create(hi()));
    assertEquals("overloaded_error",
        overloaded.partialReply(ChatCompletion.class).get().choices().get(0).finishReason().get().raw());

    server.enqueue(json(200, gateway("completion-error-finish.json")));
    server.enqueue(json(200, gateway("claude-completion-end-turn.json")));
    FallbackResult<ChatCompletion> answered =
        chat.createWithFallback(hi(), FallbackPolicy.fallbackModels("claude-haiku-4-5"));

    assertEquals("Hello!", answered.value().text());
    assertEquals(2, answered.attempts().size());
  }

  @Test
  void anErrorEventMidStreamCarriesTheTextReceivedBeforeIt() {
    server.enqueue(sse(fixture("stream-error-midway.txt")));

    ApiException error;
    try (ChatStream stream = chat.stream(hi())) {
      error = assertThrows(ApiException.class, stream::accumulate);
    }

    assertEquals("provider_overloaded", error.code().get());
    assertEquals("Par", error.partialReply(ChatCompletion.class).get().text());
  }
}
