package dev.hubkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
  void aPendingTaskWaitEndsAtItsNextPollWhenTheClientClosedWithoutPollingAgain() throws Exception {
    server.enqueue(TestHub.json(200, "{\"status\":\"running\"}"));
    HubClient client = TestHub.clientFor(server).build();
    ManualTaskScheduler scheduler = new ManualTaskScheduler();
    PollingPolicy policy = PollingPolicy.builder().initialInterval(Duration.ofSeconds(1))
        .maxTransientFailures(5).build();
    TaskFuture<String> wait = new TaskPoller(scheduler).poll("t1",
        () -> client.transport().executeAsync(HubRequest.get("tasks", "t1"), TREE),
        reply -> TaskCheck.pending(TaskProgress.builder().taskId("t1")
            .state(TaskState.of(reply.path("status").asText())).build()),
        policy, Optional.empty());
    long before = scheduler.pendingSteps();
    scheduler.advance(1_000);
    assertEquals("/v1/public/tasks/t1", server.takeRequest(5, TimeUnit.SECONDS).getUrl().encodedPath());
    awaitStep(scheduler, before);

    client.close();
    scheduler.advance(60_000);

    assertInstanceOf(ClientClosedException.class, failureOf(wait));
    assertEquals(1, server.getRequestCount());
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
}
