package dev.hubkit.chat;

import static dev.hubkit.chat.HubFixtures.client;
import static dev.hubkit.chat.HubFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hubkit.core.HubClient;
import dev.hubkit.core.HubException;
import dev.hubkit.core.HubReply;
import dev.hubkit.core.ModelsApi;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.StreamListener;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 14 point 7 in chat, embeddings and models: each call's reply metadata beside its value. */
class ChatReplyMetadataTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private HubClient client;
  private final AtomicReference<HubReply> reply = new AtomicReference<>();
  private RequestOptions capture;

  @BeforeEach
  void setUp() {
    client = client(server);
    capture = RequestOptions.builder().onReply(reply::set).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static MockResponse viaGateway(String contentType, String body) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", contentType)
        .addHeader("x-portkey-provider", "anthropic").addHeader("x-portkey-last-used-option-index", "1")
        .addHeader("x-ratelimit-remaining-requests", "41").body(body).build();
  }

  private static ChatRequest hi() {
    return ChatRequest.builder().model("gpt-4o").addMessage(ChatMessage.user("hi")).build();
  }

  @Test
  void createGivesTheReplysHeadersWithTheCompletion() {
    server.enqueue(viaGateway("application/json", fixture("chungus-completion.json")));

    ChatCompletion completion = ChatApi.of(client).create(hi(), capture);

    assertEquals("The capital of France is Paris.", completion.text());
    assertEquals(Optional.of("anthropic"), reply.get().header("x-portkey-provider"));
    assertEquals(Optional.of("1"), reply.get().header("x-portkey-last-used-option-index"));
  }

  @Test
  void createAsyncGivesTheReplysHeaders() throws Exception {
    server.enqueue(viaGateway("application/json", fixture("chungus-completion.json")));

    ChatApi.of(client).createAsync(hi(), capture).get(5, TimeUnit.SECONDS);

    assertEquals(Optional.of("41"), reply.get().header("x-ratelimit-remaining-requests"));
  }

  @Test
  void aStreamGivesTheReplysHeadersBeforeItsFirstChunk() {
    server.enqueue(viaGateway("text/event-stream", fixture("chungus-stream.txt")));

    try (ChatStream stream = ChatApi.of(client).stream(hi(), capture)) {
      assertEquals(Optional.of("anthropic"), reply.get().header("x-portkey-provider"));
      assertEquals("The", stream.iterator().next().textDelta());
    }
  }

  @Test
  void streamAsyncGivesTheReplysHeadersBeforeItsFirstChunk() throws Exception {
    server.enqueue(viaGateway("text/event-stream", fixture("chungus-stream.txt")));
    AtomicReference<String> providerAtFirstChunk = new AtomicReference<>();

    ChatApi.of(client).streamAsync(hi(), new StreamListener<ChatCompletionChunk>() {
      @Override
      public void onEvent(ChatCompletionChunk chunk) {
        providerAtFirstChunk.compareAndSet(null, reply.get().header("x-portkey-provider").orElse("none"));
      }

      @Override
      public void onError(HubException error) {}
    }, capture).get(5, TimeUnit.SECONDS);

    assertEquals("anthropic", providerAtFirstChunk.get());
  }

  @Test
  void embeddingsAndModelsGiveTheReplysHeaders() throws Exception {
    server.enqueue(viaGateway("application/json", fixture("chungus-embeddings.json")));
    EmbeddingsApi.of(client).create(EmbeddingRequest.builder().model("nomic-embed-text").input("hello").build(), capture);
    assertEquals("/v1/public/embeddings", reply.get().path());

    server.enqueue(viaGateway("application/json", "{\"object\":\"list\",\"data\":[]}"));
    ModelsApi.of(client).listAsync(capture).get(5, TimeUnit.SECONDS);
    assertEquals("/v1/public/models", reply.get().path());

    server.enqueue(viaGateway("application/json", "{\"id\":\"gpt-4o\",\"object\":\"model\"}"));
    ModelsApi.of(client).retrieve("gpt-4o", capture);
    assertEquals("/v1/public/models/gpt-4o", reply.get().path());
    assertEquals(Optional.of("anthropic"), reply.get().header("x-portkey-provider"));
  }
}
