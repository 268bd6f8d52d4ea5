package dev.hubkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.internal.EventDecoder;
import dev.hubkit.core.internal.HubRequest;
import dev.hubkit.core.internal.ResponseReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Issue 14 point 7: every call can give its reply's status and headers with the decoded value. */
class ReplyMetadataTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private static final ResponseReader<JsonNode> TREE = ResponseReader.json(JsonNode.class);

  private static MockResponse portkey(MockResponse.Builder reply) {
    return reply.addHeader("x-portkey-last-used-option-index", "config.targets[1]")
        .addHeader("x-portkey-provider", "anthropic")
        .addHeader("x-ratelimit-remaining-requests", "99")
        .addHeader("x-portkey-trace-id", "trace-7").build();
  }

  @Test
  void aWholeReplyGivesItsStatusAndHeadersWithItsValue() {
    server.enqueue(portkey(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body("{\"ok\":true}")));
    AtomicReference<HubReply> reply = new AtomicReference<>();
    try (HubClient client = TestHub.clientFor(server).build()) {
      JsonNode value = client.transport().execute(HubRequest.get("models")
          .withOptions(RequestOptions.builder().onReply(reply::set).build()), TREE);

      assertTrue(value.get("ok").booleanValue());
    }
    assertEquals(200, reply.get().statusCode());
    assertEquals("/v1/public/models", reply.get().path());
    assertEquals(Optional.of("anthropic"), reply.get().header("X-Portkey-Provider"));
    assertEquals(Optional.of("config.targets[1]"), reply.get().header("x-portkey-last-used-option-index"));
    assertEquals(List.of("99"), reply.get().headers("x-ratelimit-remaining-requests"));
    assertEquals(Optional.of("trace-7"), reply.get().requestId());
    assertEquals("HubReply{GET /v1/public/models 200}", reply.get().toString());
  }

  @Test
  void anAsyncCallGivesItsReplyBeforeItsFutureCompletes() throws Exception {
    server.enqueue(portkey(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body("{}")));
    AtomicReference<HubReply> reply = new AtomicReference<>();
    try (HubClient client = TestHub.clientFor(server).build()) {
      client.transport().executeAsync(HubRequest.get("models")
          .withOptions(RequestOptions.builder().onReply(reply::set).build()), TREE).get(5, TimeUnit.SECONDS);
    }
    assertEquals(Optional.of("anthropic"), reply.get().header("x-portkey-provider"));
  }

  @Test
  void aStreamGivesItsReplyWhenItsHeadersArriveBeforeItsFirstEvent() {
    server.enqueue(portkey(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream")
        .body("data: {\"n\":1}\n\ndata: [DONE]\n\n")));
    AtomicReference<HubReply> reply = new AtomicReference<>();
    try (HubClient client = TestHub.clientFor(server).build();
        EventStream<JsonNode> events = client.transport().stream(HubRequest.postJson("{}", "chat")
            .withOptions(RequestOptions.builder().onReply(reply::set).build()), EventDecoder.json(JsonNode.class))) {
      assertEquals(Optional.of("anthropic"), reply.get().header("x-portkey-provider"), "before any event");
      Iterator<JsonNode> it = events.iterator();
      assertEquals(1, it.next().get("n").intValue());
    }
  }

  @Test
  void anErrorReplyGivesItsHeadersToo() {
    server.enqueue(portkey(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
        .body("{\"error\":{\"message\":\"bad\"}}")));
    AtomicReference<HubReply> reply = new AtomicReference<>();
    try (HubClient client = TestHub.clientFor(server).build()) {
      ApiException error = assertThrows(ApiException.class, () -> client.transport().execute(HubRequest.get("models")
          .withOptions(RequestOptions.builder().onReply(reply::set).build()), TREE));
      assertEquals(Optional.of("trace-7"), error.requestId());
    }
    assertEquals(400, reply.get().statusCode());
    assertEquals(Optional.of("99"), reply.get().header("x-ratelimit-remaining-requests"));
  }

  @Test
  void aClientsListenerAndACallsListenerBothSeeEachReplyTheClientsFirst() {
    server.enqueue(TestHub.json(200, "{}"));
    List<String> seen = new ArrayList<>();
    try (HubClient client = TestHub.clientFor(server)
        .defaultOptions(RequestOptions.builder().onReply(r -> seen.add("client " + r.statusCode())).build())
        .build()) {
      client.transport().execute(HubRequest.get("models")
          .withOptions(RequestOptions.builder().onReply(r -> seen.add("call " + r.statusCode())).build()), TREE);
    }
    assertEquals(List.of("client 200", "call 200"), seen);
  }

  @Test
  void aListenerThatThrowsFailsTheCallNamingIt() throws Exception {
    server.enqueue(TestHub.json(200, "{}"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      CompletableFuture<JsonNode> call = client.transport().executeAsync(HubRequest.get("models").withOptions(
          RequestOptions.builder().onReply(r -> {
            throw new IllegalStateException("boom");
          }).build()), TREE);
      ExecutionException failed = assertThrows(ExecutionException.class, () -> call.get(5, TimeUnit.SECONDS));
      assertTrue(failed.getCause().getMessage().contains("a reply listener (RequestOptions.onReply) threw"),
          failed.getCause().getMessage());
    }
  }

  @Test
  void requestIdReadsGatewaysHeaders() {
    for (String header : new String[] {"x-portkey-trace-id", "x-generation-id", "cf-ray"}) {
      server.enqueue(new MockResponse.Builder().code(500).addHeader(header, "id-" + header).body("{}").build());
      try (HubClient client = TestHub.clientFor(server).maxRetries(0).build()) {
        ApiException error = assertThrows(ApiException.class,
            () -> client.transport().execute(HubRequest.get("models"), TREE));
        assertEquals(Optional.of("id-" + header), error.requestId(), header);
      }
    }
  }

  @Test
  void aDownloadGivesItsReplyBlockingAndAsync() throws Exception {
    server.enqueue(portkey(new MockResponse.Builder().code(200).addHeader("Content-Type", "video/mp4")
        .body("bytes")));
    server.enqueue(portkey(new MockResponse.Builder().code(200).addHeader("Content-Type", "video/mp4")
        .body("bytes")));
    List<HubReply> replies = new ArrayList<>();
    RequestOptions options = RequestOptions.builder().onReply(replies::add).build();
    try (HubClient client = TestHub.clientFor(server).build()) {
      okhttp3.HttpUrl file = server.url("/files/out.mp4");
      client.transport().download(file, options).close();
      int status = client.transport().downloadAsync(file, options, reply -> reply.code()).get(5, TimeUnit.SECONDS);

      assertEquals(200, status);
    }
    assertEquals(2, replies.size());
    for (HubReply reply : replies) {
      assertEquals(200, reply.statusCode());
      assertEquals(Optional.of("video/mp4"), reply.header("content-type"));
      assertEquals(Optional.of("trace-7"), reply.requestId());
    }
  }
}
