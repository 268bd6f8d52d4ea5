package dev.hubkit.core.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * A future computed from another one that, unlike {@code thenApply}, passes its cancellation back (so cancelling
 * it cancels the call in flight) and fails with the exception itself rather than a {@code CompletionException}.
 */
public final class DerivedFuture {
  private DerivedFuture() {}

  /**
   * {@code source}'s value through {@code function}.
   *
   * @param source the future the value comes from; cancelled when the result is
   * @param function turns the value into the result; what it throws fails the result
   * @param <T> the source's value
   * @param <R> the result's value
   * @return the derived future
   */
  public static <T, R> CompletableFuture<R> map(
      CompletableFuture<T> source, Function<? super T, ? extends R> function) {
    CompletableFuture<R> result = new CompletableFuture<>();
    source.whenComplete((value, failure) -> {
      if (failure != null) {
        result.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause() : failure);
        return;
      }
      try {
        result.complete(function.apply(value));
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    });
    result.whenComplete((value, failure) -> {
      if (result.isCancelled()) {
        source.cancel(true);
      }
    });
    return result;
  }
}
