package dev.hubkit.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Polls many jobs of one family with few requests: each job's poll (a {@link TaskPoller} fetch) asks for its id,
 * and the ids asked for within one short window go out together, up to {@code maxIds} per request, to the
 * family's many-ids query (Midjourney's {@code list-by-condition}, Suno's {@code POST /suno/fetch}). An id the
 * reply leaves out is fetched on its own, so a relay that drops ids costs one extra request, not a failed wait.
 * Thread-safe; the waits run on the same {@link TaskScheduler} as the polls.
 *
 * @param <S> what one poll answers
 */
public final class PollBatcher<S> {
  private final TaskScheduler scheduler;
  private final long windowMillis;
  private final int maxIds;
  private final Function<List<String>, CompletableFuture<Map<String, S>>> fetchMany;
  private final Function<String, CompletableFuture<S>> fetchOne;
  private final Object lock = new Object();
  private Map<String, List<CompletableFuture<S>>> waiting = new LinkedHashMap<>();
  private boolean flushScheduled;

  /**
   * A batcher.
   *
   * @param windowMillis how long a poll waits for others to join its request
   * @param maxIds the most ids one many-ids request carries
   * @param fetchMany answers for the ids it is given, by id; ids it does not know may be left out
   * @param fetchOne the single-id poll, for an id {@code fetchMany} left out
   */
  public PollBatcher(TaskScheduler scheduler, long windowMillis, int maxIds,
      Function<List<String>, CompletableFuture<Map<String, S>>> fetchMany,
      Function<String, CompletableFuture<S>> fetchOne) {
    if (maxIds < 1) {
      throw new IllegalArgumentException("maxIds must be at least 1, was " + maxIds);
    }
    this.scheduler = scheduler;
    this.windowMillis = windowMillis;
    this.maxIds = maxIds;
    this.fetchMany = fetchMany;
    this.fetchOne = fetchOne;
  }

  /** The next answer for {@code id}, from the next many-ids request; cancelling it drops the id from that request. */
  public CompletableFuture<S> fetch(String id) {
    CompletableFuture<S> answer = new CompletableFuture<>();
    boolean schedule;
    synchronized (lock) {
      List<CompletableFuture<S>> forId = waiting.get(id);
      if (forId == null) {
        forId = new ArrayList<>(1);
        waiting.put(id, forId);
      }
      forId.add(answer);
      schedule = !flushScheduled;
      flushScheduled = true;
    }
    if (schedule) {
      scheduler.schedule(this::flush, windowMillis);
    }
    answer.whenComplete((value, error) -> {
      if (answer.isCancelled()) {
        forget(id, answer);
      }
    });
    return answer;
  }

  private void forget(String id, CompletableFuture<S> answer) {
    synchronized (lock) {
      List<CompletableFuture<S>> forId = waiting.get(id);
      if (forId != null && forId.remove(answer) && forId.isEmpty()) {
        waiting.remove(id);
      }
    }
  }

  private void flush() {
    Map<String, List<CompletableFuture<S>>> batch;
    synchronized (lock) {
      batch = waiting;
      waiting = new LinkedHashMap<>();
      flushScheduled = false;
    }
    List<String> ids = new ArrayList<>(batch.keySet());
    for (int from = 0; from < ids.size(); from += maxIds) {
      send(Collections.unmodifiableList(new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + maxIds)))),
          batch);
    }
  }

  private void send(List<String> ids, Map<String, List<CompletableFuture<S>>> batch) {
    CompletableFuture<Map<String, S>> call;
    try {
      call = fetchMany.apply(ids);
    } catch (RuntimeException e) {
      for (String id : ids) {
        completeAll(batch.get(id), null, e);
      }
      return;
    }
    call.whenComplete((answers, error) -> {
      for (String id : ids) {
        List<CompletableFuture<S>> futures = batch.get(id);
        S answer = error == null ? answers.get(id) : null;
        if (error != null || answer != null) {
          completeAll(futures, answer, error);
        } else {
          fetchOne.apply(id).whenComplete((one, oneError) -> completeAll(futures, one, oneError));
        }
      }
    });
  }

  private void completeAll(List<CompletableFuture<S>> futures, S answer, Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    synchronized (lock) {
      futures = new ArrayList<>(futures);
    }
    for (CompletableFuture<S> future : futures) {
      if (cause != null) {
        future.completeExceptionally(cause);
      } else {
        future.complete(answer);
      }
    }
  }
}
