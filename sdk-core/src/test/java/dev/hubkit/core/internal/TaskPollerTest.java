package dev.hubkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hubkit.core.ApiError;
import dev.hubkit.core.ApiException;
import dev.hubkit.core.CallCanceledException;
import dev.hubkit.core.NotFoundException;
import dev.hubkit.core.PollingPolicy;
import dev.hubkit.core.ServerException;
import dev.hubkit.core.TaskFailedException;
import dev.hubkit.core.TaskFuture;
import dev.hubkit.core.TaskProgress;
import dev.hubkit.core.TaskState;
import dev.hubkit.core.TaskTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TaskPollerTest {
  private final ManualTaskScheduler scheduler = new ManualTaskScheduler();
  private final TaskPoller poller = new TaskPoller(scheduler);
  private final PollingPolicy policy = PollingPolicy.builder()
      .initialInterval(Duration.ofSeconds(1)).maxInterval(Duration.ofSeconds(4)).multiplier(2).build();

  /** Answers polls from a script of "STATUS percent" lines or exceptions; counts the polls. */
  private static final class Script implements Supplier<CompletableFuture<String>> {
    final Deque<Object> answers = new ArrayDeque<>();
    final List<CompletableFuture<String>> calls = new ArrayList<>();
    boolean manual;

    Script(Object... answers) {
      this.answers.addAll(Arrays.asList(answers));
    }

    @Override
    public CompletableFuture<String> get() {
      CompletableFuture<String> call = new CompletableFuture<>();
      calls.add(call);
      if (!manual) {
        Object next = answers.isEmpty() ? "GENERATING" : answers.poll();
        if (next instanceof Throwable) {
          call.completeExceptionally((Throwable) next);
        } else {
          call.complete((String) next);
        }
      }
      return call;
    }
  }

  private static final Function<String, TaskCheck<String>> INTERPRET = answer -> {
    String[] parts = answer.split(" ");
    TaskProgress progress = TaskProgress.builder().taskId("vid_1").state(TaskState.of(parts[0]))
        .percent(parts.length > 1 ? TaskProgress.parsePercent(parts[1]) : Optional.empty()).build();
    switch (progress.state().kind()) {
      case SUCCEEDED:
        return TaskCheck.succeeded(progress, "https://storage.example/out.mp4");
      case FAILED:
      case CANCELLED:
        return TaskCheck.failed(progress, "content_policy", "prompt rejected");
      default:
        return TaskCheck.pending(progress);
    }
  };

  /** The wait's result: the manual clock has run every step, so a wait that has not ended fails instead of hanging. */
  private static <T> T resultOf(TaskFuture<T> future) throws InterruptedException, ExecutionException {
    assertTrue(future.isDone(), "the wait has not ended");
    return future.get();
  }

  private static ApiException serverError(int status, Duration retryAfter) {
    ApiError.Builder error = ApiError.builder().statusCode(status).method("GET").path("/v1/tasks/vid_1");
    if (retryAfter != null) {
      error.retryAfter(retryAfter);
    }
    return ApiException.of(error.build());
  }

  @Test
  void progressListenerSeesEachStepUntilCompletion() throws Exception {
    Script script = new Script("GENERATING 0", "GENERATING 45%", "GENERATING 45%", "COMPLETED 100");
    List<String> seen = new ArrayList<>();
    TaskFuture<String> future = poller.poll("vid_1", script, INTERPRET, policy, Optional.empty())
        .onProgress(p -> seen.add(p.state().raw() + " " + p.percent().orElse(-1)));
    scheduler.advance(60_000);
    assertEquals("https://storage.example/out.mp4", resultOf(future));
    assertEquals(Arrays.asList("GENERATING 0", "GENERATING 45", "COMPLETED 100"), seen);
    assertEquals(4, script.calls.size());
    assertEquals("vid_1", future.taskId());
    assertEquals(TaskState.Kind.SUCCEEDED, future.latestProgress().get().state().kind());
  }

  @Test
  void firstPollWaitsForTheHubsEstimateThenBacksOffToTheCap() {
    Script script = new Script();
    poller.poll("vid_1", script, INTERPRET, policy, Optional.of(Duration.ofSeconds(3)));
    scheduler.advance(2_999);
    assertEquals(0, script.calls.size());
    scheduler.advance(1);
    assertEquals(1, script.calls.size());
    scheduler.advance(20_000);
    assertEquals(Arrays.asList(3_000L, 1_000L, 2_000L, 4_000L, 4_000L, 4_000L, 4_000L, 4_000L),
        scheduler.delays().subList(0, 8));
  }

  @Test
  void failedJobCompletesWithTheHubsMessageAndCode() {
    TaskFuture<String> future = poller.poll("vid_1", new Script("GENERATING 10", "FAILED"), INTERPRET, policy,
        Optional.empty());
    scheduler.advance(10_000);
    ExecutionException e = assertThrows(ExecutionException.class, () -> resultOf(future));
    TaskFailedException failed = assertInstanceOf(TaskFailedException.class, e.getCause());
    assertEquals(Optional.of("content_policy"), failed.code());
    assertEquals(Optional.of("prompt rejected"), failed.hubMessage());
    assertEquals("task vid_1 ended FAILED: prompt rejected (code content_policy)", failed.getMessage());
  }

  @Test
  void waitPastTheDeadlineTimesOutWithTheLastStateAndStopsPolling() {
    Script script = new Script("GENERATING 5", "GENERATING 6", "GENERATING 7", "GENERATING 8");
    PollingPolicy bounded = PollingPolicy.builder().from(policy).timeout(Duration.ofSeconds(5)).build();
    TaskFuture<String> future = poller.poll("vid_1", script, INTERPRET, bounded, Optional.empty());
    scheduler.advance(60_000);
    ExecutionException e = assertThrows(ExecutionException.class, () -> resultOf(future));
    TaskTimeoutException timeout = assertInstanceOf(TaskTimeoutException.class, e.getCause());
    assertEquals("vid_1", timeout.taskId());
    assertTrue(timeout.getMessage().contains("last seen GENERATING"), timeout.getMessage());
    int polls = script.calls.size();
    scheduler.advance(60_000);
    assertEquals(polls, script.calls.size());
  }

  @Test
  void pollTheHubNeverAnswersEndsInTaskTimeoutAtTheDeadline() {
    Script script = new Script();
    script.manual = true;
    PollingPolicy bounded = PollingPolicy.builder().from(policy).timeout(Duration.ofSeconds(5)).build();
    TaskFuture<String> future = poller.poll("vid_1", script, INTERPRET, bounded, Optional.empty());
    scheduler.advance(1_000);
    assertEquals(1, script.calls.size(), "the first poll is in flight and is never answered");
    scheduler.advance(3_999);
    assertFalse(future.isDone());
    scheduler.advance(1);
    assertTrue(future.isCompletedExceptionally(), "the wait ends at the deadline, not when the poll gives up");
    ExecutionException e = assertThrows(ExecutionException.class, () -> resultOf(future));
    assertEquals("vid_1", assertInstanceOf(TaskTimeoutException.class, e.getCause()).taskId());
    assertTrue(script.calls.get(0).isCancelled(), "the poll in flight is aborted");
    scheduler.advance(60_000);
    assertEquals(1, script.calls.size());
    assertEquals(0, scheduler.pendingSteps());
  }

  @Test
  void waitThatSucceedsLeavesNoDeadlineStepBehind() throws Exception {
    PollingPolicy bounded = PollingPolicy.builder().from(policy).timeout(Duration.ofHours(1)).build();
    TaskFuture<String> future = poller.poll("vid_1", new Script("GENERATING 50", "COMPLETED"), INTERPRET, bounded,
        Optional.empty());
    scheduler.advance(1_000);
    assertEquals(2, scheduler.pendingSteps(), "the next poll, and the deadline step");
    scheduler.advance(2_000);
    assertTrue(future.isDone());
    assertEquals("https://storage.example/out.mp4", resultOf(future));
    assertEquals(0, scheduler.pendingSteps());
  }

  @Test
  void cancelStopsPollingAtOnceAndAbortsThePollInFlight() {
    Script script = new Script();
    script.manual = true;
    TaskFuture<String> future = poller.poll("vid_1", script, INTERPRET, policy, Optional.empty());
    scheduler.advance(1_000);
    assertEquals(1, script.calls.size());
    assertTrue(future.cancel(true));
    assertTrue(script.calls.get(0).isCancelled());
    scheduler.advance(60_000);
    assertEquals(1, script.calls.size());
    assertEquals(0, scheduler.pendingSteps());
  }

  @Test
  void transientFailuresAreRetriedHonouringRetryAfter() throws Exception {
    Script script = new Script(serverError(503, Duration.ofSeconds(3)), serverError(502, null), "COMPLETED");
    TaskFuture<String> future = poller.poll("vid_1", script, INTERPRET, policy, Optional.empty());
    scheduler.advance(60_000);
    assertEquals("https://storage.example/out.mp4", resultOf(future));
    assertEquals(Arrays.asList(1_000L, 3_000L, 1_000L), scheduler.delays());
  }

  @Test
  void retryAfterAboveTheCapIsHonouredInFull() throws Exception {
    Script script = new Script(serverError(429, Duration.ofSeconds(60)), "COMPLETED");
    TaskFuture<String> future = poller.poll("vid_1", script, INTERPRET, policy, Optional.empty());
    scheduler.advance(1_000);
    assertEquals(1, script.calls.size());
    scheduler.advance(59_999);
    assertEquals(1, script.calls.size(), "no poll before the hub's 60 s, although the cap is 4 s");
    scheduler.advance(1);
    assertEquals(2, script.calls.size());
    assertTrue(future.isDone());
    assertEquals("https://storage.example/out.mp4", resultOf(future));
    assertEquals(Arrays.asList(1_000L, 60_000L), scheduler.delays());
  }

  @Test
  void retryAfterPastTheDeadlineEndsTheWaitAtTheDeadline() {
    PollingPolicy bounded = PollingPolicy.builder().from(policy).timeout(Duration.ofSeconds(45)).build();
    Script script = new Script(serverError(503, Duration.ofSeconds(60)), "COMPLETED");
    TaskFuture<String> future = poller.poll("vid_1", script, INTERPRET, bounded, Optional.empty());
    scheduler.advance(44_999);
    assertFalse(future.isDone());
    scheduler.advance(1);
    assertTrue(future.isCompletedExceptionally());
    ExecutionException e = assertThrows(ExecutionException.class, () -> resultOf(future));
    assertInstanceOf(TaskTimeoutException.class, e.getCause());
    assertEquals(1, script.calls.size(), "no poll after the hub asked for a wait past the deadline");
  }

  @Test
  void tooManyTransientFailuresInARowFailTheWaitWithTheLastError() {
    PollingPolicy twoFailures = PollingPolicy.builder().from(policy).maxTransientFailures(2).build();
    Script script = new Script(serverError(500, null), serverError(500, null), serverError(503, null));
    TaskFuture<String> future = poller.poll("vid_1", script, INTERPRET, twoFailures, Optional.empty());
    scheduler.advance(60_000);
    ExecutionException e = assertThrows(ExecutionException.class, () -> resultOf(future));
    assertEquals(503, assertInstanceOf(ServerException.class, e.getCause()).statusCode());
    assertEquals(3, script.calls.size());
  }

  @Test
  void aPollWhoseCallWasCancelledEndsTheWaitWithoutPollingAgain() {
    CallCanceledException cancelled = new CallCanceledException("GET /v1/tasks/vid_1 was canceled", null);
    Script script = new Script(cancelled, "COMPLETED");
    TaskFuture<String> future = poller.poll("vid_1", script, INTERPRET, policy, Optional.empty());
    scheduler.advance(60_000);
    assertTrue(future.isDone());
    ExecutionException e = assertThrows(ExecutionException.class, () -> resultOf(future));
    assertSame(cancelled, e.getCause());
    assertEquals(1, script.calls.size());
  }

  @Test
  void unknownTaskFailsAtOnce() {
    Script script = new Script(serverError(404, null));
    TaskFuture<String> future = poller.poll("vid_1", script, INTERPRET, policy, Optional.empty());
    scheduler.advance(60_000);
    ExecutionException e = assertThrows(ExecutionException.class, () -> resultOf(future));
    assertInstanceOf(NotFoundException.class, e.getCause());
    assertEquals(1, script.calls.size());
  }

  @Test
  void statusSpellingsOfEveryDialectAreNormalised() {
    String[][] table = {
      {"QUEUED", "queued", "pending", "submitted", "SUBMITTED", "NOT_START", "queueing"},
      {"RUNNING", "GENERATING", "in_progress", "IN_PROGRESS", "processing", "running"},
      {"SUCCEEDED", "COMPLETED", "completed", "SUCCESS", "success", "succeeded", "succeed", "finished"},
      {"FAILED", "FAILED", "failed", "FAILURE", "failure", "error"},
      {"CANCELLED", "cancelled", "canceled"},
      {"UNKNOWN", "unknown", "MODERATING"},
    };
    for (String[] row : table) {
      for (int i = 1; i < row.length; i++) {
        TaskState state = TaskState.of(row[i]);
        assertEquals(TaskState.Kind.valueOf(row[0]), state.kind(), row[i]);
        assertEquals(row[i], state.raw());
      }
    }
    assertFalse(TaskState.of("MODERATING").isTerminal());
  }

  @Test
  void progressIsReadFromNumbersAndPercentStrings() {
    assertEquals(Optional.of(45), TaskProgress.parsePercent("45%"));
    assertEquals(Optional.of(45), TaskProgress.parsePercent(" 45 % "));
    assertEquals(Optional.of(45), TaskProgress.parsePercent(45));
    assertEquals(Optional.of(46), TaskProgress.parsePercent(45.6));
    assertEquals(Optional.of(100), TaskProgress.parsePercent("130"));
    assertEquals(Optional.empty(), TaskProgress.parsePercent("soon"));
    assertEquals(Optional.empty(), TaskProgress.parsePercent(null));
  }
}
