package dev.hubkit.core.internal;

import dev.hubkit.core.HubException;
import dev.hubkit.core.StreamListener;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;

/**
 * Reads one event stream on OkHttp's dispatcher for {@link HubTransport#streamAsync}, handing each event to the
 * listener, then exactly one of {@code onComplete} or {@code onError}. The future completes after the last
 * callback whatever the listener throws (as {@link StreamListener} says); once it is done (cancelled), no further
 * callback follows.
 */
final class StreamCallback<T> implements Callback {
  private final HubTransport transport;
  private final HubRequest request;
  private final EventDecoder<T> decoder;
  private final StreamListener<? super T> listener;
  private final CompletableFuture<Void> future;

  StreamCallback(HubTransport transport, HubRequest request, EventDecoder<T> decoder,
      StreamListener<? super T> listener, CompletableFuture<Void> future) {
    this.transport = transport;
    this.request = request;
    this.decoder = decoder;
    this.listener = listener;
    this.future = future;
  }

  @Override
  public void onFailure(Call failed, IOException e) {
    transport.streams().release(failed);
    fail(transport.connectionFailure(request, failed, e));
  }

  @Override
  public void onResponse(Call done, Response response) {
    try {
      read(done, response);
    } finally {
      transport.streams().release(done);
    }
  }

  private void read(Call done, Response response) {
    String path = transport.path(request);
    try (SseEventStream<T> events = new SseEventStream<>(
        done, transport.checked(request, response), decoder, transport.errors(), request.method, path, null)) {
      for (T event : events) {
        if (future.isDone()) {
          return;
        }
        deliver(event);
      }
    } catch (HubException e) {
      fail(e);
      return;
    } catch (RuntimeException e) {
      fail(new HubException(request.method + " " + path + ": reading the stream failed: " + e, e));
      return;
    }
    complete();
  }

  /** Hands {@code event} to the listener; whatever it throws ends the stream as a HubException. */
  private void deliver(T event) {
    try {
      listener.onEvent(event);
    } catch (Throwable e) { // an Error too: the future must complete
      throw new HubException("the stream listener's onEvent threw " + e, e);
    }
  }

  private void complete() {
    if (future.isDone()) {
      return;
    }
    try {
      listener.onComplete();
    } catch (Throwable e) {
      future.completeExceptionally(new HubException("the stream listener's onComplete threw " + e, e));
      return;
    }
    future.complete(null);
  }

  private void fail(HubException error) {
    if (future.isDone()) {
      return;
    }
    try {
      listener.onError(error);
    } catch (Throwable e) {
      if (e != error) {
        error.addSuppressed(e);
      }
    }
    future.completeExceptionally(error);
  }
}
