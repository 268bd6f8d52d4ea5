package dev.hubkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.hubkit.chat.ChatApi;
import dev.hubkit.chat.ChatMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.chat.ChatStream;
import dev.hubkit.chat.EmbeddingRequest;
import dev.hubkit.chat.EmbeddingsApi;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.HubConnectionException;
import dev.hubkit.core.HubException;
import dev.hubkit.core.HubTimeoutException;
import dev.hubkit.core.JobSubmissionUnknownException;
import dev.hubkit.core.MalformedResponseException;
import dev.hubkit.core.PausingBody;
import dev.hubkit.core.RateLimitException;
import dev.hubkit.core.RetryPolicy;
import dev.hubkit.core.ServerException;
import dev.hubkit.core.StreamInterruptedException;
import dev.hubkit.media.TasksApi;
import dev.hubkit.media.UploadFile;
import dev.hubkit.media.VideoCreateRequest;
import dev.hubkit.media.VideoVariant;
import dev.hubkit.media.VideosApi;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's fault matrix: every operation against every fault has one typed outcome within a bounded time.
 * Retries are off here so each cell shows the outcome of one exchange; retrying is covered by its own tests.
 */
class FaultMatrixTest {
  private static final String CHAT_JSON = "{\"id\":\"c\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
      + "\"content\":\"Hi\"},\"finish_reason\":\"stop\"}]}";
  private static final String SSE = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}\n\n"
      + "data: [DONE]\n\n";

  @StartStop final MockWebServer server = new MockWebServer();
  @TempDir Path tempDir;

  /** One SDK operation, and the healthy reply it expects. */
  private enum Operation {
    CHAT("application/json", CHAT_JSON),
    CHAT_STREAM("text/event-stream", SSE),
    EMBEDDINGS("application/json", "{\"data\":[{\"index\":0,\"embedding\":[0.5]}]}"),
    VIDEO_CREATE("application/json", "{\"id\":\"video_1\",\"status\":\"queued\"}"),
    TASK_POLL("application/json", "{\"status\":\"GENERATING\",\"progress\":45}"),
    CONTENT_DOWNLOAD("video/mp4", "0123456789abcdefghij0123456789abcdefghij");

    final String contentType;
    final String healthy;

    Operation(String contentType, String healthy) {
      this.contentType = contentType;
      this.healthy = healthy;
    }
  }

  /** A fault the hub or the network plays. */
  private enum Fault {
    RATE_LIMITED, SERVER_ERROR_JSON, BAD_GATEWAY_HTML, RESET_BEFORE_RESPONSE, DISCONNECT_MID_BODY,
    STALL_PAST_READ_TIMEOUT, MALFORMED_BODY, EMPTY_BODY
  }

  private MockResponse reply(Operation operation, Fault fault) {
    String body = operation.healthy;
    switch (fault) {
      case RATE_LIMITED:
        return new MockResponse.Builder().code(429).setHeader("Retry-After", "1")
            .body("{\"error\":{\"message\":\"slow down\",\"code\":\"rate_limit_exceeded\"}}").build();
      case SERVER_ERROR_JSON:
        return new MockResponse.Builder().code(500).body("{\"error\":{\"message\":\"upstream failed\"}}").build();
      case BAD_GATEWAY_HTML:
        return new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
            .body("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>").build();
      case RESET_BEFORE_RESPONSE:
        return new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build();
      case DISCONNECT_MID_BODY:
        return new MockResponse.Builder().setHeader("Content-Type", operation.contentType).body(body)
            .onResponseBody(new SocketEffect.CloseSocket()).build();
      case STALL_PAST_READ_TIMEOUT:
        return new MockResponse.Builder().setHeader("Content-Type", operation.contentType)
            .body(new PausingBody(body, 2_000)).build();
      case MALFORMED_BODY:
        String malformed = operation == Operation.CHAT_STREAM ? "data: {\"choices\": [oops\n\n" : "{\"data\": [1, 2,";
        return new MockResponse.Builder().setHeader("Content-Type", operation.contentType).body(malformed).build();
      case EMPTY_BODY:
        return new MockResponse.Builder().setHeader("Content-Type", operation.contentType).build();
      default:
        throw new AssertionError(fault);
    }
  }

  /** The documented outcome of each cell: an exception type, or null for a value. */
  private static Class<? extends HubException> expected(Operation operation, Fault fault) {
    boolean stream = operation == Operation.CHAT_STREAM;
    boolean download = operation == Operation.CONTENT_DOWNLOAD;
    boolean job = operation == Operation.VIDEO_CREATE; // a paid job: sent with no usable answer is its own outcome
    switch (fault) {
      case RATE_LIMITED:
        return RateLimitException.class;
      case SERVER_ERROR_JSON:
      case BAD_GATEWAY_HTML:
        return ServerException.class;
      case RESET_BEFORE_RESPONSE:
        return job ? JobSubmissionUnknownException.class : HubConnectionException.class;
      case DISCONNECT_MID_BODY:
        return job ? JobSubmissionUnknownException.class
            : stream ? StreamInterruptedException.class : HubConnectionException.class;
      case STALL_PAST_READ_TIMEOUT:
        return job ? JobSubmissionUnknownException.class
            : download ? HubConnectionException.class : HubTimeoutException.class;
      case MALFORMED_BODY:
        return download ? null : MalformedResponseException.class;
      case EMPTY_BODY:
        return download ? null : stream ? StreamInterruptedException.class : MalformedResponseException.class;
      default:
        throw new AssertionError(fault);
    }
  }

  private void run(Operation operation, HubClient client) throws IOException {
    switch (operation) {
      case CHAT:
        ChatApi.of(client).create(ChatRequest.builder().model("m").addMessage(ChatMessage.user("hi")).build());
        return;
      case CHAT_STREAM:
        try (ChatStream stream = ChatApi.of(client).stream(
            ChatRequest.builder().model("m").addMessage(ChatMessage.user("hi")).build())) {
          stream.accumulate();
        }
        return;
      case EMBEDDINGS:
        EmbeddingsApi.of(client).create(EmbeddingRequest.builder().model("e").input("x").build());
        return;
      case VIDEO_CREATE:
        VideosApi.of(client).create(VideoCreateRequest.builder().prompt("p")
            .inputReference(UploadFile.of(new byte[] {1, 2, 3}, "ref.png", "image/png")).build());
        return;
      case TASK_POLL:
        TasksApi.of(client).get("task_1");
        return;
      case CONTENT_DOWNLOAD:
        VideosApi.of(client).downloadContent("video_1", VideoVariant.VIDEO, tempDir.resolve("v.mp4"));
        return;
      default:
        throw new AssertionError(operation);
    }
  }

  @Test
  void everyOperationHasOneTypedOutcomeForEveryFault() throws Exception {
    Map<String, String> outcomes = new LinkedHashMap<>();
    List<String> wrong = new ArrayList<>();
    try (HubClient client = HubClient.builder().baseUrl(server.url("/v1").toString()).apiKey("sk-matrix")
        .retryPolicy(RetryPolicy.builder().maxRetries(0).build()).readTimeout(Duration.ofMillis(400)).build()) {
      for (Operation operation : Operation.values()) {
        for (Fault fault : Fault.values()) {
          server.enqueue(reply(operation, fault));
          if (fault == Fault.RESET_BEFORE_RESPONSE) {
            client.httpClient().connectionPool().evictAll(); // a new connection that the hub resets
          }
          long start = System.nanoTime();
          Class<? extends HubException> expected = expected(operation, fault);
          String outcome;
          try {
            run(operation, client);
            outcome = "value";
          } catch (HubException e) {
            outcome = e.getClass().getSimpleName();
            assertTrue(e.getMessage() != null && !e.getMessage().isEmpty(), operation + "/" + fault);
          }
          long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
          String want = expected == null ? "value" : expected.getSimpleName();
          outcomes.put(operation + " / " + fault, outcome + " in " + millis + " ms");
          if (!outcome.equals(want)) {
            wrong.add(operation + " / " + fault + ": expected " + want + ", got " + outcome);
          }
          assertTrue(millis < 10_000, operation + " / " + fault + " took " + millis + " ms");
          server.setDispatcher(new mockwebserver3.QueueDispatcher()); // drop what a failed cell left queued
        }
      }
    }
    outcomes.forEach((cell, outcome) -> System.out.println(cell + " -> " + outcome));
    if (!wrong.isEmpty()) {
      fail(String.join("\n", wrong));
    }
    assertEquals(Operation.values().length * Fault.values().length, outcomes.size());
  }
}
