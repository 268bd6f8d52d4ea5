package dev.hubkit.chat;

import dev.hubkit.core.EventStream;
import dev.hubkit.core.internal.ObservedEventStream;
import java.util.Iterator;

/**
 * A streamed chat reply being read on the caller's thread. Iterate the chunks, or only the text with
 * {@link #textDeltas()}, or wait for the whole reply with {@link #accumulate()}; use it in try-with-resources:
 * {@link #close()} cancels the HTTP call at once. Every chunk read, by whichever method, also goes into the
 * completion {@link #accumulate()} returns. Failures are thrown as described on {@link EventStream}.
 */
public final class ChatStream implements EventStream<ChatCompletionChunk> {
  private final ChatStreamAccumulator accumulator = new ChatStreamAccumulator();
  private final ObservedEventStream<ChatCompletionChunk> events;

  ChatStream(EventStream<ChatCompletionChunk> events) {
    this.events = new ObservedEventStream<>(events, accumulator::add,
        "a ChatStream can be iterated once (iterator() or textDeltas())");
  }

  /**
   * The chunks, read lazily; may be called once, and not together with {@link #textDeltas()}.
   *
   * @throws IllegalStateException on a second call
   */
  @Override
  public Iterator<ChatCompletionChunk> iterator() {
    return events.iterator();
  }

  /**
   * The non-empty text pieces of the first choice, in order; may be iterated once, instead of {@link #iterator()}.
   *
   * @throws IllegalStateException when the stream was already iterated
   */
  public Iterable<String> textDeltas() {
    return events.pieces(ChatCompletionChunk::textDelta);
  }

  /**
   * Reads the rest of the stream and returns the whole reply, including the chunks already iterated, then closes
   * the stream.
   *
   * @throws dev.hubkit.core.HubException as iteration does, e.g. StreamInterruptedException when the stream is cut
   */
  public ChatCompletion accumulate() {
    try {
      events.drain();
      return accumulator.toCompletion();
    } finally {
      close();
    }
  }

  /**
   * Reads ahead to the first event, so that a failure before any event (an error event, a cut connection) is
   * thrown now; the event stays to be iterated. Used by model fallback, which may retry only before that point.
   */
  void awaitFirstEvent() {
    events.awaitFirstEvent();
  }

  /** Cancels the HTTP call and releases the connection; idempotent. */
  @Override
  public void close() {
    events.close();
  }
}
