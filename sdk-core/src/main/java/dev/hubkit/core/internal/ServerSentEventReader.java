package dev.hubkit.core.internal;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;

/**
 * Reads server-sent events from raw bytes, as the SSE specification defines them: {@code data:} lines with or
 * without the space after the colon, several {@code data:} lines joined by newlines, {@code event:} names, comment
 * lines ({@code : keep-alive}) skipped, LF or CRLF line endings. Event data is copied once into a reused array
 * and handed to the decoder from there, with no String per event (okhttp-sse's reader makes one, which costs
 * about half the decoding time: see PERFORMANCE.md).
 */
final class ServerSentEventReader {
  private static final ByteString LINE_END = ByteString.encodeUtf8("\r\n");
  private static final ByteString DATA = ByteString.encodeUtf8("data");
  private static final ByteString EVENT = ByteString.encodeUtf8("event");
  private static final byte[] DONE = "[DONE]".getBytes(StandardCharsets.US_ASCII);

  private final BufferedSource source;
  private byte[] data = new byte[8192];
  private int dataLength;
  private boolean hasData;
  private String eventType;

  ServerSentEventReader(BufferedSource source) {
    this.source = source;
  }

  /** Reads up to the end of the next event that carries data; false when the input ends first. */
  boolean next() throws IOException {
    dataLength = 0;
    hasData = false;
    eventType = null;
    while (true) {
      long lineEnd = source.indexOfElement(LINE_END);
      if (lineEnd < 0) {
        return false; // the input ended; a trailing partial event is discarded, as the specification says
      }
      if (lineEnd == 0) {
        skipLineEnd();
        if (hasData) {
          return true;
        }
        eventType = null;
        continue;
      }
      readField(lineEnd);
      skipLineEnd();
    }
  }

  /** The data of the current event; valid until the next call of {@link #next()}. */
  byte[] data() {
    return data;
  }

  int dataLength() {
    return dataLength;
  }

  /** The {@code event:} name of the current event, or null for the default ("message"). */
  String eventType() {
    return eventType;
  }

  /** True when the current event is OpenAI's end marker {@code [DONE]}. */
  boolean isDone() {
    if (dataLength != DONE.length) {
      return false;
    }
    for (int i = 0; i < DONE.length; i++) {
      if (data[i] != DONE[i]) {
        return false;
      }
    }
    return true;
  }

  private void readField(long lineLength) throws IOException {
    Buffer buffer = source.getBuffer();
    if (buffer.getByte(0) == ':') {
      source.skip(lineLength);
      return;
    }
    long colon = source.indexOf((byte) ':', 0, lineLength);
    long nameLength = colon < 0 ? lineLength : colon;
    long valueStart = colon < 0 ? lineLength : colon + 1;
    if (valueStart < lineLength && buffer.getByte(valueStart) == ' ') {
      valueStart++;
    }
    int valueLength = (int) (lineLength - valueStart);
    if (nameLength == DATA.size() && source.rangeEquals(0, DATA)) {
      source.skip(valueStart);
      appendData(valueLength);
    } else if (nameLength == EVENT.size() && source.rangeEquals(0, EVENT)) {
      source.skip(valueStart);
      eventType = source.readUtf8(valueLength);
    } else {
      source.skip(lineLength); // id, retry and unknown fields change nothing HubKit uses
    }
  }

  private void appendData(int length) throws IOException {
    int needed = dataLength + length + (hasData ? 1 : 0);
    if (needed > data.length) {
      data = Arrays.copyOf(data, Math.max(needed, data.length * 2));
    }
    if (hasData) {
      data[dataLength++] = '\n';
    }
    int end = dataLength + length;
    while (dataLength < end) {
      int read = source.read(data, dataLength, end - dataLength);
      if (read < 0) {
        throw new EOFException("event data ended early");
      }
      dataLength += read;
    }
    hasData = true;
  }

  private void skipLineEnd() throws IOException {
    byte first = source.readByte();
    if (first == '\r' && source.request(1) && source.getBuffer().getByte(0) == '\n') {
      source.skip(1);
    }
  }
}
