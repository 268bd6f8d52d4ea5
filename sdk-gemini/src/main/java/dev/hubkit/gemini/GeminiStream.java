package dev.hubkit.gemini;

import dev.hubkit.core.EventStream;
import dev.hubkit.core.internal.ObservedEventStream;
import java.util.Iterator;

/**
 * A streamed Gemini reply being read on the caller's thread. Iterate the chunks, or only the answer's text with
 * {@link #textDeltas()}, or wait for the whole reply with {@link #accumulate()}; use it in try-with-resources:
 * {@link #close()} cancels the HTTP call at once. Every chunk read, by whichever method, also goes into the reply
 * {@link #accumulate()} returns. Gemini sends no end marker: the stream completes at the end of the body once every
 * candidate has a finish reason, and throws {@code StreamInterruptedException} if it ends before; other failures
 * are thrown as described on {@link EventStream}.
 */
public final class GeminiStream implements EventStream<GenerateContentResponse> {
  private final GeminiStreamAccumulator accumulator = new GeminiStreamAccumulator();
  private final ObservedEventStream<GenerateContentResponse> events;

  GeminiStream(EventStream<GenerateContentResponse> events) {
    this.events = new ObservedEventStream<>(events, accumulator::add,
        "a GeminiStream can be iterated once (iterator() or textDeltas())");
  }

  /**
   * The chunks, read lazily; may be called once, and not together with {@link #textDeltas()}.
   *
   * @return the chunks
   * @throws IllegalStateException on a second call
   */
  @Override
  public Iterator<GenerateContentResponse> iterator() {
    return events.iterator();
  }

  /**
   * The non-empty answer text of the first candidate, chunk by chunk, thoughts excluded; may be iterated once,
   * instead of {@link #iterator()}.
   *
   * @return the text pieces
   * @throws IllegalStateException when the stream was already iterated
   */
  public Iterable<String> textDeltas() {
    return events.pieces(GenerateContentResponse::text);
  }

  /**
   * Reads the rest of the stream and returns the whole reply, the chunks already iterated included, then closes
   * the stream.
   *
   * @return the reply put together
   * @throws dev.hubkit.core.HubException as iteration does, such as StreamInterruptedException for a cut stream
   */
  public GenerateContentResponse accumulate() {
    try {
      events.drain();
      return accumulator.toResponse();
    } finally {
      close();
    }
  }

  /** Reads ahead to the first chunk, so that a failure before it is thrown now (model fallback). */
  void awaitFirstEvent() {
    events.awaitFirstEvent();
  }

  /** Cancels the HTTP call and releases the connection; idempotent. */
  @Override
  public void close() {
    events.close();
  }
}
