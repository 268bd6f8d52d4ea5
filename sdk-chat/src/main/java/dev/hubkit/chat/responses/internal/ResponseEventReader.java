package dev.hubkit.chat.responses.internal;

import dev.hubkit.chat.responses.ResponseStreamEvent;
import dev.hubkit.core.internal.EventDecoder;
import dev.hubkit.core.internal.LazyReader;
import dev.hubkit.core.internal.StreamEnd;
import java.io.IOException;

/**
 * Decodes the events of one Responses stream from their bytes as they lie in the reader's buffer (no string of the
 * event is made): the delta events, nearly all of a stream, through {@link DeltaEventReader}, the others with one
 * {@link ObjectReader} pass. The usual events are delivered from
 * {@link #decodeOrdinary}, which also tells them from errors, so the stream skips its own search for error members
 * (lifecycle events carry {@code "error": null} inside their response, which that search would otherwise parse).
 * An {@code error} event, a {@code response.failed} event and a gateway's {@code {"error": ...}} are left to the
 * stream, which throws them as the {@code ApiException} a failed call gets. A stream ends with its terminal event
 * ({@code response.completed} or {@code response.incomplete}); a clean end of body before it is a cut.
 */
public final class ResponseEventReader implements EventDecoder<ResponseStreamEvent> {
  private static final LazyReader EVENT = LazyReader.of(ResponseStreamEvent.class);

  private final DeltaEventReader deltas = new DeltaEventReader();

  @Override
  public ResponseStreamEvent decodeOrdinary(byte[] data, int offset, int length) {
    ResponseStreamEvent event = deltas.read(data, offset, length);
    if (event != null) {
      return event;
    }
    try {
      event = EVENT.get().readValue(data, offset, length);
    } catch (IOException | RuntimeException e) { // decode() reads it again and reports what is wrong
      return null;
    }
    String type = event.type();
    if ("error".equals(type) || ResponseStreamEvent.FAILED.equals(type) || event.extra().containsKey("error")
        || "error".equals(event.extra().get("object"))) {
      return null;
    }
    return event;
  }

  @Override
  public ResponseStreamEvent decode(byte[] data, int offset, int length) throws IOException {
    return EVENT.get().readValue(data, offset, length);
  }

  @Override
  public StreamEnd<ResponseStreamEvent> newStreamEnd() {
    return new AtTerminalEvent();
  }

  /** Ends a stream at {@code response.completed}, {@code response.incomplete} or {@code response.failed}. */
  private static final class AtTerminalEvent implements StreamEnd<ResponseStreamEvent> {
    private boolean finished;

    @Override
    public boolean endsWith(ResponseStreamEvent event) {
      String type = event.type();
      finished = ResponseStreamEvent.COMPLETED.equals(type) || ResponseStreamEvent.INCOMPLETE.equals(type)
          || ResponseStreamEvent.FAILED.equals(type);
      return finished;
    }

    @Override
    public boolean completeAtEndOfBody() {
      return finished;
    }

    @Override
    public String awaited() {
      return "its response.completed event";
    }
  }
}
