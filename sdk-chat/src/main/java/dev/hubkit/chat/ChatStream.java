package dev.hubkit.chat;

import dev.hubkit.core.ApiException;
import dev.hubkit.core.EventStream;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A streamed chat reply being read on the caller's thread. Iterate the chunks, or only the text with
 * {@link #textDeltas()}, or wait for the whole reply with {@link #accumulate()}; use it in try-with-resources:
 * {@link #close()} cancels the HTTP call at once. Every chunk read, by whichever method, also goes into the
 * completion {@link #accumulate()} returns. Failures are thrown as described on {@link EventStream}.
 */
public final class ChatStream implements EventStream<ChatCompletionChunk> {
  private final EventStream<ChatCompletionChunk> events;
  /** Takes every chunk as the stream reads it (ChatApi's decoder adds them), delivered or not yet. */
  private final ChatStreamAccumulator accumulator;
  private Iterator<ChatCompletionChunk> source;
  private boolean handedOut;

  ChatStream(EventStream<ChatCompletionChunk> events, ChatStreamAccumulator accumulator) {
    this.events = events;
    this.accumulator = accumulator;
  }

  /**
   * The chunks, read lazily; may be called once, and not together with {@link #textDeltas()}.
   *
   * @throws IllegalStateException on a second call
   */
  @Override
  public synchronized Iterator<ChatCompletionChunk> iterator() {
    if (handedOut) {
      throw new IllegalStateException("a ChatStream can be iterated once (iterator() or textDeltas())");
    }
    handedOut = true;
    return chunks();
  }

  /**
   * The non-empty text pieces of the first choice, in order; may be iterated once, instead of {@link #iterator()}.
   *
   * @return the first choice's text pieces, without the empty ones
   * @throws IllegalStateException when the stream was already iterated
   */
  public Iterable<String> textDeltas() {
    Iterator<ChatCompletionChunk> chunks = iterator();
    return () -> new Iterator<String>() {
      private String next;

      @Override
      public boolean hasNext() {
        while (next == null && chunks.hasNext()) {
          String text = chunks.next().textDelta();
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
   * Reads the rest of the stream and returns the whole reply, including the chunks already iterated, then closes
   * the stream.
   *
   * @return the whole reply, as {@link ChatStreamAccumulator} builds it from every chunk
   * @throws dev.hubkit.core.HubException as iteration does, e.g. StreamInterruptedException when the stream is cut
   */
  public ChatCompletion accumulate() {
    try {
      Iterator<ChatCompletionChunk> chunks = chunks();
      while (chunks.hasNext()) {
        chunks.next();
      }
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
    chunks().hasNext();
  }

  /** Cancels the HTTP call and releases the connection; idempotent. */
  @Override
  public void close() {
    events.close();
  }

  /** An error event mid-stream, with the text received before it (an error finish reason has it already). */
  private ApiException withPartialReply(ApiException e) {
    if (e.partialReply(ChatCompletion.class).isPresent()) {
      return e;
    }
    ApiException withPartial = ApiException.of(e.error(), accumulator.toCompletion());
    withPartial.initCause(e);
    return withPartial;
  }

  private synchronized Iterator<ChatCompletionChunk> chunks() {
    if (source == null) {
      Iterator<ChatCompletionChunk> raw = events.iterator();
      source = new Iterator<ChatCompletionChunk>() {
        @Override
        public boolean hasNext() {
          try {
            return raw.hasNext();
          } catch (ApiException e) {
            throw withPartialReply(e);
          }
        }

        @Override
        public ChatCompletionChunk next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return raw.next();
        }
      };
    }
    return source;
  }
}
