package dev.hubkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hubkit.core.ApiError;
import dev.hubkit.core.PollingPolicy;
import dev.hubkit.core.ServerException;
import dev.hubkit.core.TaskProgress;
import dev.hubkit.core.TaskState;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Waits cut at random by {@link PollingPolicy#jitter()}, on a manual clock. */
class TaskPollerJitterTest {
  private final ManualTaskScheduler scheduler = new ManualTaskScheduler();
  private final TaskPoller poller = new TaskPoller(scheduler);
  private static final Function<String, TaskCheck<String>> PENDING = answer -> TaskCheck.pending(
      TaskProgress.builder().taskId("job").state(TaskState.of(answer)).build());
  private static final Supplier<CompletableFuture<String>> RUNNING =
      () -> CompletableFuture.completedFuture("RUNNING");

  @Test
  void everyWaitIsCutByAtMostTheJitterAndNeverGrows() {
    PollingPolicy policy = PollingPolicy.builder().initialInterval(Duration.ofSeconds(2))
        .maxInterval(Duration.ofSeconds(30)).multiplier(1.5).jitter(0.2).build();
    scheduler.randomFractions(() -> 0.999_999);
    poller.poll("job", RUNNING, PENDING, policy, Optional.empty());
    scheduler.advance(200_000);
    List<Long> base = Arrays.asList(
        2_000L, 2_000L, 3_000L, 4_500L, 6_750L, 10_125L, 15_188L, 22_782L, 30_000L, 30_000L);
    List<Long> delays = scheduler.delays().subList(0, base.size());
    for (int i = 0; i < base.size(); i++) {
      long shortest = (long) Math.floor(base.get(i) * 0.8);
      assertTrue(delays.get(i) >= shortest && delays.get(i) < base.get(i),
          "wait " + i + " was " + delays.get(i) + " for a base of " + base.get(i));
    }
  }

  @Test
  void aThousandJobsStartedTogetherSpreadTheirPollsOverTheJitterWindow() {
    Random random = new Random(19);
    scheduler.randomFractions(random::nextDouble);
    PollingPolicy defaults = PollingPolicy.defaults();
    for (int i = 0; i < 1_000; i++) {
      poller.poll("job-" + i, RUNNING, PENDING, defaults, Optional.empty());
    }
    List<Long> first = scheduler.delays();
    assertEquals(1_000, first.size());
    TreeSet<Long> distinct = new TreeSet<>(first);
    assertTrue(distinct.first() >= 1_600 && distinct.last() <= 2_000, distinct.first() + ".." + distinct.last());
    // 400 possible millisecond values, 1,000 draws: a poller without jitter would give one value.
    assertTrue(distinct.size() > 300, distinct.size() + " distinct first waits");
    long inLastTenth = first.stream().filter(d -> d >= 1_960).count();
    assertTrue(inLastTenth < 200, inLastTenth + " of 1,000 first polls in the last 40 ms of the window");
  }

  @Test
  void zeroJitterKeepsThePoliciesWaitsExactly() {
    scheduler.randomFractions(() -> 0.75);
    PollingPolicy policy = PollingPolicy.builder().initialInterval(Duration.ofSeconds(1))
        .maxInterval(Duration.ofSeconds(4)).multiplier(2).jitter(0).build();
    poller.poll("job", RUNNING, PENDING, policy, Optional.of(Duration.ofSeconds(3)));
    scheduler.advance(10_000);
    assertEquals(Arrays.asList(3_000L, 1_000L, 2_000L, 4_000L), scheduler.delays().subList(0, 4));
  }

  @Test
  void theHubsRetryAfterIsNeverCutButTheWaitAfterAPlainFailureIs() {
    scheduler.randomFractions(() -> 0.5);
    PollingPolicy policy = PollingPolicy.builder().initialInterval(Duration.ofSeconds(1))
        .maxInterval(Duration.ofSeconds(4)).multiplier(2).jitter(0.2).build();
    ServerException withRetryAfter = new ServerException(ApiError.builder().statusCode(503).method("GET")
        .path("/v1/tasks/job").message("busy").retryAfter(Duration.ofSeconds(7)).build());
    ServerException plain = new ServerException(ApiError.builder().statusCode(502).method("GET")
        .path("/v1/tasks/job").message("bad gateway").build());
    java.util.Deque<Object> answers = new java.util.ArrayDeque<>(Arrays.asList(withRetryAfter, plain));
    Supplier<CompletableFuture<String>> fetch = () -> {
      Object next = answers.isEmpty() ? "RUNNING" : answers.poll();
      CompletableFuture<String> call = new CompletableFuture<>();
      if (next instanceof Throwable) {
        call.completeExceptionally((Throwable) next);
      } else {
        call.complete((String) next);
      }
      return call;
    };
    poller.poll("job", fetch, PENDING, policy, Optional.empty());
    scheduler.advance(20_000);
    assertEquals(Arrays.asList(900L, 7_000L, 900L, 900L), scheduler.delays().subList(0, 4));
  }
}
