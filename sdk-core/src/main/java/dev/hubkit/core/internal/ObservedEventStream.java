package dev.hubkit.core.internal;

import dev.hubkit.core.EventStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An event stream whose every event, however it is read (iterated, as text pieces, drained to the end), is first
 * shown to an observer, such as the accumulator of a streamed reply. What the API modules' public streams
 * ({@code ChatStream}, {@code GeminiStream}) are built on; one caller thread at a time.
 *
 * @param <T> the event type
 */
public final class ObservedEventStream<T> implements EventStream<T> {
  private final EventStream<T> events;
  private final Consumer<? super T> observer;
  private final String iteratedTwice;
  private Iterator<T> source;
  private boolean handedOut;

  /**
   * @param events the stream read
   * @param observer sees each event before it is handed on
   * @param iteratedTwice the message of the exception a second {@link #iterator()} throws
   */
  public ObservedEventStream(EventStream<T> events, Consumer<? super T> observer, String iteratedTwice) {
    this.events = events;
    this.observer = observer;
    this.iteratedTwice = iteratedTwice;
  }

  /**
   * The events, read lazily; may be called once, and not together with {@link #pieces}.
   *
   * @return the events
   * @throws IllegalStateException on a second call
   */
  @Override
  public synchronized Iterator<T> iterator() {
    if (handedOut) {
      throw new IllegalStateException(iteratedTwice);
    }
    handedOut = true;
    return observed();
  }

  /**
   * The non-empty texts {@code text} takes from the events, in order; iterable once, instead of
   * {@link #iterator()}.
   *
   * @param text the piece of text of one event, {@code ""} for none
   * @return the pieces
   * @throws IllegalStateException when the stream was already iterated
   */
  public Iterable<String> pieces(Function<? super T, String> text) {
    Iterator<T> all = iterator();
    return () -> new Iterator<String>() {
      private String next;

      @Override
      public boolean hasNext() {
        while (next == null && all.hasNext()) {
          String piece = text.apply(all.next());
          if (!piece.isEmpty()) {
            next = piece;
          }
        }
        return next != null;
      }

      @Override
      public String next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        String piece = next;
        next = null;
        return piece;
      }
    };
  }

  /** Reads every event not read yet, so that the observer has seen the whole stream; does not close it. */
  public void drain() {
    Iterator<T> rest = observed();
    while (rest.hasNext()) {
      rest.next();
    }
  }

  /** Reads ahead to the first event, so that a failure before it is thrown now (model fallback); it stays. */
  public void awaitFirstEvent() {
    observed().hasNext();
  }

  @Override
  public void close() {
    events.close();
  }

  private synchronized Iterator<T> observed() {
    if (source == null) {
      Iterator<T> raw = events.iterator();
      source = new Iterator<T>() {
        @Override
        public boolean hasNext() {
          return raw.hasNext();
        }

        @Override
        public T next() {
          T event = raw.next();
          observer.accept(event);
          return event;
        }
      };
    }
    return source;
  }
}
