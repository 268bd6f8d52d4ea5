package dev.hubkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.internal.EventDecoder;
import dev.hubkit.core.internal.HubRequest;
import dev.hubkit.core.internal.ManualTaskScheduler;
import dev.hubkit.core.internal.ModelFallback;
import dev.hubkit.core.internal.ResponseReader;
import dev.hubkit.core.internal.TaskCheck;
import dev.hubkit.core.internal.TaskPoller;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Issue 14 point 8: after HubClient.close(), every call fails at once and says the client is closed. */
class ClosedClientTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private static final ResponseReader<JsonNode> TREE = ResponseReader.json(JsonNode.class);

  private static Throwable failureOf(CompletableFuture<?> future) {
    assertTrue(future.isDone(), "the future failed at once");
    ExecutionException failed = assertThrows(ExecutionException.class, future::get);
    return failed.getCause();
  }

  @Test
  void aBlockingCallAfterCloseThrowsClientClosedAndSendsNothing() {
    HubClient client = TestHub.clientFor(server).build();
    client.close();

    ClientClosedException closed = assertThrows(ClientClosedException.class,
        () -> client.transport().execute(HubRequest.get("models"), TREE));

    assertTrue(closed.getMessage().contains("GET /v1/public/models was not sent: the HubClient is closed"),
        closed.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void anAsyncCallAfterCloseFailsAtOnceWithClientClosed() {
    HubClient client = TestHub.clientFor(server).build();
    client.close();

    assertInstanceOf(ClientClosedException.class,
        failureOf(client.transport().executeAsync(HubRequest.get("models"), TREE)));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aClientDerivedWithOptionsOrNewBuilderIsClosedWithItsParent() {
    HubClient client = TestHub.clientFor(server).build();
    HubClient withOptions = client.withOptions(RequestOptions.builder().header("X-Tenant", "a").build());
    HubClient rebuilt = client.newBuilder().apiKey("sk-other").build();
    client.close();

    assertThrows(ClientClosedException.class, () -> withOptions.transport().execute(HubRequest.get("models"), TREE));
    assertThrows(ClientClosedException.class, () -> rebuilt.transport().execute(HubRequest.get("models"), TREE));
  }

  @Test
  void anAsyncFallbackOnAClosedClientTriesNoOtherModelAndReportsNoOutage() {
    HubClient client = TestHub.clientFor(server).build();
    client.close();
    List<String> fallbacks = new ArrayList<>();
    FallbackPolicy policy = FallbackPolicy.fallbackModels("b", "c").withTrigger(e -> true)
        .withListener((failed, next) -> fallbacks.add(next));

    CompletableFuture<FallbackResult<JsonNode>> result = ModelFallback.runAsync("a", policy,
        model -> client.transport().executeAsync(HubRequest.get("models"), TREE));

    assertInstanceOf(ClientClosedException.class, failureOf(result));
    assertEquals(List.of(), fallbacks);
    assertThrows(ClientClosedException.class, () -> ModelFallback.run("a", policy,
        model -> client.transport().execute(HubRequest.get("models"), TREE)));
    assertEquals(List.of(), fallbacks);
  }

  @Test
  void aPendingTaskWaitEndsWhenTheClientClosesWithoutPollingAgain() throws Exception {
    server.enqueue(TestHub.json(200, "{\"status\":\"running\"}"));
    HubClient client = TestHub.clientFor(server).build();
    ManualTaskScheduler scheduler = new ManualTaskScheduler();
    PollingPolicy policy = PollingPolicy.builder().initialInterval(Duration.ofMinutes(1))
        .maxTransientFailures(5).timeout(Duration.ofHours(1)).build();
    TaskFuture<String> wait = pollForever(client, scheduler, policy, "t1");
    long before = scheduler.pendingSteps();
    scheduler.advance(60_000);
    assertEquals("/v1/public/tasks/t1", server.takeRequest(5, TimeUnit.SECONDS).getUrl().encodedPath());
    awaitStep(scheduler, before);

    client.close(); // the next poll is a minute away, the deadline an hour: neither is needed to end the wait

    ClientClosedException closed = assertInstanceOf(ClientClosedException.class, failureOf(wait));
    assertEquals("the wait for task t1 ended: the HubClient is closed (HubClient.close() was called on it or on the"
        + " client it derives from); the task goes on on the hub: resume waiting with its id on a new HubClient",
        closed.getMessage());
    assertEquals(0, scheduler.pendingSteps(), "neither the next poll nor the deadline stays scheduled");
    scheduler.advance(3_600_000);
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void closingADerivedClientEndsEveryWaitAndAWaitStartedAfterwardsEndsAtOnce() throws Exception {
    HubClient client = TestHub.clientFor(server).build();
    ManualTaskScheduler scheduler = new ManualTaskScheduler();
    PollingPolicy policy = PollingPolicy.builder().initialInterval(Duration.ofMinutes(1)).build();
    List<TaskFuture<String>> waits = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      waits.add(pollForever(client, scheduler, policy, "t" + i));
    }

    client.withOptions(RequestOptions.none()).close();

    for (TaskFuture<String> wait : waits) {
      assertInstanceOf(ClientClosedException.class, failureOf(wait));
    }
    TaskFuture<String> late = pollForever(client, scheduler, policy, "t9");
    assertTrue(late.isDone());
    assertTrue(failureOf(late).getMessage().startsWith("the wait for task t9 ended"));
    assertEquals(0, scheduler.pendingSteps());
    assertEquals(0, server.getRequestCount());
  }

  /** A wait for {@code taskId} on {@code client}'s poller whose every answer says the task still runs. */
  private static TaskFuture<String> pollForever(HubClient client, ManualTaskScheduler scheduler,
      PollingPolicy policy, String taskId) {
    return new TaskPoller(scheduler, client.transport().pollSlots(), client.transport().clientState()).poll(taskId,
        () -> client.transport().executeAsync(HubRequest.get("tasks", taskId), TREE),
        reply -> TaskCheck.pending(TaskProgress.builder().taskId(taskId)
            .state(TaskState.of(reply.path("status").asText())).build()),
        policy, Optional.empty());
  }

  /** Waits until the first poll's answer has scheduled the next step. */
  private static void awaitStep(ManualTaskScheduler scheduler, long before) throws InterruptedException {
    for (int i = 0; i < 500 && scheduler.pendingSteps() < before; i++) {
      Thread.sleep(10);
    }
    assertEquals(before, scheduler.pendingSteps());
  }

  @Test
  void aCallWaitingToBeRetriedWhenTheClientClosesIsNotSentAgain() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(TestHub.json(200, "{}"));
    HubClient client = TestHub.clientFor(server).retryPolicy(RetryPolicy.builder()
        .initialBackoff(Duration.ofMillis(800)).maxBackoff(Duration.ofMillis(800)).build()).build();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread call = new Thread(() -> {
      try {
        client.transport().execute(HubRequest.get("models"), TREE);
      } catch (Throwable e) {
        failure.set(e);
      }
    });
    call.start();
    server.takeRequest(5, TimeUnit.SECONDS);

    client.close();
    call.join(5_000);

    assertInstanceOf(ClientClosedException.class, failure.get());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aStreamAfterCloseFailsAtOnceBlockingAndAsyncAndSendsNothing() {
    HubClient client = TestHub.clientFor(server).build();
    client.close();
    EventDecoder<JsonNode> decoder = EventDecoder.json(JsonNode.class);
    List<Throwable> told = new ArrayList<>();

    ClientClosedException blocking = assertThrows(ClientClosedException.class,
        () -> client.transport().stream(HubRequest.postJson("{}", "chat"), decoder));
    Throwable async = failureOf(client.transport().streamAsync(HubRequest.postJson("{}", "chat"), decoder,
        new StreamListener<JsonNode>() {
          @Override
          public void onEvent(JsonNode event) {
            told.add(new AssertionError("an event on a closed client"));
          }

          @Override
          public void onError(HubException error) {
            told.add(error);
          }
        }));

    assertTrue(blocking.getMessage().contains("POST /v1/public/chat was not sent: the HubClient is closed"),
        blocking.getMessage());
    assertInstanceOf(ClientClosedException.class, async);
    assertEquals(List.of(async), told);
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aDownloadAfterCloseFailsAtOnceEvenOnAnHttpClientTheCallerOwns() {
    OkHttpClient own = new OkHttpClient();
    try {
      HubClient client = TestHub.clientFor(server).httpClient(own).build();
      client.close();
      okhttp3.HttpUrl file = server.url("/files/out.mp4");

      assertThrows(ClientClosedException.class, () -> client.transport().download(file, RequestOptions.none()));
      Throwable async = failureOf(client.transport().downloadAsync(file, RequestOptions.none(),
          reply -> reply.code()));

      assertInstanceOf(ClientClosedException.class, async);
      assertTrue(async.getMessage().contains("GET " + file.host() + "/files/out.mp4 was not sent"),
          async.getMessage());
      assertEquals(0, server.getRequestCount());
    } finally {
      own.dispatcher().executorService().shutdown();
      own.connectionPool().evictAll();
    }
  }
}
