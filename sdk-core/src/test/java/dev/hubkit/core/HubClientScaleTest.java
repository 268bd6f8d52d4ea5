package dev.hubkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.internal.EventDecoder;
import dev.hubkit.core.internal.HubRequest;
import dev.hubkit.core.internal.ResponseReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Many calls and streams on one client: pool reuse, stream slots and their visibility, cancel and close. */
class HubClientScaleTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private static final EventDecoder<JsonNode> TREE = EventDecoder.json(JsonNode.class);
  private static final HubRequest CHAT =
      HubRequest.postJson(Collections.singletonMap("stream", true), "chat", "completions");
  private static final HubRequest POLL = HubRequest.get("tasks", "t1");
  private final CountDownLatch release = new CountDownLatch(1);
  private final List<RecordedRequest> received = new CopyOnWriteArrayList<>();

  /** Streams are held open until {@link #release}; every other request gets a small JSON reply at once. */
  private void serveHeldStreamsAndPolls() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        received.add(request);
        return request.getTarget().endsWith("/chat/completions")
            ? HeldStream.reply(release)
            : TestHub.json(200, "{\"status\":\"RUNNING\"}");
      }
    });
  }

  private long streamsReceived() {
    return received.stream().filter(r -> r.getTarget().endsWith("/chat/completions")).count();
  }

  /** Waits until the hub has received {@code count} stream requests, failing after ten seconds. */
  private void awaitStreamsReceived(long count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (streamsReceived() < count) {
      assertTrue(System.nanoTime() < deadline, streamsReceived() + " of " + count + " streams reached the hub");
      Thread.sleep(5);
    }
  }

  /** Records what a {@link StreamSlotListener} hears. */
  private static final class RecordingSlots implements StreamSlotListener {
    final List<String> heard = new CopyOnWriteArrayList<>();
    final CountDownLatch waiting = new CountDownLatch(1);
    final CountDownLatch ended = new CountDownLatch(1);

    @Override
    public void onWaiting(HttpUrl url, String limit) {
      heard.add("waiting " + url.encodedPath() + ": " + limit);
      waiting.countDown();
    }

    @Override
    public void onWaitEnded(HttpUrl url, Duration waited) {
      heard.add("ended " + url.encodedPath());
      ended.countDown();
    }
  }

  /** A stream listener adding each event to {@code events}. */
  private static StreamListener<JsonNode> collecting(List<JsonNode> events) {
    return new StreamListener<JsonNode>() {
      @Override
      public void onEvent(JsonNode event) {
        events.add(event);
      }

      @Override
      public void onError(HubException error) {}
    };
  }

  @Test
  void aSecondWaveOfPollsReusesTheFirstWavesConnections() throws Exception {
    serveHeldStreamsAndPolls();
    try (HubClient client = TestHub.clientFor(server).build()) {
      for (int wave = 0; wave < 2; wave++) {
        List<CompletableFuture<JsonNode>> polls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
          polls.add(client.transport().executeAsync(POLL, ResponseReader.json(JsonNode.class)));
        }
        for (CompletableFuture<JsonNode> poll : polls) {
          assertEquals("RUNNING", poll.get(10, TimeUnit.SECONDS).get("status").asText());
        }
        Thread.sleep(100); // a connection goes back to the pool just after its reply is read
      }
      int connections = received.stream().mapToInt(RecordedRequest::getConnectionIndex).max().getAsInt() + 1;
      // OkHttp's default pool keeps 5 idle connections: the second wave would open up to 25 more.
      assertTrue(connections <= 30, connections + " connections for 2 waves of 30 polls");
      assertEquals(60, received.size());
    }
  }

  @Test
  void aStreamOverTheLimitWaitsVisiblyWhilePollsToTheSameHubGoOn() throws Exception {
    serveHeldStreamsAndPolls();
    RecordingSlots slots = new RecordingSlots();
    try (HubClient client = TestHub.clientFor(server).maxConcurrentStreams(2).streamSlotListener(slots).build()) {
      List<JsonNode> firsts = new CopyOnWriteArrayList<>();
      List<CompletableFuture<Void>> streams = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        streams.add(client.transport().streamAsync(CHAT, TREE, collecting(firsts)));
      }
      assertTrue(slots.waiting.await(10, TimeUnit.SECONDS));
      assertEquals(Collections.singletonList("waiting /v1/public/chat/completions: HubKit's limit of 2 concurrent"
          + " streams (HubClient.Builder.maxConcurrentStreams)"), slots.heard);
      // The two streams within the limit reach the hub; their requests travel apart from the waiting signal.
      awaitStreamsReceived(2);
      // Calls to the same hub do not queue behind the streams.
      assertEquals("RUNNING", client.transport().executeAsync(POLL, ResponseReader.json(JsonNode.class))
          .get(10, TimeUnit.SECONDS).get("status").asText());
      assertEquals(2, streamsReceived(), "the third stream waits for a slot, unsent");
      release.countDown();
      for (CompletableFuture<Void> stream : streams) {
        stream.get(10, TimeUnit.SECONDS);
      }
      assertEquals(3, firsts.size());
      assertEquals("ended /v1/public/chat/completions", slots.heard.get(1));
    }
  }

  @Test
  void aStreamTheCallersDispatcherHoldsBackIsReported() throws Exception {
    serveHeldStreamsAndPolls();
    RecordingSlots slots = new RecordingSlots();
    OkHttpClient mine = new OkHttpClient();
    mine.dispatcher().setMaxRequestsPerHost(1);
    try (HubClient client = TestHub.clientFor(server).httpClient(mine).streamSlotListener(slots).build()) {
      CompletableFuture<Void> first = client.transport().streamAsync(CHAT, TREE, collecting(new ArrayList<>()));
      CompletableFuture<Void> second = client.transport().streamAsync(CHAT, TREE, collecting(new ArrayList<>()));
      assertTrue(slots.waiting.await(10, TimeUnit.SECONDS));
      assertEquals("waiting /v1/public/chat/completions: the OkHttp dispatcher's limit of 64 calls, 1 per host",
          slots.heard.get(0));
      release.countDown();
      first.get(10, TimeUnit.SECONDS);
      second.get(10, TimeUnit.SECONDS);
      assertTrue(slots.ended.await(10, TimeUnit.SECONDS));
    } finally {
      mine.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void cancellingAWaitingStreamTakesItBackUnsent() throws Exception {
    serveHeldStreamsAndPolls();
    RecordingSlots slots = new RecordingSlots();
    try (HubClient client = TestHub.clientFor(server).maxConcurrentStreams(1).streamSlotListener(slots).build()) {
      CompletableFuture<Void> running = client.transport().streamAsync(CHAT, TREE, collecting(new ArrayList<>()));
      CompletableFuture<Void> waiting = client.transport().streamAsync(CHAT, TREE, collecting(new ArrayList<>()));
      assertTrue(slots.waiting.await(10, TimeUnit.SECONDS));
      waiting.cancel(true);
      assertTrue(slots.ended.await(10, TimeUnit.SECONDS));
      release.countDown();
      running.get(10, TimeUnit.SECONDS);
      Thread.sleep(100);
      assertEquals(1, received.size(), "the cancelled stream was never sent");
    }
  }

  @Test
  void theDispatchersCancelAllReachesABlockingStreamWhoseHeadersArrived() {
    serveHeldStreamsAndPolls();
    try (HubClient client = TestHub.clientFor(server).build()) {
      Iterator<JsonNode> events = client.transport().stream(CHAT, TREE).iterator();
      assertEquals("0", events.next().get("t").asText());
      assertEquals(1, client.httpClient().dispatcher().runningCallsCount(), "the dispatcher still holds it");
      client.httpClient().dispatcher().cancelAll();
      StreamInterruptedException e = assertThrows(StreamInterruptedException.class, events::hasNext);
      assertTrue(e.getMessage().contains("was canceled"), e.getMessage());
    } finally {
      release.countDown();
    }
  }

  @Test
  void closingTheClientEndsItsBlockingStreamAndFailsAWaitingOne() throws Exception {
    serveHeldStreamsAndPolls();
    RecordingSlots slots = new RecordingSlots();
    HubClient client = TestHub.clientFor(server).maxConcurrentStreams(1).streamSlotListener(slots).build();
    try {
      Iterator<JsonNode> events = client.withOptions(RequestOptions.none()).transport().stream(CHAT, TREE)
          .iterator();
      assertEquals("0", events.next().get("t").asText());
      CompletableFuture<Void> waiting = client.transport().streamAsync(CHAT, TREE, collecting(new ArrayList<>()));
      assertTrue(slots.waiting.await(10, TimeUnit.SECONDS));
      client.close();
      StreamInterruptedException e = assertThrows(StreamInterruptedException.class, events::hasNext);
      assertTrue(e.getMessage().contains("was canceled"), e.getMessage());
      ExecutionException failed = assertThrows(ExecutionException.class, () -> waiting.get(10, TimeUnit.SECONDS));
      assertInstanceOf(HubException.class, failed.getCause());
      assertEquals(1, received.size(), "the waiting stream was never sent");
    } finally {
      release.countDown();
      client.close();
    }
  }

  @Test
  void streamSettingsCannotChangeOnABuilderThatSharesItsClientsDispatcher() {
    try (HubClient client = TestHub.clientFor(server).build()) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> client.newBuilder().maxConcurrentStreams(10));
      assertTrue(e.getMessage().startsWith("maxConcurrentStreams cannot change on a builder from"
          + " HubClient.newBuilder()"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> HubClient.builder().maxConcurrentStreams(0));
    }
    OkHttpClient mine = new OkHttpClient();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> TestHub.clientFor(server).httpClient(mine).virtualThreads(true).build());
    assertTrue(e.getMessage().startsWith("virtualThreads applies to the HTTP client HubKit creates"), e.getMessage());
  }

  @Test
  void aBlockingStreamOverTheLimitWaitsVisiblyAndAnInterruptTakesItBack() throws Exception {
    serveHeldStreamsAndPolls();
    RecordingSlots slots = new RecordingSlots();
    try (HubClient client = TestHub.clientFor(server).maxConcurrentStreams(1).streamSlotListener(slots).build()) {
      Iterator<JsonNode> running = client.transport().stream(CHAT, TREE).iterator();
      assertEquals("0", running.next().get("t").asText());
      CompletableFuture<Throwable> waiter = new CompletableFuture<>();
      Thread opener = new Thread(() -> {
        try {
          client.transport().stream(CHAT, TREE);
          waiter.complete(null);
        } catch (Throwable e) {
          waiter.complete(e);
        }
      });
      opener.start();
      assertTrue(slots.waiting.await(10, TimeUnit.SECONDS));
      opener.interrupt();
      assertInstanceOf(CallCanceledException.class, waiter.get(10, TimeUnit.SECONDS));
      assertTrue(slots.ended.await(10, TimeUnit.SECONDS));
      assertEquals(1, received.size(), "the interrupted stream was never sent");
    } finally {
      release.countDown();
    }
  }

  @Test
  void aListenerThatThrowsReachesTheUncaughtExceptionHandlerAndTheStreamGoesOn() throws Exception {
    serveHeldStreamsAndPolls();
    IllegalStateException bug = new IllegalStateException("listener bug");
    List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    StreamSlotListener throwing = new StreamSlotListener() {
      @Override
      public void onWaiting(HttpUrl url, String limit) {
        throw bug;
      }

      @Override
      public void onWaitEnded(HttpUrl url, Duration waited) {}
    };
    Thread.UncaughtExceptionHandler previous = Thread.currentThread().getUncaughtExceptionHandler();
    Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
    try (HubClient client = TestHub.clientFor(server).maxConcurrentStreams(1).streamSlotListener(throwing).build()) {
      List<JsonNode> events = new CopyOnWriteArrayList<>();
      CompletableFuture<Void> first = client.transport().streamAsync(CHAT, TREE, collecting(events));
      CompletableFuture<Void> second = client.transport().streamAsync(CHAT, TREE, collecting(events));
      assertEquals(Collections.singletonList(bug), uncaught);
      release.countDown();
      first.get(10, TimeUnit.SECONDS);
      second.get(10, TimeUnit.SECONDS);
      assertEquals(2, events.size(), "the stream that waited still ran");
    } finally {
      Thread.currentThread().setUncaughtExceptionHandler(previous);
    }
  }
}
