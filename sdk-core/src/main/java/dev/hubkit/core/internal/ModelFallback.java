package dev.hubkit.core.internal;

import dev.hubkit.core.AllModelsFailedException;
import dev.hubkit.core.ClientClosedException;
import dev.hubkit.core.FallbackPolicy;
import dev.hubkit.core.FallbackResult;
import dev.hubkit.core.HubException;
import dev.hubkit.core.ModelAttempt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/** Runs one request model by model under a {@link FallbackPolicy}, blocking or as a chain of futures. */
public final class ModelFallback {
  private ModelFallback() {}

  /**
   * Calls {@code attempt} with each model in turn until one answers or an error does not trigger a fallback.
   *
   * @throws HubException the first non-triggering error as it is, or {@link AllModelsFailedException}
   */
  public static <T> FallbackResult<T> run(String firstModel, FallbackPolicy policy, Function<String, T> attempt) {
    List<String> models = policy.modelsAfter(firstModel);
    List<ModelAttempt> attempts = new ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      String model = models.get(i);
      long start = System.nanoTime();
      try {
        T value = attempt.apply(model);
        attempts.add(attempt(model, start, null));
        return new FallbackResult<>(value, attempts);
      } catch (HubException e) {
        ModelAttempt failed = attempt(model, start, e);
        attempts.add(failed);
        if (e instanceof ClientClosedException || !policy.triggersOn(e)) {
          throw e; // a closed client: no model was tried, whatever the policy's trigger says
        }
        if (i + 1 < models.size()) {
          policy.listener().onFallback(failed, models.get(i + 1));
        }
      }
    }
    throw new AllModelsFailedException(attempts);
  }

  /** As {@link #run}, without blocking: each model's call starts when the previous one has failed. */
  public static <T> CompletableFuture<FallbackResult<T>> runAsync(
      String firstModel, FallbackPolicy policy, Function<String, CompletableFuture<T>> attempt) {
    CompletableFuture<FallbackResult<T>> result = new CompletableFuture<>();
    next(policy.modelsAfter(firstModel), 0, new ArrayList<>(), policy, attempt, result);
    return result;
  }

  private static <T> void next(List<String> models, int index, List<ModelAttempt> attempts, FallbackPolicy policy,
      Function<String, CompletableFuture<T>> attempt, CompletableFuture<FallbackResult<T>> result) {
    String model = models.get(index);
    long start = System.nanoTime();
    CompletableFuture<T> call;
    try {
      call = attempt.apply(model);
    } catch (RuntimeException e) {
      call = new CompletableFuture<>();
      call.completeExceptionally(e);
    }
    CompletableFuture<T> running = call;
    result.whenComplete((done, error) -> {
      if (result.isCancelled()) {
        running.cancel(true);
      }
    });
    running.whenComplete((value, failure) -> {
      try {
        Throwable error = failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause() : failure;
        if (error == null) {
          attempts.add(attempt(model, start, null));
          result.complete(new FallbackResult<>(value, attempts));
        } else if (!(error instanceof HubException) || error instanceof ClientClosedException
            || !policy.triggersOn((HubException) error)) {
          if (error instanceof HubException) {
            attempts.add(attempt(model, start, (HubException) error));
          }
          result.completeExceptionally(error);
        } else {
          ModelAttempt failed = attempt(model, start, (HubException) error);
          attempts.add(failed);
          if (index + 1 == models.size()) {
            result.completeExceptionally(new AllModelsFailedException(attempts));
          } else if (!result.isDone()) {
            policy.listener().onFallback(failed, models.get(index + 1));
            next(models, index + 1, attempts, policy, attempt, result);
          }
        }
      } catch (Throwable e) { // the policy's trigger or listener threw: the call fails with it, as run() does
        result.completeExceptionally(e);
      }
    });
  }

  private static ModelAttempt attempt(String model, long startNanos, HubException error) {
    ModelAttempt.Builder attempt = ModelAttempt.builder().model(model)
        .duration(Duration.ofNanos(System.nanoTime() - startNanos));
    if (error != null) {
      attempt.error(error);
    }
    return attempt.build();
  }
}
