package dev.hubkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hubkit.core.HubException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class DerivedFutureTest {
  @Test
  void cancellingTheDerivedFutureCancelsTheSource() {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<Integer> derived = DerivedFuture.map(source, String::length);
    derived.cancel(true);
    assertTrue(source.isCancelled());
  }

  @Test
  void theValueGoesThroughTheFunction() throws Exception {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<Integer> derived = DerivedFuture.map(source, String::length);
    source.complete("four");
    assertEquals(4, derived.get());
  }

  @Test
  void whatTheFunctionOrTheSourceThrowsFailsTheResultUnwrapped() {
    HubException thrown = new HubException("does not match");
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<Integer> derived = DerivedFuture.map(source, value -> {
      throw thrown;
    });
    source.complete("x");
    assertSame(thrown, assertThrows(ExecutionException.class, derived::get).getCause());

    CompletableFuture<String> failing = new CompletableFuture<>();
    CompletableFuture<Integer> fromFailing = DerivedFuture.map(failing.thenApply(v -> v), String::length);
    failing.completeExceptionally(thrown);
    assertTrue(fromFailing.isCompletedExceptionally());
    assertSame(thrown, assertThrows(ExecutionException.class, fromFailing::get).getCause());
  }
}
