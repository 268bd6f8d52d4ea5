package dev.hubkit.gemini;

import dev.hubkit.core.EventStream;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A streamed Gemini reply being read on the caller's thread. Iterate the chunks, or only the answer's text with
 * {@link #textDeltas()}, or wait for the whole reply with {@link #accumulate()}; use it in try-with-resources:
 * {@link #close()} cancels the HTTP call at once. Every chunk read, by whichever method, also goes into the reply
 * {@link #accumulate()} returns. Gemini sends no end marker: the stream completes at the end of the body once every
 * candidate has a finish reason, and throws {@code StreamInterruptedException} if it ends before; other failures
 * are thrown as described on {@link EventStream}.
 */
public final class GeminiStream implements EventStream<GenerateContentResponse> {
  private final EventStream<GenerateContentResponse> events;
  private final GeminiStreamAccumulator accumulator = new GeminiStreamAccumulator();
  private Iterator<GenerateContentResponse> source;
  private boolean handedOut;

  GeminiStream(EventStream<GenerateContentResponse> events) {
    this.events = events;
  }

  /**
   * The chunks, read lazily; may be called once, and not together with {@link #textDeltas()}.
   *
   * @return the chunks
   * @throws IllegalStateException on a second call
   */
  @Override
  public synchronized Iterator<GenerateContentResponse> iterator() {
    if (handedOut) {
      throw new IllegalStateException("a GeminiStream can be iterated once (iterator() or textDeltas())");
    }
    handedOut = true;
    return chunks();
  }

  /**
   * The non-empty answer text of the first candidate, chunk by chunk, thoughts excluded; may be iterated once,
   * instead of {@link #iterator()}.
   *
   * @return the text pieces
   * @throws IllegalStateException when the stream was already iterated
   */
  public Iterable<String> textDeltas() {
    Iterator<GenerateContentResponse> chunks = iterator();
    return () -> new Iterator<String>() {
      private String next;

      @Override
      public boolean hasNext() {
        while (next == null && chunks.hasNext()) {
          String text = chunks.next().text();
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
   * Reads the rest of the stream and returns the whole reply, the chunks already iterated included, then closes
   * the stream.
   *
   * @return the reply put together
   * @throws dev.hubkit.core.HubException as iteration does, such as StreamInterruptedException for a cut stream
   */
  public GenerateContentResponse accumulate() {
    try {
      Iterator<GenerateContentResponse> chunks = chunks();
      while (chunks.hasNext()) {
        chunks.next();
      }
      return accumulator.toResponse();
    } finally {
      close();
    }
  }

  /** Reads ahead to the first chunk, so that a failure before it is thrown now (model fallback). */
  void awaitFirstEvent() {
    chunks().hasNext();
  }

  /** Cancels the HTTP call and releases the connection; idempotent. */
  @Override
  public void close() {
    events.close();
  }

  private synchronized Iterator<GenerateContentResponse> chunks() {
    if (source == null) {
      Iterator<GenerateContentResponse> raw = events.iterator();
      source = new Iterator<GenerateContentResponse>() {
        @Override
        public boolean hasNext() {
          return raw.hasNext();
        }

        @Override
        public GenerateContentResponse next() {
          GenerateContentResponse chunk = raw.next();
          accumulator.add(chunk);
          return chunk;
        }
      };
    }
    return source;
  }
}
