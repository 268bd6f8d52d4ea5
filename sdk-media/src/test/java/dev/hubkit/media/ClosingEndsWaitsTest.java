package dev.hubkit.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hubkit.core.ClientClosedException;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.PollingPolicy;
import dev.hubkit.core.TaskFuture;
import dev.hubkit.core.internal.ManualTaskScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Issue 14 point 8: closing the client ends its pending task waits at once, not at their next poll. */
class ClosingEndsWaitsTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private static final PollingPolicy A_MINUTE_APART =
      PollingPolicy.builder().initialInterval(Duration.ofMinutes(1)).timeout(Duration.ofHours(1)).build();

  private static ClientClosedException closedFailureOf(TaskFuture<?> wait) {
    assertTrue(wait.isDone(), "the wait ended when the client closed");
    ExecutionException failed = assertThrows(ExecutionException.class, wait::get);
    return assertInstanceOf(ClientClosedException.class, failed.getCause());
  }

  @Test
  void aTaskWaitEndsWhenTheClientClosesThoughItsFirstPollIsAMinuteAway() {
    HubClient client = MediaHub.client(server);
    TaskFuture<TaskStatus> wait = TasksApi.of(client).await("task_42", A_MINUTE_APART);

    client.close();

    assertTrue(closedFailureOf(wait).getMessage().startsWith("the wait for task task_42 ended: the HubClient is"
        + " closed"));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aThousandBatchedJobWaitsEndWhenTheClientCloses() {
    ManualTaskScheduler clock = new ManualTaskScheduler();
    HubClient client = MediaHub.client(server);
    JobsApi jobs = new JobsApi(client.transport(), clock);
    List<TaskFuture<TaskStatus>> waits = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      waits.add(jobs.await(JobRoutes.midjourneyImagine(), String.valueOf(1712205491372000L + i), A_MINUTE_APART));
    }

    client.close();

    for (TaskFuture<TaskStatus> wait : waits) {
      closedFailureOf(wait);
    }
    clock.advance(Duration.ofHours(2).toMillis());
    assertEquals(0, server.getRequestCount());
    assertEquals(0, clock.pendingSteps(), "nothing of the ended waits stays scheduled");
  }
}
