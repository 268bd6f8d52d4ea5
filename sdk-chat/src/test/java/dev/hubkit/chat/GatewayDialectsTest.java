package dev.hubkit.chat;

import static dev.hubkit.chat.HubFixtures.client;
import static dev.hubkit.chat.HubFixtures.fixture;
import static dev.hubkit.chat.HubFixtures.json;
import static dev.hubkit.chat.HubFixtures.sse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hubkit.core.HubClient;
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
}
