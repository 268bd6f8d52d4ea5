package dev.hubkit.chat;

import dev.hubkit.chat.responses.Response;
import dev.hubkit.chat.responses.ResponseStreamEvent;
import dev.hubkit.chat.responses.internal.ResponseAccumulator;
import dev.hubkit.core.EventStream;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A streamed response being read on the caller's thread. Iterate its events, or only the text with
 * {@link #textDeltas()}, or wait for the whole response with {@link #accumulate()}; use it in try-with-resources:
 * {@link #close()} cancels the HTTP call at once. Every event read, by whichever method, also goes into the response
 * {@link #accumulate()} returns. Iteration ends after {@code response.completed} or {@code response.incomplete}; a
 * {@code response.failed} or {@code error} event is thrown as the {@code ApiException} a failed call gets, and a
 * stream that ends before its terminal event throws {@code StreamInterruptedException}.
 */
public final class ResponseStream implements EventStream<ResponseStreamEvent> {
  private final EventStream<ResponseStreamEvent> events;
  private final ResponseAccumulator accumulator = new ResponseAccumulator();
  private Iterator<ResponseStreamEvent> source;
  private boolean handedOut;

  ResponseStream(EventStream<ResponseStreamEvent> events) {
    this.events = events;
  }

  /**
   * The events, read lazily; may be called once, and not together with {@link #textDeltas()}.
   *
   * @return the events
   * @throws IllegalStateException on a second call
   */
  @Override
  public synchronized Iterator<ResponseStreamEvent> iterator() {
    if (handedOut) {
      throw new IllegalStateException("a ResponseStream can be iterated once (iterator() or textDeltas())");
    }
    handedOut = true;
    return events();
  }

  /**
   * The non-empty pieces of output text, in order; may be iterated once, instead of {@link #iterator()}.
   *
   * @return the text deltas
   * @throws IllegalStateException when the stream was already iterated
   */
  public Iterable<String> textDeltas() {
    Iterator<ResponseStreamEvent> all = iterator();
    return () -> new Iterator<String>() {
      private String next;

      @Override
      public boolean hasNext() {
        while (next == null && all.hasNext()) {
          String text = all.next().textDelta();
          if (!text.isEmpty()) {
            next = text;
          }
        }
        return next != null;
      }

      @Override
      public String next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        String text = next;
        next = null;
        return text;
      }
    };
  }

  /**
   * Reads the rest of the stream and returns the whole response (the one its terminal event carries), then closes
   * the stream.
   *
   * @return the whole response
   * @throws dev.hubkit.core.HubException as iteration does, e.g. StreamInterruptedException when the stream is cut
   */
  public Response accumulate() {
    try {
      Iterator<ResponseStreamEvent> rest = events();
      while (rest.hasNext()) {
        rest.next();
      }
      return accumulator.toResponse();
    } finally {
      close();
    }
  }

  /** Reads ahead to the first event, so that a failure before any event is thrown now; used by model fallback. */
  void awaitFirstEvent() {
    events().hasNext();
  }

  /** Cancels the HTTP call and releases the connection; idempotent. */
  @Override
  public void close() {
    events.close();
  }

  private synchronized Iterator<ResponseStreamEvent> events() {
    if (source == null) {
      Iterator<ResponseStreamEvent> raw = events.iterator();
      source = new Iterator<ResponseStreamEvent>() {
        @Override
        public boolean hasNext() {
          return raw.hasNext();
        }

        @Override
        public ResponseStreamEvent next() {
          ResponseStreamEvent event = raw.next();
          accumulator.add(event);
          return event;
        }
      };
    }
    return source;
  }
}
