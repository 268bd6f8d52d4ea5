package dev.hubkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.internal.EventDecoder;
import dev.hubkit.core.internal.HubRequest;
import dev.hubkit.core.internal.StreamEnd;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;

class EventStreamTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private static final EventDecoder<JsonNode> TREE = EventDecoder.json(JsonNode.class);
  private static final HubRequest CHAT = HubRequest.postJson(Collections.singletonMap("stream", true), "chat", "completions");

  private static List<String> texts(EventStream<JsonNode> stream) {
    try (EventStream<JsonNode> events = stream) {
      return events.stream().map(e -> e.get("t").asText()).collect(Collectors.toList());
    }
  }

  @Test
  void readsEventsUntilDoneSkippingCommentsAndKeepAlives() throws Exception {
    server.enqueue(TestHub.sse(": OPENROUTER PROCESSING\n\n"
        + "data: {\"t\":\"a\"}\n\n"
        + ": keep-alive\n\n"
        + "data:{\"t\":\"b\"}\r\n\r\n"
        + "id: 7\nretry: 100\ndata: {\"t\":\"c\"}\n\n"
        + "data: [DONE]\n\n"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      assertEquals(java.util.Arrays.asList("a", "b", "c"), texts(client.transport().stream(CHAT, TREE)));
    }
    assertEquals("text/event-stream", server.takeRequest().getHeaders().get("Accept"));
  }

  @Test
  void joinsMultiLineDataWithNewlines() {
    server.enqueue(TestHub.sse("data: {\"t\":\ndata: \"x\"}\n\ndata: [DONE]\n\n"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      assertEquals(Collections.singletonList("x"), texts(client.transport().stream(CHAT, TREE)));
    }
  }

  @Test
  void streamCutBeforeDoneThrowsStreamInterrupted() {
    server.enqueue(TestHub.sse("data: {\"t\":\"a\"}\n\ndata: {\"t\":\"b\"}\n\n"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      List<String> seen = new ArrayList<>();
      StreamInterruptedException e = assertThrows(StreamInterruptedException.class, () -> {
        try (EventStream<JsonNode> events = client.transport().stream(CHAT, TREE)) {
          for (JsonNode event : events) {
            seen.add(event.get("t").asText());
          }
        }
      });
      assertEquals(java.util.Arrays.asList("a", "b"), seen);
      assertTrue(e.getMessage().contains("before its [DONE] marker"), e.getMessage());
    }
  }

  /** Events {"t":...}; a clean end of body is complete after an event with "fin", and an event with "stop" ends. */
  private static final EventDecoder<JsonNode> ENDS_ON_ITS_OWN = new EventDecoder<JsonNode>() {
    @Override
    public JsonNode decode(byte[] data, int offset, int length) throws IOException {
      return TREE.decode(data, offset, length);
    }

    @Override
    public StreamEnd<JsonNode> newStreamEnd() {
      return new StreamEnd<JsonNode>() {
        private boolean finished;

        @Override
        public boolean endsWith(JsonNode event) {
          finished |= event.has("fin");
          return event.has("stop");
        }

        @Override
        public boolean completeAtEndOfBody() {
          return finished;
        }

        @Override
        public String awaited() {
          return "a finished event";
        }
      };
    }
  };

  @Test
  void aCleanEndOfBodyCompletesAStreamWhoseDecoderSaysTheReplyFinished() {
    server.enqueue(TestHub.sse("data: {\"t\":\"a\"}\n\ndata: {\"t\":\"b\",\"fin\":true}\n\n"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      assertEquals(java.util.Arrays.asList("a", "b"), texts(client.transport().stream(CHAT, ENDS_ON_ITS_OWN)));
    }
  }

  @Test
  void aCleanEndOfBodyBeforeTheDecoderSaysFinishedIsStillACutNamingWhatWasAwaited() {
    server.enqueue(TestHub.sse("data: {\"t\":\"a\"}\n\n"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      StreamInterruptedException e = assertThrows(StreamInterruptedException.class,
          () -> texts(client.transport().stream(CHAT, ENDS_ON_ITS_OWN)));
      assertTrue(e.getMessage().contains("ended before a finished event"), e.getMessage());
    }
  }

  @Test
  void aTerminalEventEndsIterationWithoutReadingFurther() {
    server.enqueue(TestHub.sse("data: {\"t\":\"a\"}\n\ndata: {\"t\":\"b\",\"stop\":true}\n\n"
        + "data: {\"t\":\"never\"}\n\n"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      assertEquals(java.util.Arrays.asList("a", "b"), texts(client.transport().stream(CHAT, ENDS_ON_ITS_OWN)));
    }
  }

  @Test
  void anAsyncStreamEndingCleanlyAfterAFinishedEventCompletes() throws Exception {
    server.enqueue(TestHub.sse("data: {\"t\":\"a\",\"fin\":true}\n\n"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      List<String> seen = new CopyOnWriteArrayList<>();
      List<String> ends = new CopyOnWriteArrayList<>();
      client.transport().streamAsync(CHAT, ENDS_ON_ITS_OWN, new StreamListener<JsonNode>() {
        @Override
        public void onEvent(JsonNode event) {
          seen.add(event.get("t").asText());
        }

        @Override
        public void onComplete() {
          ends.add("complete");
        }

        @Override
        public void onError(HubException error) {
          ends.add("error " + error);
        }
      }).get(10, TimeUnit.SECONDS);
      assertEquals(Collections.singletonList("a"), seen);
      assertEquals(Collections.singletonList("complete"), ends);
    }
  }

  @Test
  void errorObjectInsideADataEventBecomesATypedException() {
    server.enqueue(TestHub.sse("data: {\"t\":\"a\"}\n\n"
        + "data: {\"error\":{\"code\":429,\"message\":\"Rate limited upstream\"},"
        + "\"choices\":[{\"finish_reason\":\"error\"}]}\n\n"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      Iterator<JsonNode> events = client.transport().stream(CHAT, TREE).iterator();
      assertEquals("a", events.next().get("t").asText());
      ApiException e = assertThrows(ApiException.class, events::hasNext);
      assertInstanceOf(RateLimitException.class, e);
      assertTrue(e.error().inStream());
      assertEquals(Optional.of("Rate limited upstream"), e.hubMessage());
      assertTrue(e.getMessage().startsWith("error event in the stream of POST /v1/public/chat/completions"));
    }
  }

  @Test
  void namedErrorEventBecomesATypedException() {
    server.enqueue(TestHub.sse(": keep-alive\n\nevent: error\ndata: {\"message\":\"model overloaded\","
        + "\"code\":\"server_error\"}\n\n"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      ApiException e = assertThrows(ApiException.class, () -> texts(client.transport().stream(CHAT, TREE)));
      assertEquals(Optional.of("server_error"), e.code());
      assertEquals(Optional.of("model overloaded"), e.hubMessage());
      assertEquals(200, e.statusCode(), "a text code keeps the stream's HTTP status");
    }
  }

  @Test
  void anthropicOverloadedErrorEventIsTheServerExceptionA529ReplyIs() {
    server.enqueue(TestHub.sse("event: message_start\ndata: {\"type\":\"message_start\"}\n\n"
        + "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\","
        + "\"message\":\"Overloaded\"}}\n\n"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      Iterator<JsonNode> events = client.transport().stream(CHAT, TREE).iterator();
      assertEquals("message_start", events.next().get("type").asText());
      ApiException e = assertThrows(ApiException.class, events::hasNext);
      assertInstanceOf(ServerException.class, e);
      assertEquals(529, e.statusCode());
      assertTrue(e.error().inStream());
      assertEquals(Optional.of("overloaded_error"), e.type());
      assertEquals(Optional.of("Overloaded"), e.hubMessage());
    }
  }

  @Test
  void anthropicRateLimitErrorEventIsARateLimitException() {
    server.enqueue(TestHub.sse("event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":"
        + "\"rate_limit_error\",\"message\":\"Number of request tokens has exceeded your rate limit\"}}\n\n"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      ApiException e = assertThrows(ApiException.class, () -> texts(client.transport().stream(CHAT, TREE)));
      assertInstanceOf(RateLimitException.class, e);
      assertEquals(429, e.statusCode());
    }
  }

  @Test
  void vllmErrorObjectIsRecognised() {
    server.enqueue(TestHub.sse("data: {\"object\":\"error\",\"message\":\"context too long\",\"code\":400}\n\n"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      ApiException e = assertThrows(ApiException.class, () -> texts(client.transport().stream(CHAT, TREE)));
      assertEquals(400, e.statusCode());
    }
  }

  @Test
  void theWordErrorInsideContentIsNotAnError() {
    server.enqueue(TestHub.sse("data: {\"t\":\"the \\\"error\\\" was mine\",\"finish_reason\":\"error\"}\n\n"
        + "data: [DONE]\n\n"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      assertEquals(Collections.singletonList("the \"error\" was mine"), texts(client.transport().stream(CHAT, TREE)));
    }
  }

  @Test
  void malformedEventIsAMalformedResponse() {
    server.enqueue(TestHub.sse("data: {\"t\": oops}\n\n"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      MalformedResponseException e = assertThrows(MalformedResponseException.class,
          () -> texts(client.transport().stream(CHAT, TREE)));
      assertTrue(e.getMessage().contains("{\"t\": oops}"), e.getMessage());
    }
  }

  @Test
  void errorStatusBeforeTheStreamIsTheSameExceptionAsAPlainCall() {
    server.enqueue(TestHub.json(401, "{\"error\":{\"message\":\"bad key\",\"code\":\"invalid_api_key\"}}"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      AuthenticationException e = assertThrows(AuthenticationException.class,
          () -> client.transport().stream(CHAT, TREE));
      assertEquals(Optional.of("invalid_api_key"), e.code());
    }
  }

  @Test
  void rateLimitBeforeTheFirstEventIsRetried() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "0").build());
    server.enqueue(TestHub.sse("data: {\"t\":\"a\"}\n\ndata: [DONE]\n\n"));
    try (HubClient client = TestHub.clientFor(server).build()) {
      assertEquals(Collections.singletonList("a"), texts(client.transport().stream(CHAT, TREE)));
    }
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void closeMidStreamCancelsTheCallAndEndsIteration() throws Exception {
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/event-stream")
        .body(new PacedEvents(1000, 10)).build());
    try (HubClient client = TestHub.clientFor(server).build()) {
      EventStream<JsonNode> events = client.transport().stream(CHAT, TREE);
      Iterator<JsonNode> it = events.iterator();
      assertEquals("0", it.next().get("t").asText());
      long start = System.nanoTime();
      events.close();
      assertFalse(it.hasNext());
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
    }
  }

  @Test
  void streamSilentPastTheReadTimeoutFailsWithATimeout() {
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/event-stream")
        .body(new PacedEvents(2, 2000)).build());
    try (HubClient client = TestHub.clientFor(server).readTimeout(Duration.ofMillis(300)).build()) {
      Iterator<JsonNode> it = client.transport().stream(CHAT, TREE).iterator();
      assertEquals("0", it.next().get("t").asText());
      HubTimeoutException e = assertThrows(HubTimeoutException.class, it::hasNext);
      assertTrue(e.getMessage().contains("silent past the read timeout"), e.getMessage());
    }
  }

  @Test
  void deliveringStreamOutlivesTheWholeCallTimeout() {
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/event-stream")
        .body(new PacedEvents(8, 100).withDone()).build());
    try (HubClient client = TestHub.clientFor(server).callTimeout(Duration.ofMillis(300)).build()) {
      assertEquals(8, texts(client.transport().stream(CHAT, TREE)).size());
    }
  }

  @Test
  void listenerReceivesEventsThenCompletion() throws Exception {
    server.enqueue(TestHub.sse("data: {\"t\":\"a\"}\n\ndata: {\"t\":\"b\"}\n\ndata: [DONE]\n\n"));
    RecordingListener listener = new RecordingListener();
    try (HubClient client = TestHub.clientFor(server).build()) {
      client.transport().streamAsync(CHAT, TREE, listener).get(5, TimeUnit.SECONDS);
    }
    assertEquals(java.util.Arrays.asList("event a", "event b", "complete"), listener.calls);
  }

  @Test
  void listenerReceivesInterruptionAsError() {
    server.enqueue(TestHub.sse("data: {\"t\":\"a\"}\n\n"));
    RecordingListener listener = new RecordingListener();
    try (HubClient client = TestHub.clientFor(server).build()) {
      CompletableFuture<Void> done = client.transport().streamAsync(CHAT, TREE, listener);
      ExecutionException e = assertThrows(ExecutionException.class, () -> done.get(5, TimeUnit.SECONDS));
      assertInstanceOf(StreamInterruptedException.class, e.getCause());
    }
    assertEquals(java.util.Arrays.asList("event a", "error StreamInterruptedException"), listener.calls);
  }

  @Test
  void cancellingTheAsyncStreamStopsCallbacks() throws Exception {
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/event-stream")
        .body(new PacedEvents(1000, 20)).build());
    RecordingListener listener = new RecordingListener();
    try (HubClient client = TestHub.clientFor(server).build()) {
      CompletableFuture<Void> done = client.transport().streamAsync(CHAT, TREE, listener);
      while (listener.calls.isEmpty()) {
        Thread.sleep(5);
      }
      done.cancel(true);
      int seen = listener.calls.size();
      Thread.sleep(200);
      assertTrue(listener.calls.size() <= seen + 1, listener.calls.toString());
      assertFalse(listener.calls.contains("complete"));
    }
  }

  @Test
  void cancellingTheCallFromOutsideFailsAStreamMidWay() {
    CountDownLatch release = new CountDownLatch(1);
    server.enqueue(HeldStream.reply(release));
    // An app that keeps its calls to cancel them at logout (dispatcher().cancelAll() reaches it too: see
    // HubClientScaleTest).
    List<Call> appCalls = new CopyOnWriteArrayList<>();
    OkHttpClient shared = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          appCalls.add(chain.call());
          return chain.proceed(chain.request());
        })
        .build();
    try (HubClient client = TestHub.clientFor(server).httpClient(shared).build()) {
      Iterator<JsonNode> it = client.transport().stream(CHAT, TREE).iterator();
      assertEquals("0", it.next().get("t").asText());
      appCalls.forEach(Call::cancel); // not this stream's close()
      StreamInterruptedException e = assertThrows(StreamInterruptedException.class, it::hasNext);
      assertTrue(e.getMessage().contains("was canceled"), e.getMessage());
    } finally {
      release.countDown();
      shared.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void cancellingTheSharedClientsCallsFailsAnAsyncStreamInsteadOfCompletingIt() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    server.enqueue(HeldStream.reply(release));
    OkHttpClient shared = new OkHttpClient();
    RecordingListener listener = new RecordingListener();
    try (HubClient client = TestHub.clientFor(server).httpClient(shared).build()) {
      CompletableFuture<Void> done = client.transport().streamAsync(CHAT, TREE, listener);
      assertTrue(listener.firstCall.await(HeldStream.GUARD_SECONDS, TimeUnit.SECONDS));
      shared.dispatcher().cancelAll();
      ExecutionException e = assertThrows(ExecutionException.class,
          () -> done.get(HeldStream.GUARD_SECONDS, TimeUnit.SECONDS));
      assertInstanceOf(StreamInterruptedException.class, e.getCause());
      assertTrue(e.getCause().getMessage().contains("was canceled"), e.getCause().getMessage());
    } finally {
      release.countDown();
      shared.dispatcher().executorService().shutdown();
    }
    assertEquals(java.util.Arrays.asList("event 0", "error StreamInterruptedException"), listener.calls);
  }

  @Test
  void aListenerThatThrowsFromOnErrorStillFailsTheFuture() {
    server.enqueue(TestHub.sse("data: {\"t\":\"a\"}\n\n"));
    IllegalStateException bug = new IllegalStateException("listener bug");
    ThrowingListener listener = new ThrowingListener("error", bug);
    try (HubClient client = TestHub.clientFor(server).build()) {
      CompletableFuture<Void> done = client.transport().streamAsync(CHAT, TREE, listener);
      ExecutionException e = assertThrows(ExecutionException.class, () -> done.get(10, TimeUnit.SECONDS));
      assertInstanceOf(StreamInterruptedException.class, e.getCause(), "the stream's own error comes first");
      assertEquals(Collections.singletonList(bug), java.util.Arrays.asList(e.getCause().getSuppressed()));
    }
    assertEquals(java.util.Arrays.asList("event a", "error StreamInterruptedException"), listener.calls);
  }

  @Test
  void aListenerThatThrowsFromOnCompleteFailsTheFuture() {
    server.enqueue(TestHub.sse("data: {\"t\":\"a\"}\n\ndata: [DONE]\n\n"));
    IllegalStateException bug = new IllegalStateException("listener bug");
    ThrowingListener listener = new ThrowingListener("complete", bug);
    try (HubClient client = TestHub.clientFor(server).build()) {
      CompletableFuture<Void> done = client.transport().streamAsync(CHAT, TREE, listener);
      ExecutionException e = assertThrows(ExecutionException.class, () -> done.get(10, TimeUnit.SECONDS));
      assertEquals(HubException.class, e.getCause().getClass());
      assertSame(bug, e.getCause().getCause());
      assertTrue(e.getCause().getMessage().contains("onComplete threw"), e.getCause().getMessage());
    }
    assertEquals(java.util.Arrays.asList("event a", "complete"), listener.calls, "no onError after onComplete");
  }

  @Test
  void anErrorThrownFromOnEventCancelsTheStreamAndFailsTheFuture() {
    server.enqueue(TestHub.sse("data: {\"t\":\"a\"}\n\ndata: {\"t\":\"b\"}\n\ndata: [DONE]\n\n"));
    AssertionError bug = new AssertionError("an assertion inside the listener");
    ThrowingListener listener = new ThrowingListener("event", bug);
    try (HubClient client = TestHub.clientFor(server).build()) {
      CompletableFuture<Void> done = client.transport().streamAsync(CHAT, TREE, listener);
      ExecutionException e = assertThrows(ExecutionException.class, () -> done.get(10, TimeUnit.SECONDS));
      assertEquals(HubException.class, e.getCause().getClass());
      assertSame(bug, e.getCause().getCause());
    }
    assertEquals(java.util.Arrays.asList("event a", "error HubException"), listener.calls);
  }

  /** Records listener calls as {@link RecordingListener} does, then throws {@code thrown} from one of them. */
  static final class ThrowingListener implements StreamListener<JsonNode> {
    final List<String> calls = new CopyOnWriteArrayList<>();
    private final String throwingCall;
    private final Throwable thrown;

    /** {@code throwingCall} is "event", "complete" or "error". */
    ThrowingListener(String throwingCall, Throwable thrown) {
      this.throwingCall = throwingCall;
      this.thrown = thrown;
    }

    private void record(String call, String detail) {
      calls.add(detail.isEmpty() ? call : call + " " + detail);
      if (call.equals(throwingCall)) {
        if (thrown instanceof Error) {
          throw (Error) thrown;
        }
        throw (RuntimeException) thrown;
      }
    }

    @Override
    public void onEvent(JsonNode event) {
      record("event", event.get("t").asText());
    }

    @Override
    public void onComplete() {
      record("complete", "");
    }

    @Override
    public void onError(HubException error) {
      record("error", error.getClass().getSimpleName());
    }
  }

  /** Records listener calls in order. */
  static final class RecordingListener implements StreamListener<JsonNode> {
    final List<String> calls = new CopyOnWriteArrayList<>();
    final CountDownLatch firstCall = new CountDownLatch(1);

    @Override
    public void onEvent(JsonNode event) {
      calls.add("event " + event.get("t").asText());
      firstCall.countDown();
    }

    @Override
    public void onComplete() {
      calls.add("complete");
    }

    @Override
    public void onError(HubException error) {
      calls.add("error " + error.getClass().getSimpleName());
    }
  }

  /** A chunked SSE body writing {@code count} events {@code pauseMillis} apart. */
  static final class PacedEvents implements MockResponseBody {
    private final int count;
    private final long pauseMillis;
    private boolean done;

    PacedEvents(int count, long pauseMillis) {
      this.count = count;
      this.pauseMillis = pauseMillis;
    }

    PacedEvents withDone() {
      done = true;
      return this;
    }

    @Override
    public long getContentLength() {
      return -1;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      try {
        for (int i = 0; i < count; i++) {
          sink.writeUtf8("data: {\"t\":\"" + i + "\"}\n\n").flush();
          Thread.sleep(pauseMillis);
        }
        if (done) {
          sink.writeUtf8("data: [DONE]\n\n").flush();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
