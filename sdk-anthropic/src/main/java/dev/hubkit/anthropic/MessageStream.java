package dev.hubkit.anthropic;

import dev.hubkit.core.EventStream;
import dev.hubkit.core.internal.ObservedEventStream;
import java.util.Iterator;

/**
 * A streamed reply being read on the caller's thread. Iterate the events, or only the text with
 * {@link #textDeltas()}, or wait for the whole reply with {@link #accumulate()}; use it in try-with-resources:
 * {@link #close()} cancels the HTTP call at once. Every event read, by whichever method, also goes into the message
 * {@link #accumulate()} returns. Iteration ends after {@code message_stop}; it throws
 * {@code StreamInterruptedException} when the stream ends before it, and the {@code ApiException} a failed call
 * gets (such as {@code ServerException} for {@code overloaded_error}) for an {@code error} event.
 */
public final class MessageStream implements EventStream<MessageStreamEvent> {
  private final MessageAccumulator accumulator = new MessageAccumulator();
  private final ObservedEventStream<MessageStreamEvent> events;

  MessageStream(EventStream<MessageStreamEvent> events) {
    this.events = new ObservedEventStream<>(events, accumulator::add,
        "a MessageStream can be iterated once (iterator() or textDeltas())");
  }

  /**
   * The events, read lazily; may be called once, and not together with {@link #textDeltas()}.
   *
   * @return the events
   * @throws IllegalStateException on a second call
   */
  @Override
  public Iterator<MessageStreamEvent> iterator() {
    return events.iterator();
  }

  /**
   * The text pieces of the reply's text blocks, in order, without thinking or tool input; may be iterated once,
   * instead of {@link #iterator()}.
   *
   * @return the text pieces
   * @throws IllegalStateException when the stream was already iterated
   */
  public Iterable<String> textDeltas() {
    return events.pieces(MessageStream::textOf);
  }

  private static String textOf(MessageStreamEvent event) {
    if (!(event instanceof ContentBlockDeltaEvent)) {
      return "";
    }
    ContentDelta delta = ((ContentBlockDeltaEvent) event).delta();
    return ContentDelta.TEXT.equals(delta.type()) ? delta.text().orElse("") : "";
  }

  /**
   * Reads the rest of the stream and returns the whole reply, including the events already iterated, then closes
   * the stream.
   *
   * @return the reply, equal to what {@link MessagesApi#create} would have returned
   * @throws dev.hubkit.core.HubException as iteration does, e.g. StreamInterruptedException when the stream is cut
   */
  public Message accumulate() {
    try {
      events.drain();
      return accumulator.toMessage();
    } finally {
      close();
    }
  }

  /** Reads ahead to the first event, so that a failure before any event is thrown now (model fallback). */
  void awaitFirstEvent() {
    events.awaitFirstEvent();
  }

  /** Cancels the HTTP call and releases the connection; idempotent. */
  @Override
  public void close() {
    events.close();
  }
}
