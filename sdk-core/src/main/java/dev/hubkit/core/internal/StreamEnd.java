package dev.hubkit.core.internal;

/**
 * When one stream's reply is complete. OpenAI-format hubs end a stream with {@code data: [DONE]}; other formats end
 * with a terminal event (Claude's {@code message_stop}, the Responses API's {@code response.completed}) or simply
 * at the end of the body once every candidate has finished (Gemini, gateways in front of it). A stream asks its
 * decoder for a fresh {@code StreamEnd} ({@link EventDecoder#newStreamEnd()}), shows it each decoded event, and
 * at a clean end of body asks whether the reply is complete: if not, the stream throws
 * {@code StreamInterruptedException}, so a truncated reply never looks complete. A {@code [DONE]} marker always
 * ends a stream. Used by one stream on one thread at a time; need not be thread-safe.
 */
public interface StreamEnd<T> {
  /**
   * Sees {@code event} before it is delivered.
   *
   * @param event a decoded event of this stream
   * @return true when the event ends the reply: iteration stops after delivering it, without reading further
   */
  boolean endsWith(T event);

  /**
   * @return whether a clean end of the body, reached after the events seen so far, leaves the reply complete
   */
  boolean completeAtEndOfBody();

  /**
   * @return what a stream that ends too early was waiting for, for its message, such as {@code "its [DONE] marker"}
   */
  String awaited();

  /**
   * @param <T> the event type
   * @return the OpenAI rule: only {@code [DONE]} ends a stream, and every end of body before it is a cut
   */
  @SuppressWarnings("unchecked")
  static <T> StreamEnd<T> atDoneOnly() {
    return (StreamEnd<T>) AtDoneOnly.INSTANCE;
  }

  /** The stateless {@link #atDoneOnly()} rule. */
  final class AtDoneOnly implements StreamEnd<Object> {
    static final AtDoneOnly INSTANCE = new AtDoneOnly();

    private AtDoneOnly() {}

    @Override
    public boolean endsWith(Object event) {
      return false;
    }

    @Override
    public boolean completeAtEndOfBody() {
      return false;
    }

    @Override
    public String awaited() {
      return "its [DONE] marker";
    }
  }
}
