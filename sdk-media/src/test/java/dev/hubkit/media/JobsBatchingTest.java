package dev.hubkit.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.PollingPolicy;
import dev.hubkit.core.TaskFuture;
import dev.hubkit.core.internal.Json;
import dev.hubkit.core.internal.ManualTaskScheduler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Many pending jobs of a family with a many-ids query cost a few requests a round, on a manual clock. */
class JobsBatchingTest {
  private static final int JOBS = 1_000;

  @StartStop final MockWebServer server = new MockWebServer();

  /** Answers {@code list-by-condition} for the ids asked: in progress at a job's first poll, done at its second. */
  private static final class MidjourneyRelay extends Dispatcher {
    final Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();
    final List<Integer> idsPerRequest = new CopyOnWriteArrayList<>();
    final AtomicInteger singlePolls = new AtomicInteger();

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      if (!"/mj/task/list-by-condition".equals(request.getTarget())) {
        singlePolls.incrementAndGet();
        return MediaHub.json(404, "{\"description\":\"task_not_found \",\"code\":4}");
      }
      JsonNode ids = MediaHub.bodyJson(request).get("ids");
      idsPerRequest.add(ids.size());
      ArrayNode tasks = Json.mapper().createArrayNode();
      for (JsonNode id : ids) {
        int poll = polls.computeIfAbsent(id.asText(), k -> new AtomicInteger()).incrementAndGet();
        ObjectNode task = tasks.addObject().put("id", id.asText()).put("action", "IMAGINE");
        if (poll < 2) {
          task.put("status", "IN_PROGRESS").put("progress", "50%");
        } else {
          task.put("status", "SUCCESS").put("progress", "100%").put("imageUrl", "https://cdn/" + id.asText() + ".png");
        }
      }
      return MediaHub.json(200, tasks.toString());
    }
  }

  @Test
  void aThousandPendingMidjourneyJobsCostTwoRequestsARound() throws Exception {
    MidjourneyRelay relay = new MidjourneyRelay();
    server.setDispatcher(relay);
    ManualTaskScheduler clock = new ManualTaskScheduler();
    try (HubClient client = MediaHub.client(server)) {
      JobsApi jobs = new JobsApi(client.transport(), clock);
      PollingPolicy policy = PollingPolicy.builder().build(); // first poll after 2 s
      List<TaskFuture<TaskStatus>> waits = new ArrayList<>();
      for (int i = 0; i < JOBS; i++) {
        waits.add(jobs.await(JobRoutes.midjourneyImagine(), String.valueOf(1712205491372000L + i), policy));
      }

      clock.advance(2_000 + JobsApi.BATCH_WINDOW_MILLIS);
      awaitRequests(2);
      awaitTrue(() -> waits.stream().allMatch(w -> w.latestProgress().isPresent()));
      assertEquals(List.of(500, 500), relay.idsPerRequest, "round one: 1,000 ids in two requests");

      clock.advance(2_000 + JobsApi.BATCH_WINDOW_MILLIS);
      for (TaskFuture<TaskStatus> wait : waits) {
        TaskStatus done = wait.get(10, TimeUnit.SECONDS);
        assertEquals("https://cdn/" + wait.taskId() + ".png", done.imageUrl().get());
      }
      assertEquals(List.of(500, 500, 500, 500), relay.idsPerRequest, "round two: the same two requests");
      assertEquals(4, server.getRequestCount());
      assertEquals(0, relay.singlePolls.get());
    }
  }

  @Test
  void aManyIdsRequestTakesOnePollPlaceForAllItsIds() throws Exception {
    MidjourneyRelay relay = new MidjourneyRelay();
    server.setDispatcher(relay);
    ManualTaskScheduler clock = new ManualTaskScheduler();
    try (HubClient onePoll = HubClient.builder().baseUrl(server.url("/v1/public").toString())
        .apiKey(MediaHub.API_KEY).maxConcurrentPolls(1).build()) {
      JobsApi jobs = new JobsApi(onePoll.transport(), clock);
      List<TaskFuture<TaskStatus>> waits = new ArrayList<>();
      for (int i = 0; i < JOBS; i++) {
        waits.add(jobs.await(JobRoutes.midjourneyImagine(), String.valueOf(1712205491372000L + i),
            PollingPolicy.defaults()));
      }
      clock.advance(2_000 + JobsApi.BATCH_WINDOW_MILLIS);
      awaitTrue(() -> waits.stream().allMatch(w -> w.latestProgress().isPresent()));
      // Had each wait taken a place too, its id's many-ids request would wait for the place the wait holds.
      assertEquals(List.of(500, 500), relay.idsPerRequest, "1,000 ids in two requests, one after the other");
      assertEquals(0, onePoll.transport().pollSlots().waiting());
    }
  }

  @Test
  void aCancelledWaitLeavesTheNextRequest() throws Exception {
    MidjourneyRelay relay = new MidjourneyRelay();
    server.setDispatcher(relay);
    ManualTaskScheduler clock = new ManualTaskScheduler();
    try (HubClient client = MediaHub.client(server)) {
      JobsApi jobs = new JobsApi(client.transport(), clock);
      TaskFuture<TaskStatus> kept = jobs.await(JobRoutes.midjourneyImagine(), "1", PollingPolicy.defaults());
      TaskFuture<TaskStatus> dropped = jobs.await(JobRoutes.midjourneyImagine(), "2", PollingPolicy.defaults());
      clock.advance(2_000); // both polls are due and wait for the batch window
      assertTrue(dropped.cancel(true));
      clock.advance(JobsApi.BATCH_WINDOW_MILLIS);
      awaitRequests(1);
      awaitTrue(() -> kept.latestProgress().isPresent());
      assertEquals(List.of(1), relay.idsPerRequest);
      assertEquals(Map.of("1", 1), Map.of("1", relay.polls.get("1").get()));
      assertEquals(1, relay.polls.size());
    }
  }

  private void awaitRequests(int count) throws InterruptedException {
    awaitTrue(() -> server.getRequestCount() >= count);
  }

  private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 2_000 && !condition.getAsBoolean(); i++) {
      Thread.sleep(5);
    }
    assertTrue(condition.getAsBoolean(), "condition not met within 10 s");
  }
}
