package dev.hubkit.chat.responses.internal;

import dev.hubkit.chat.internal.JsonCursor;
import dev.hubkit.chat.internal.JsonCursor.Recent;
import dev.hubkit.chat.internal.JsonCursor.Unusual;
import dev.hubkit.chat.responses.ResponseStreamEvent;
import java.util.Collections;

/**
 * Reads the delta events of a Responses stream ({@code response.output_text.delta} and the other
 * {@code *.delta} events: nearly every event of a stream) straight from their bytes: {@code type},
 * {@code sequence_number}, {@code item_id}, {@code output_index}, {@code content_index}, {@code summary_index},
 * {@code delta}, an empty {@code logprobs} and the {@code obfuscation} padding OpenAI adds. The type and item id
 * repeat from event to event and are taken over, not copied again. Anything else (other members, escapes in keys,
 * repeated keys, non-empty logprobs, other events) is left to Jackson, which reads the same values: this reader
 * only ever takes inputs both read alike (see DeltaEventReaderTest). One per stream; not thread-safe.
 */
final class DeltaEventReader {
  private static final byte[] TYPE = JsonCursor.name("type");
  private static final byte[] SEQUENCE_NUMBER = JsonCursor.name("sequence_number");
  private static final byte[] ITEM_ID = JsonCursor.name("item_id");
  private static final byte[] OUTPUT_INDEX = JsonCursor.name("output_index");
  private static final byte[] CONTENT_INDEX = JsonCursor.name("content_index");
  private static final byte[] SUMMARY_INDEX = JsonCursor.name("summary_index");
  private static final byte[] DELTA = JsonCursor.name("delta");
  private static final byte[] LOGPROBS = JsonCursor.name("logprobs");
  private static final byte[] OBFUSCATION = JsonCursor.name("obfuscation");

  private final JsonCursor json = new JsonCursor();
  private final Recent type = new Recent();
  private final Recent itemId = new Recent();

  /** The event, when it is a delta event of the usual shape; null when Jackson must read it. */
  ResponseStreamEvent read(byte[] data, int offset, int length) {
    json.reset(data, offset, length);
    try {
      return event();
    } catch (Unusual unusual) {
      return null;
    }
  }

  private ResponseStreamEvent event() throws Unusual {
    ResponseStreamEvent.Builder event = ResponseStreamEvent.builder();
    String eventType = null;
    int seen = 0;
    json.expect('{');
    do {
      json.nextKey();
      if (json.keyIs(TYPE)) {
        seen = JsonCursor.once(seen, 1);
        eventType = json.string(type);
        if (!eventType.endsWith(".delta")) {
          throw Unusual.INSTANCE;
        }
        event.type(eventType);
      } else if (json.keyIs(SEQUENCE_NUMBER)) {
        seen = JsonCursor.once(seen, 2);
        event.sequenceNumber(json.integer());
      } else if (json.keyIs(ITEM_ID)) {
        seen = JsonCursor.once(seen, 4);
        event.itemId(json.string(itemId));
      } else if (json.keyIs(OUTPUT_INDEX)) {
        seen = JsonCursor.once(seen, 8);
        event.outputIndex(json.intValue());
      } else if (json.keyIs(CONTENT_INDEX)) {
        seen = JsonCursor.once(seen, 16);
        event.contentIndex(json.intValue());
      } else if (json.keyIs(SUMMARY_INDEX)) {
        seen = JsonCursor.once(seen, 32);
        event.summaryIndex(json.intValue());
      } else if (json.keyIs(DELTA)) {
        seen = JsonCursor.once(seen, 64);
        event.delta(json.string());
      } else if (json.keyIs(LOGPROBS)) {
        seen = JsonCursor.once(seen, 128);
        json.expect('[');
        json.expect(']');
        event.putExtra("logprobs", Collections.emptyList());
      } else if (json.keyIs(OBFUSCATION)) {
        seen = JsonCursor.once(seen, 256);
        event.putExtra("obfuscation", json.string());
      } else {
        throw Unusual.INSTANCE;
      }
    } while (json.moreMembers());
    if (eventType == null || !json.atEnd()) {
      throw Unusual.INSTANCE;
    }
    return event.build();
  }
}
