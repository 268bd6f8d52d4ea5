package dev.hubkit.core;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A server-sent event stream being read, one decoded event at a time, on the caller's thread. Iterate it once,
 * inside try-with-resources: {@link #close()} cancels the HTTP call at once (to stop paying for tokens) and frees
 * the connection.
 *
 * <p>Iteration ends normally only at the hub's end marker ({@code data: [DONE]}) or after {@link #close()}. It
 * throws {@link StreamInterruptedException} when the connection ends or breaks before it, also when the HTTP call
 * is cancelled by anything but {@link #close()} (such as {@code dispatcher().cancelAll()} on a shared
 * {@code OkHttpClient}), {@link HubTimeoutException} when the hub stays silent past the read timeout, and an
 * {@link ApiException} when the hub sends an error event. Comment lines ({@code : keep-alive}) are skipped.
 *
 * @param <T> the decoded event type
 */
public interface EventStream<T> extends Iterable<T>, AutoCloseable {
  /**
   * The events, read lazily from the connection; may be called once.
   *
   * @throws IllegalStateException on a second call
   */
  @Override
  Iterator<T> iterator();

  /**
   * The events as a sequential {@link Stream}; closing the stream closes this event stream.
   *
   * @return a lazy, ordered stream of the events; like {@link #iterator()} it may be asked for once
   * @throws IllegalStateException when the events were already asked for
   */
  default Stream<T> stream() {
    Spliterator<T> spliterator = Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(spliterator, false).onClose(this::close);
  }

  /** Cancels the call and releases the connection; idempotent. Iteration then ends without an exception. */
  @Override
  void close();
}
