package dev.hubkit.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.hubkit.core.ApiError;
import dev.hubkit.core.ApiException;
import dev.hubkit.core.EventStream;
import dev.hubkit.core.HubException;
import dev.hubkit.core.HubTimeoutException;
import dev.hubkit.core.MalformedResponseException;
import dev.hubkit.core.StreamInterruptedException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Response;

/** An {@link EventStream} over the body of a successful streaming reply. */
final class SseEventStream<T> implements EventStream<T>, Iterator<T> {
  private final Call call;
  private final Response response;
  private final ServerSentEventReader reader;
  private final WatchdogHold hold;
  private final EventDecoder<T> decoder;
  private final StreamEnd<T> end;
  private final ErrorParser errors;
  private final String method;
  private final String path;
  private final Runnable onEnd;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicBoolean ended = new AtomicBoolean();
  private boolean iterated;
  private boolean finished;
  private boolean endReached;
  private T next;

  /** {@code onEnd} (may be null) runs once, when the stream finishes or is closed. */
  SseEventStream(Call call, Response response, EventDecoder<T> decoder, ErrorParser errors, String method,
      String path, Runnable onEnd) {
    this.call = call;
    this.onEnd = onEnd;
    this.response = response;
    this.reader = new ServerSentEventReader(response.body().source());
    this.hold = WatchdogHold.whileReading(response.body());
    this.decoder = decoder;
    this.end = decoder.newStreamEnd();
    this.errors = errors;
    this.method = method;
    this.path = path;
  }

  @Override
  public synchronized Iterator<T> iterator() {
    if (iterated) {
      throw new IllegalStateException("an EventStream can be iterated once");
    }
    iterated = true;
    return this;
  }

  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (finished || closed.get()) {
      return false;
    }
    if (endReached) { // the last event delivered ended the reply
      finish();
      return false;
    }
    try {
      next = readNext();
      return next != null;
    } catch (RuntimeException e) {
      finish();
      throw e;
    }
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T event = next;
    next = null;
    return event;
  }

  private T readNext() {
    while (true) {
      boolean hasEvent;
      hold.renew();
      try {
        hasEvent = reader.next();
      } catch (IOException e) {
        if (closed.get()) { // only this stream's own close() ends iteration quietly
          finish();
          return null;
        }
        throw readFailure(e);
      }
      if (!hasEvent) {
        if (end.completeAtEndOfBody()) {
          finish();
          return null;
        }
        throw new StreamInterruptedException(method + " " + path + ": the stream ended before " + end.awaited()
            + "; the reply received so far is incomplete", null);
      }
      if (reader.isDone()) {
        finish();
        return null;
      }
      if (!"error".equals(reader.eventType())) {
        T ordinary = decoder.decodeOrdinary(reader.data(), reader.dataOffset(), reader.dataLength());
        if (ordinary != null) {
          return seen(ordinary);
        }
      }
      Optional<ApiError> error = errors.fromStreamEvent(
          reader.data(), reader.dataOffset(), reader.dataLength(), reader.eventType(), response.code(), method, path);
      if (error.isPresent()) {
        throw ApiException.of(error.get());
      }
      try {
        T event = decoder.decode(reader.data(), reader.dataOffset(), reader.dataLength());
        if (event != null) {
          return seen(event);
        }
      } catch (JsonProcessingException e) {
        throw new MalformedResponseException(method + " " + path + ": a stream event is not valid JSON: "
            + snippet(), e);
      } catch (IOException e) {
        throw readFailure(e);
      }
    }
  }

  private T seen(T event) {
    endReached = end.endsWith(event);
    return event;
  }

  private HubException readFailure(IOException e) {
    if (call.isCanceled()) {
      return new StreamInterruptedException(method + " " + path + " was canceled mid-stream by a cancel of its"
          + " OkHttp call (such as dispatcher().cancelAll()), not by closing the stream; the reply received so far"
          + " is incomplete", e);
    }
    if (e instanceof InterruptedIOException) {
      return new HubTimeoutException(method + " " + path + ": the stream stayed silent past the read timeout", e);
    }
    return new StreamInterruptedException(method + " " + path + ": the connection broke mid-stream ("
        + e.getMessage() + "); the reply received so far is incomplete", e);
  }

  private String snippet() {
    int length = Math.min(reader.dataLength(), 200);
    String text = new String(reader.data(), reader.dataOffset(), length, StandardCharsets.UTF_8);
    return length < reader.dataLength() ? text + "..." : text;
  }

  private void finish() {
    finished = true;
    hold.close();
    response.close();
    ended();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      call.cancel();
      hold.close();
      response.close();
      ended();
    }
  }

  private void ended() {
    if (onEnd != null && ended.compareAndSet(false, true)) {
      onEnd.run();
    }
  }
}
