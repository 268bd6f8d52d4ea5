package dev.hubkit.core.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Function;

/** The iterators the API modules' streams hand out: events fed to an accumulator, and the text pieces of events. */
public final class EventIterators {
  private EventIterators() {}

  /**
   * @param events the stream's events
   * @param sink sees every event as it is handed out, such as an accumulator
   * @param <T> the event type
   * @return the events, each given to {@code sink} first
   */
  public static <T> Iterator<T> feeding(Iterator<T> events, Consumer<? super T> sink) {
    return new Iterator<T>() {
      @Override
      public boolean hasNext() {
        return events.hasNext();
      }

      @Override
      public T next() {
        T event = events.next();
        sink.accept(event);
        return event;
      }
    };
  }

  /**
   * @param events the stream's events
   * @param text the text piece of an event, null or empty for none
   * @param <T> the event type
   * @return the non-empty text pieces, in order, read lazily
   */
  public static <T> Iterator<String> texts(Iterator<T> events, Function<? super T, String> text) {
    return new Iterator<String>() {
      private String next;

      @Override
      public boolean hasNext() {
        while (next == null && events.hasNext()) {
          String piece = text.apply(events.next());
          if (piece != null && !piece.isEmpty()) {
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
}
