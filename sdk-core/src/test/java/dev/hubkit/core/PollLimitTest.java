package dev.hubkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.internal.HubRequest;
import dev.hubkit.core.internal.ManualTaskScheduler;
import dev.hubkit.core.internal.PollSlots;
import dev.hubkit.core.internal.ResponseReader;
import dev.hubkit.core.internal.TaskCheck;
import dev.hubkit.core.internal.TaskPoller;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The client's limit of polls in flight ({@link HubClient.Builder#maxConcurrentPolls}), on a manual clock. */
class PollLimitTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private final ManualTaskScheduler scheduler = new ManualTaskScheduler();
  private final PollingPolicy everySecond = PollingPolicy.builder().initialInterval(Duration.ofSeconds(1))
      .jitter(0).build();
  private final Semaphore answers = new Semaphore(0);
  private final AtomicInteger pollsAtServer = new AtomicInteger();
  private final AtomicInteger mostPollsAtServer = new AtomicInteger();
  private final List<String> polled = new CopyOnWriteArrayList<>();
  private final List<String> started = new CopyOnWriteArrayList<>();
  private static final ResponseReader<JsonNode> TREE = ResponseReader.json(JsonNode.class);
  private static final Function<JsonNode, TaskCheck<String>> INTERPRET = reply -> {
    TaskProgress progress = TaskProgress.builder().taskId(reply.path("id").asText())
        .state(TaskState.of(reply.path("status").asText())).build();
    return progress.state().kind() == TaskState.Kind.SUCCEEDED
        ? TaskCheck.succeeded(progress, progress.taskId()) : TaskCheck.<String>pending(progress);
  };

  /**
   * A poll ({@code GET /tasks/{id}}) is held at the server until the test gives it an answer, then succeeds; a
   * {@code POST /videos} is answered at once.
   */
  private void serveHeldPolls() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        String path = request.getUrl().encodedPath();
        if (!path.contains("/tasks/")) {
          return TestHub.json(200, "{\"id\":\"video_1\",\"status\":\"QUEUED\"}");
        }
        String id = path.substring(path.lastIndexOf('/') + 1);
        polled.add(id);
        mostPollsAtServer.accumulateAndGet(pollsAtServer.incrementAndGet(), Math::max);
        try {
          if (!answers.tryAcquire(20, TimeUnit.SECONDS)) {
            return TestHub.json(500, "{\"error\":{\"message\":\"the test never answered\"}}");
          }
        } finally {
          pollsAtServer.decrementAndGet(); // before the reply goes out: the client frees the place after reading it
        }
        return TestHub.json(200, "{\"id\":\"" + id + "\",\"status\":\"SUCCEEDED\"}");
      }
    });
  }

  private TaskFuture<String> await(TaskPoller poller, HubClient client, String id, PollingPolicy policy) {
    return poller.poll(id, () -> {
      started.add(id);
      return client.transport().executeAsync(HubRequest.get("tasks", id), TREE);
    }, INTERPRET, policy, Optional.empty());
  }

  private static void awaitCount(AtomicInteger count, int expected) throws InterruptedException {
    for (int i = 0; i < 2_000 && count.get() != expected; i++) {
      Thread.sleep(5);
    }
    assertEquals(expected, count.get());
  }

  @Test
  void aHundredWaitsDueAtOnceKeepAtMostFourPollsAtTheServerWhileACreateIsAnsweredAtOnce() throws Exception {
    serveHeldPolls();
    try (HubClient client = TestHub.clientFor(server).maxConcurrentPolls(4).build()) {
      TaskPoller poller = new TaskPoller(scheduler, client.transport().pollSlots(), client.transport().clientState());
      List<TaskFuture<String>> waits = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        waits.add(await(poller, client, "task_" + i, everySecond));
      }
      scheduler.advance(1_000); // all hundred polls fall due in the same instant
      awaitCount(pollsAtServer, 4);
      assertEquals(96, client.transport().pollSlots().waiting());

      // A create to the same hub does not queue behind the held polls.
      JsonNode created = client.transport().executeAsync(
          HubRequest.postJson(Collections.singletonMap("prompt", "a cat"), "videos"), TREE)
          .get(10, TimeUnit.SECONDS);
      assertEquals("video_1", created.path("id").asText());
      assertEquals(4, pollsAtServer.get());

      answers.release(100);
      for (int i = 0; i < 100; i++) {
        assertEquals("task_" + i, waits.get(i).get(20, TimeUnit.SECONDS));
      }
      assertEquals(4, mostPollsAtServer.get());
      assertEquals(100, polled.size());
      assertEquals(0, client.transport().pollSlots().waiting());
      List<String> inOrder = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        inOrder.add("task_" + i);
      }
      assertEquals(inOrder, started, "the waiting polls start in the order they fell due");
    }
  }

  @Test
  void aWaitCancelledOrTimedOutWhileWaitingForAPlaceLeavesNothingBehindAndNeverPolls() throws Exception {
    serveHeldPolls();
    try (HubClient client = TestHub.clientFor(server).maxConcurrentPolls(1).build()) {
      PollSlots slots = client.transport().pollSlots();
      TaskPoller poller = new TaskPoller(scheduler, slots, client.transport().clientState());
      TaskFuture<String> running = await(poller, client, "held", everySecond);
      TaskFuture<String> cancelled = await(poller, client, "cancelled", everySecond);
      TaskFuture<String> timedOut = await(poller, client, "timed_out",
          PollingPolicy.builder().from(everySecond).timeout(Duration.ofSeconds(3)).build());
      scheduler.advance(1_000);
      awaitCount(pollsAtServer, 1);
      assertEquals(2, slots.waiting());

      assertTrue(cancelled.cancel(true));
      assertEquals(1, slots.waiting());
      scheduler.advance(2_000); // the deadline of the third wait passes while it waits for the place
      ExecutionException late = assertThrows(ExecutionException.class, () -> timedOut.get(1, TimeUnit.SECONDS));
      assertInstanceOf(TaskTimeoutException.class, late.getCause());
      assertEquals(0, slots.waiting());

      answers.release(2);
      assertEquals("held", running.get(10, TimeUnit.SECONDS));
      // The place is free again and goes to the next wait: had a dropped wait stayed queued, it would go first.
      TaskFuture<String> next = await(poller, client, "next", everySecond);
      scheduler.advance(1_000);
      assertEquals("next", next.get(10, TimeUnit.SECONDS));
      assertEquals(Arrays.asList("held", "next"), polled);
    }
  }

  @Test
  void theLimitIsSixteenByDefaultAndSharedByDerivedClients() {
    try (HubClient client = TestHub.clientFor(server).build()) {
      PollSlots slots = client.transport().pollSlots();
      assertEquals(16, slots.limit());
      assertSame(slots, client.withOptions(RequestOptions.builder().header("X-Team", "a").build())
          .transport().pollSlots());
      try (HubClient derived = client.newBuilder().userAgent("other").build()) {
        assertSame(slots, derived.transport().pollSlots());
      }
      IllegalStateException fixed = assertThrows(IllegalStateException.class,
          () -> client.newBuilder().maxConcurrentPolls(2));
      assertTrue(fixed.getMessage().contains("maxConcurrentPolls"), fixed.getMessage());
    }
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> HubClient.builder().maxConcurrentPolls(0));
    assertEquals("maxConcurrentPolls must be at least 1, was 0", zero.getMessage());
    try (HubClient seven = TestHub.clientFor(server).maxConcurrentPolls(7).build()) {
      assertEquals(7, seven.transport().pollSlots().limit());
    }
  }

  @Test
  void tenThousandWaitingPollsThatFailAtOnceStartOneAfterAnotherWithoutDeepeningTheStack() {
    PollSlots slots = new PollSlots(1);
    CompletableFuture<String> first = new CompletableFuture<>();
    CompletableFuture<String> held = slots.submit(() -> first);
    List<CompletableFuture<String>> failing = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      failing.add(slots.submit(() -> {
        throw new IllegalStateException("no route");
      }));
    }
    assertEquals(10_000, slots.waiting());
    first.complete("done");
    assertEquals("done", held.join());
    for (CompletableFuture<String> poll : failing) {
      assertTrue(poll.isCompletedExceptionally());
    }
    assertEquals(0, slots.waiting());
    CompletableFuture<String> after = slots.submit(() -> CompletableFuture.completedFuture("free"));
    assertEquals("free", after.join()); // every place was given back
  }
}
