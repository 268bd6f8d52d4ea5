package dev.hubkit.anthropic.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.anthropic.MessageStopEvent;
import dev.hubkit.anthropic.MessageStreamEvent;
import dev.hubkit.anthropic.UnknownEvent;
import dev.hubkit.core.internal.EventDecoder;
import dev.hubkit.core.internal.LazyReader;
import dev.hubkit.core.internal.StreamEnd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the events of a Messages stream straight from the event bytes: a text delta in Claude's own layout, most
 * of every stream, is read by {@link TextDeltaReader} without Jackson; for the rest the {@code "type"} member that
 * starts every event Claude sends picks one reader per event kind, so no tree and no string copy of the event is
 * made.
 * An event whose {@code type} is not its first member is read as a tree first; a kind HubKit does not model
 * becomes an {@link UnknownEvent}. The stream ends at {@code message_stop}; any end of body before it is a cut.
 * Stateless: one instance serves every stream.
 */
public final class MessageEventDecoder implements EventDecoder<MessageStreamEvent> {
  private static final byte[] TYPE_KEY = "\"type\"".getBytes(StandardCharsets.US_ASCII);
  private static final Kind[] KINDS = {
    new Kind("content_block_delta", dev.hubkit.anthropic.ContentBlockDeltaEvent.class),
    new Kind("ping", dev.hubkit.anthropic.PingEvent.class),
    new Kind("content_block_start", dev.hubkit.anthropic.ContentBlockStartEvent.class),
    new Kind("content_block_stop", dev.hubkit.anthropic.ContentBlockStopEvent.class),
    new Kind("message_start", dev.hubkit.anthropic.MessageStartEvent.class),
    new Kind("message_delta", dev.hubkit.anthropic.MessageDeltaEvent.class),
    new Kind("message_stop", MessageStopEvent.class),
  };
  private static final StreamEnd<MessageStreamEvent> AT_MESSAGE_STOP = new StreamEnd<MessageStreamEvent>() {
    @Override
    public boolean endsWith(MessageStreamEvent event) {
      return event instanceof MessageStopEvent;
    }

    @Override
    public boolean completeAtEndOfBody() {
      return false; // reached only before message_stop, which ends iteration itself
    }

    @Override
    public String awaited() {
      return "its message_stop event";
    }
  };

  @Override
  public MessageStreamEvent decode(byte[] data, int offset, int length) throws IOException {
    MessageStreamEvent text = TextDeltaReader.read(data, offset, length);
    if (text != null) {
      return text;
    }
    Kind kind = leadingKind(data, offset, length);
    if (kind != null) {
      return kind.reader.get().readValue(data, offset, length);
    }
    JsonNode event = dev.hubkit.core.internal.Json.mapper().readTree(data, offset, length);
    if (event == null || !event.isObject()) {
      throw JsonMappingException.from((com.fasterxml.jackson.core.JsonParser) null,
          "a Messages stream event is not a JSON object");
    }
    kind = byName(event.path("type").asText(""));
    return kind == null ? UnknownEvent.of(event) : kind.reader.get().<MessageStreamEvent>readValue(event);
  }

  /** The known kinds, never errors: the stream's own search for an error member is skipped for them. */
  @Override
  public MessageStreamEvent decodeOrdinary(byte[] data, int offset, int length) {
    MessageStreamEvent text = TextDeltaReader.read(data, offset, length);
    if (text != null) {
      return text;
    }
    Kind kind = leadingKind(data, offset, length);
    if (kind == null) {
      return null;
    }
    try {
      return kind.reader.get().readValue(data, offset, length);
    } catch (IOException e) {
      return null; // decode() reads it again and reports the failure
    }
  }

  /** @return the rule of every Messages stream: it ends at message_stop, and an earlier end of body is a cut */
  @Override
  public StreamEnd<MessageStreamEvent> newStreamEnd() {
    return AT_MESSAGE_STOP;
  }

  /** The kind named by a {@code "type"} member that opens the object, or null. */
  private static Kind leadingKind(byte[] data, int offset, int length) {
    int end = offset + length;
    int p = skipSpace(data, offset, end);
    if (p >= end || data[p] != '{') {
      return null;
    }
    p = skipSpace(data, p + 1, end);
    if (!matches(data, p, end, TYPE_KEY)) {
      return null;
    }
    p = skipSpace(data, p + TYPE_KEY.length, end);
    if (p >= end || data[p] != ':') {
      return null;
    }
    p = skipSpace(data, p + 1, end);
    if (p >= end || data[p] != '"') {
      return null;
    }
    p++;
    for (Kind kind : KINDS) {
      if (matches(data, p, end, kind.name) && p + kind.name.length < end && data[p + kind.name.length] == '"') {
        return kind;
      }
    }
    return null;
  }

  private static Kind byName(String name) {
    for (Kind kind : KINDS) {
      if (kind.text.equals(name)) {
        return kind;
      }
    }
    return null;
  }

  private static boolean matches(byte[] data, int p, int end, byte[] expected) {
    if (p + expected.length > end) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (data[p + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }

  private static int skipSpace(byte[] data, int p, int end) {
    while (p < end && (data[p] == ' ' || data[p] == '\n' || data[p] == '\r' || data[p] == '\t')) {
      p++;
    }
    return p;
  }

  /** One event kind: its name as bytes and as text, and the reader of its values. */
  private static final class Kind {
    final String text;
    final byte[] name;
    final LazyReader reader;

    Kind(String name, Class<? extends MessageStreamEvent> type) {
      this.text = name;
      this.name = name.getBytes(StandardCharsets.US_ASCII);
      this.reader = LazyReader.of(type);
    }
  }
}
