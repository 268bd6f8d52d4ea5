package dev.hubkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.internal.EventDecoder;
import dev.hubkit.core.internal.HubRequest;
import dev.hubkit.core.internal.ResponseReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class HubClientTest {
  @StartStop final MockWebServer server = new MockWebServer();
  @StartStop final MockWebServer storage = new MockWebServer();

  private static final ResponseReader<JsonNode> TREE = ResponseReader.json(JsonNode.class);

  @Test
  void appendsPathsToTheBaseUrlPrefixAndSendsKeyAndUserAgent() throws Exception {
    server.enqueue(TestHub.json(200, "{\"ok\":true}"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      client.transport().execute(HubRequest.get("tasks", "vid abc/1"), TREE);
    }
    RecordedRequest request = server.takeRequest();
    assertEquals("/v1/public/tasks/vid%20abc%2F1", request.getTarget());
    assertEquals("Bearer " + TestHub.API_KEY, request.getHeaders().get("Authorization"));
    assertEquals("hubkit-java/" + HubClient.VERSION, request.getHeaders().get("User-Agent"));
    assertEquals("application/json", request.getHeaders().get("Accept"));
  }

  @Test
  void trailingSlashOnBaseUrlDoesNotDoubleTheSeparator() throws Exception {
    server.enqueue(TestHub.json(200, "{}"));
    try (HubClient client = TestHub.clientFor(server).baseUrl(server.url("/api/v1/").toString()).build()) {
      client.transport().execute(HubRequest.get("models"), TREE);
    }
    assertEquals("/api/v1/models", server.takeRequest().getTarget());
  }

  @Test
  void fromEnvNamesTheMissingVariable() {
    HubException noKey = assertThrows(HubException.class,
        () -> HubClient.fromEnv(Collections.singletonMap("HUBKIT_BASE_URL", "https://h/v1")));
    assertTrue(noKey.getMessage().startsWith("HUBKIT_API_KEY is not set"), noKey.getMessage());
    HubException noUrl = assertThrows(HubException.class,
        () -> HubClient.fromEnv(Collections.singletonMap("HUBKIT_API_KEY", "sk-x")));
    assertTrue(noUrl.getMessage().startsWith("HUBKIT_BASE_URL is not set"), noUrl.getMessage());
  }

  @Test
  void fromEnvBuildsAClientForTheNamedHub() {
    Map<String, String> env = new HashMap<>();
    env.put("HUBKIT_API_KEY", " sk-env ");
    env.put("HUBKIT_BASE_URL", "https://api.chmuhub.com/v1/public");
    try (HubClient client = HubClient.fromEnv(env)) {
      assertEquals("https://api.chmuhub.com/v1/public", client.baseUrl().toString());
    }
  }

  @Test
  void toStringNeverShowsTheApiKey() {
    try (HubClient client = TestHub.clientFor(server).build()) {
      assertFalse(client.toString().contains(TestHub.API_KEY), client.toString());
      assertFalse(client.newBuilder().toString().contains(TestHub.API_KEY));
      assertFalse(client.httpClient().networkInterceptors().toString().contains(TestHub.API_KEY));
    }
  }

  @Test
  void rejectsABaseUrlThatIsNotHttp() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HubClient.builder().baseUrl("api.chmuhub.com/v1"));
    assertTrue(e.getMessage().contains("http:// or https://"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> HubClient.builder().apiKey("k").build());
  }

  @Test
  void aQueryParameterOfSeveralValuesIsSentOncePerValueInOrder() throws Exception {
    server.enqueue(TestHub.json(200, "{}"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      client.transport().execute(HubRequest.get("responses", "r1", "input_items")
          .withQuery("limit", 2)
          .withQueryValues("include[]", java.util.Arrays.asList("a.b", "c"))
          .withQueryValues("none", Collections.emptyList()), TREE);
    }
    RecordedRequest request = server.takeRequest();
    assertEquals("/v1/public/responses/r1/input_items?limit=2&include%5B%5D=a.b&include%5B%5D=c",
        request.getTarget());
    assertEquals(List.of("a.b", "c"), request.getUrl().queryParameterValues("include[]"));
  }

  @Test
  void defaultAndPerCallOptionsAddHeadersQueryAndBodyFields() throws Exception {
    server.enqueue(TestHub.json(200, "{}"));
    RequestOptions clientWide = RequestOptions.builder()
        .header("X-ChainHub-Enhance-Prompt", "true")
        .header("X-Trace", "client")
        .queryParam("api-version", "1")
        .bodyField("provider", "a")
        .build();
    RequestOptions perCall = RequestOptions.builder()
        .header("X-Trace", "call")
        .bodyField("top_k", 5)
        .build();
    try (HubClient base = TestHub.clientFor(server).build()) {
      HubClient client = base.withOptions(clientWide);
      Map<String, Object> body = Collections.singletonMap("model", "gpt-5");
      client.transport().execute(HubRequest.postJson(body, "chat", "completions").withOptions(perCall), TREE);
      assertSame(base.httpClient(), client.httpClient());
    }
    RecordedRequest request = server.takeRequest();
    assertEquals("/v1/public/chat/completions?api-version=1", request.getTarget());
    assertEquals("true", request.getHeaders().get("X-ChainHub-Enhance-Prompt"));
    assertEquals("call", request.getHeaders().get("X-Trace"));
    JsonNode json = TestHub.bodyJson(request);
    assertEquals("gpt-5", json.get("model").asText());
    assertEquals("a", json.get("provider").asText());
    assertEquals(5, json.get("top_k").asInt());
  }

  @Test
  @SuppressWarnings("try") // the replies are only closed
  void apiKeyIsNeverSentToAnotherHost() throws Exception {
    storage.enqueue(TestHub.json(200, "{}"));
    server.enqueue(TestHub.json(200, "{}"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      OkHttpClient http = client.httpClient();
      Request toStorage = new Request.Builder().url(storage.url("/videos/out.mp4"))
          .header("Authorization", "Bearer leaked").build();
      try (Response ignored = http.newCall(toStorage).execute()) {
        assertNull(storage.takeRequest().getHeaders().get("Authorization"));
      }
      try (Response ignored = http.newCall(new Request.Builder().url(server.url("/v1/public/x")).build()).execute()) {
        assertEquals("Bearer " + TestHub.API_KEY, server.takeRequest().getHeaders().get("Authorization"));
      }
    }
  }

  @Test
  void redirectToAnotherHostDropsTheApiKey() throws Exception {
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(302)
        .setHeader("Location", storage.url("/file.bin").toString()).build());
    storage.enqueue(TestHub.json(200, "{\"ok\":1}"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      client.transport().execute(HubRequest.get("tasks", "t1"), TREE);
    }
    assertEquals("Bearer " + TestHub.API_KEY, server.takeRequest().getHeaders().get("Authorization"));
    assertNull(storage.takeRequest().getHeaders().get("Authorization"));
  }

  @Test
  void aClientBuiltOnAnotherHubClientsHttpClientSendsOnlyItsOwnKeyAndRetriesOnce() throws Exception {
    try (HubClient first = TestHub.clientFor(server).build();
        HubClient second = TestHub.clientFor(server).apiKey("sk-second-tenant-000000")
            .httpClient(first.httpClient()).build()) {
      server.enqueue(TestHub.json(200, "{}"));
      second.transport().execute(HubRequest.get("models"), TREE);
      assertEquals("Bearer sk-second-tenant-000000", server.takeRequest().getHeaders().get("Authorization"));
      for (int i = 0; i < 9; i++) {
        server.enqueue(TestHub.json(500, "{\"error\":{\"message\":\"down\"}}"));
      }
      assertThrows(ServerException.class, () -> second.transport().execute(HubRequest.get("models"), TREE));
      assertEquals(1 + 3, server.getRequestCount()); // the default policy's 2 retries, not 2 x 2 nested
    }
  }

  @Test
  void redirectToAnotherHostDropsEveryHeaderCarryingTheApiKey() throws Exception {
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(302)
        .setHeader("Location", storage.url("/file.bin").toString()).build());
    storage.enqueue(TestHub.json(200, "{\"ok\":1}"));
    try (HubClient client = TestHub.clientFor(server).defaultHeader("api-key", TestHub.API_KEY)
        .defaultHeader("X-Trace", "t-1").build()) {
      client.transport().execute(HubRequest.get("tasks", "t1"), TREE);
    }
    assertEquals(TestHub.API_KEY, server.takeRequest().getHeaders().get("api-key"));
    mockwebserver3.RecordedRequest redirected = storage.takeRequest();
    assertNull(redirected.getHeaders().get("api-key"));
    assertEquals("t-1", redirected.getHeaders().get("X-Trace")); // headers without the key still follow
  }

  @Test
  void aRequestAskingForAProviderKeyHeaderSendsTheKeyBareThereAndNoBearer() throws Exception {
    server.enqueue(TestHub.json(200, "{\"ok\":1}"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      client.transport().execute(HubRequest.get("v1", "models").withApiKeyHeader("x-api-key"), TREE);
    }
    mockwebserver3.RecordedRequest sent = server.takeRequest();
    assertEquals(TestHub.API_KEY, sent.getHeaders().get("x-api-key"));
    assertNull(sent.getHeaders().get("Authorization"));
  }

  @Test
  void aProviderKeyHeaderIsDroppedOnARedirectToAnotherHost() throws Exception {
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(302)
        .setHeader("Location", storage.url("/file.bin").toString()).build());
    storage.enqueue(TestHub.json(200, "{\"ok\":1}"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      client.transport().execute(HubRequest.get("tasks", "t1").withApiKeyHeader("x-goog-api-key"), TREE);
    }
    assertEquals(TestHub.API_KEY, server.takeRequest().getHeaders().get("x-goog-api-key"));
    assertNull(storage.takeRequest().getHeaders().get("x-goog-api-key"));
  }

  @Test
  void callerSuppliedHttpClientIsLeftUnchangedAndKeepsWorkingAfterTheHubClientCloses() throws Exception {
    OkHttpClient mine = new OkHttpClient();
    HubClient client = TestHub.clientFor(server).httpClient(mine).build();
    assertTrue(mine.interceptors().isEmpty());
    assertSame(mine.connectionPool(), client.httpClient().connectionPool());
    client.close();
    assertFalse(mine.dispatcher().executorService().isShutdown());
    assertThrows(ClientClosedException.class, () -> client.transport().execute(HubRequest.get("models"), TREE));
    server.enqueue(TestHub.json(200, "{}"));
    try (okhttp3.Response reply = mine.newCall(new okhttp3.Request.Builder().url(server.url("/ping")).build())
        .execute()) {
      assertEquals(200, reply.code());
    }
  }

  @Test
  void callerSuppliedHttpClientKeepsItsDispatcher() {
    OkHttpClient mine = new OkHttpClient();
    try (HubClient client = TestHub.clientFor(server).httpClient(mine).build()) {
      assertSame(mine.dispatcher(), client.httpClient().dispatcher());
      assertSame(mine.dispatcher(), client.newBuilder().build().httpClient().dispatcher());
    } finally {
      mine.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void moreThanFiveStreamsToOneHubAreOpenAtOnce() throws Exception {
    int streams = 8; // OkHttp's default dispatcher lets 5 calls per host run and queues the rest
    CountDownLatch allArrived = new CountDownLatch(streams);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        allArrived.countDown();
        return HeldStream.reply(allArrived); // each stream stays open until every one has reached the hub
      }
    });
    HubRequest chat = HubRequest.postJson(Collections.singletonMap("stream", true), "chat", "completions");
    List<CompletableFuture<Void>> done = new ArrayList<>();
    try (HubClient client = TestHub.clientFor(server).build()) {
      for (int i = 0; i < streams; i++) {
        done.add(client.transport().streamAsync(chat, EventDecoder.json(JsonNode.class),
            new EventStreamTest.RecordingListener()));
      }
      assertTrue(allArrived.await(HeldStream.GUARD_SECONDS, TimeUnit.SECONDS),
          (streams - allArrived.getCount()) + " of " + streams + " streams reached the hub; the rest were queued");
      for (CompletableFuture<Void> stream : done) {
        stream.get(HeldStream.GUARD_SECONDS, TimeUnit.SECONDS);
      }
    }
    assertEquals(streams, server.getRequestCount());
  }
}
