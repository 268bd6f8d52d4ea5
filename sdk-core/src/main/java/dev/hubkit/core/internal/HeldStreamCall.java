package dev.hubkit.core.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;

/**
 * Runs the call of a blocking stream on the dispatcher and keeps it there until the stream ends. OkHttp lets go of
 * a call made with {@code execute()} once its headers arrive, so its dispatcher's {@code cancelAll()} no longer
 * reaches the stream that goes on reading; an enqueued call stays the dispatcher's until its callback returns.
 * The caller's thread reads the body as before; the dispatcher's thread (a virtual thread on Java 21 and later)
 * only waits for {@link #end()}, which the stream calls when it finishes or closes, and a cancel of the call runs.
 */
final class HeldStreamCall implements Callback {
  private final StreamSlots slots;
  private final CompletableFuture<Response> headers = new CompletableFuture<>();
  private final CountDownLatch ended = new CountDownLatch(1);

  HeldStreamCall(StreamSlots slots) {
    this.slots = slots;
  }

  @Override
  public void onFailure(Call call, IOException e) {
    headers.completeExceptionally(e);
    slots.release(call);
  }

  @Override
  public void onResponse(Call call, Response response) {
    try {
      if (!headers.complete(response)) { // the caller stopped waiting (interrupted)
        response.close();
        return;
      }
      ended.await();
    } catch (InterruptedException e) { // the executor is shutting down now: let the thread go
      Thread.currentThread().interrupt();
    } finally {
      slots.release(call);
    }
  }

  /**
   * Waits for the reply's headers, on the thread that opened the stream.
   *
   * @throws IOException when the call failed, was cancelled, or the waiting thread was interrupted
   */
  Response awaitHeaders(Call call) throws IOException {
    try {
      return headers.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      headers.cancel(false);
      call.cancel();
      slots.withdraw(call);
      throw new InterruptedIOException("interrupted while waiting for the stream to start");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IOException(cause);
    }
  }

  /** The stream finished or was closed: the dispatcher's thread lets the call finish. Idempotent. */
  void end() {
    ended.countDown();
  }
}
