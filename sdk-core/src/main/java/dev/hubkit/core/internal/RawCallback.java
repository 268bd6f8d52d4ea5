package dev.hubkit.core.internal;

import dev.hubkit.core.HubException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;

/** Completes a raw asynchronous call: checks the status, lets the handler read the body, closes the reply. */
final class RawCallback<T> implements Callback {
  private final RawReplyHandler<T> handler;
  private final Function<IOException, HubException> failure;
  private final UnaryOperator<Response> check;
  private final CompletableFuture<T> future;

  RawCallback(RawReplyHandler<T> handler, Function<IOException, HubException> failure,
      UnaryOperator<Response> check, CompletableFuture<T> future) {
    this.handler = handler;
    this.failure = failure;
    this.check = check;
    this.future = future;
  }

  @Override
  public void onFailure(Call call, IOException e) {
    future.completeExceptionally(failure.apply(e));
  }

  @Override
  public void onResponse(Call call, Response response) {
    try (Response reply = check.apply(response)) {
      future.complete(handler.read(reply));
    } catch (RuntimeException e) {
      future.completeExceptionally(e);
    }
  }
}
