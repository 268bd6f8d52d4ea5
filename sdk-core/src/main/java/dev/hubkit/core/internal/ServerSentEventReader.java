package dev.hubkit.core.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import okio.BufferedSource;

/**
 * Reads server-sent events from raw bytes, as the SSE specification defines them: {@code data:} lines with or
 * without the space after the colon, several {@code data:} lines joined by newlines, {@code event:} names, comment
 * lines ({@code : keep-alive}) skipped, LF, CR or CRLF line endings, a leading byte order mark ignored.
 *
 * <p>Bytes are taken from the source in bulk into one reused array and scanned there eight at a time; an event
 * with one {@code data:} line (every chunk of a chat stream) is handed to the decoder where it lies in that array,
 * with no copy and no String per event (okhttp-sse's reader makes one, which costs about half the decoding time:
 * see PERFORMANCE.md). Only multi-line data is joined into a second array.
 */
final class ServerSentEventReader {
  private static final int INITIAL_CAPACITY = 16 * 1024;
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long LF = ONES * '\n';
  private static final long CR = ONES * '\r';
  private static final byte[] DONE = {'[', 'D', 'O', 'N', 'E', ']'};
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final BufferedSource source;
  private byte[] buffer = new byte[INITIAL_CAPACITY];
  private ByteBuffer words = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
  private int pos;
  private int limit;
  /** Where the scan for the current line's end resumes after more bytes arrive. */
  private int scanned;
  private boolean exhausted;
  private boolean atStart = true;
  /** The previous line ended with CR: a LF right after it belongs to that line end. */
  private boolean skipLineFeed;

  /** The current event's data: a range of {@link #buffer}, or of {@link #joined} once a second line came. */
  private byte[] data;
  private int dataOffset;
  private int dataLength;
  private boolean hasData;
  private byte[] joined;
  private String eventType;
  /** The last {@code event:} name read: named streams (Responses, Claude) repeat a few names thousands of times. */
  private String lastEventType;

  ServerSentEventReader(BufferedSource source) {
    this.source = source;
  }

  /** Reads up to the end of the next event that carries data; false when the input ends first. */
  boolean next() throws IOException {
    hasData = false;
    dataLength = 0;
    eventType = null;
    while (true) {
      int lineEnd = lineEnd();
      if (lineEnd < 0) {
        return false; // the input ended; a trailing partial event is discarded, as the specification says
      }
      int lineStart = pos;
      pos = lineEnd + 1;
      skipLineFeed = buffer[lineEnd] == '\r';
      if (lineEnd == lineStart) {
        if (hasData) {
          return true;
        }
        eventType = null;
      } else {
        readField(lineStart, lineEnd);
      }
    }
  }

  /** The array holding the current event's data; valid until the next call of {@link #next()}. */
  byte[] data() {
    return data;
  }

  /** Where the current event's data starts in {@link #data()}. */
  int dataOffset() {
    return dataOffset;
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
    return dataLength == DONE.length && startsWith(data, dataOffset, DONE);
  }

  /** The index of the next line's CR or LF in {@link #buffer}, reading more when needed; -1 at the end. */
  private int lineEnd() throws IOException {
    while (true) {
      if (skipLineFeed && pos < limit) {
        skipLineFeed = false;
        if (buffer[pos] == '\n') {
          pos++;
        }
      }
      if (atStart && !skipBom()) {
        continue;
      }
      int from = Math.max(pos, scanned);
      int end = indexOfLineEnd(from);
      if (end >= 0) {
        scanned = 0;
        return end;
      }
      scanned = limit;
      if (!fill()) {
        return -1;
      }
    }
  }

  /** Drops a byte order mark before the first line; false when more bytes are needed to decide. */
  private boolean skipBom() throws IOException {
    int compared = Math.min(limit - pos, BOM.length);
    for (int i = 0; i < compared; i++) {
      if (buffer[pos + i] != BOM[i]) {
        atStart = false;
        return true;
      }
    }
    if (compared == BOM.length) {
      pos += BOM.length;
      atStart = false;
      return true;
    }
    if (!fill()) {
      atStart = false;
    }
    return false;
  }

  /** The first CR or LF in {@code buffer[from, limit)}, eight bytes at a time; -1 when there is none. */
  private int indexOfLineEnd(int from) {
    int i = from;
    for (; i + 8 <= limit; i += 8) {
      long word = words.getLong(i);
      long lf = word ^ LF;
      long cr = word ^ CR;
      long found = ((lf - ONES) & ~lf | (cr - ONES) & ~cr) & HIGHS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < limit; i++) {
      if (buffer[i] == '\n' || buffer[i] == '\r') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Reads more bytes after {@link #limit}, first moving the unread ones (and the current event's data, which the
   * caller may still be reading lines after) to the front, or growing the array for a long line.
   */
  private boolean fill() throws IOException {
    if (exhausted) {
      return false;
    }
    int keep = hasData && data == buffer ? Math.min(pos, dataOffset) : pos;
    if (keep > 0) {
      System.arraycopy(buffer, keep, buffer, 0, limit - keep);
      limit -= keep;
      pos -= keep;
      scanned = Math.max(0, scanned - keep);
      if (hasData && data == buffer) {
        dataOffset -= keep;
      }
    }
    if (limit == buffer.length) {
      byte[] larger = Arrays.copyOf(buffer, buffer.length * 2);
      if (data == buffer) {
        data = larger;
      }
      buffer = larger;
      words = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
    }
    int read = source.read(buffer, limit, buffer.length - limit);
    if (read < 0) {
      exhausted = true;
      return false;
    }
    limit += read;
    return true;
  }

  private void readField(int start, int end) {
    if (buffer[start] == ':') {
      return; // a comment
    }
    int colon = start;
    while (colon < end && buffer[colon] != ':') {
      colon++;
    }
    int valueStart = colon < end ? colon + 1 : end;
    if (valueStart < end && buffer[valueStart] == ' ') {
      valueStart++;
    }
    int nameLength = colon - start;
    if (nameLength == 4 && buffer[start] == 'd' && buffer[start + 1] == 'a' && buffer[start + 2] == 't'
        && buffer[start + 3] == 'a') {
      appendData(valueStart, end - valueStart);
    } else if (nameLength == 5 && buffer[start] == 'e' && buffer[start + 1] == 'v' && buffer[start + 2] == 'e'
        && buffer[start + 3] == 'n' && buffer[start + 4] == 't') {
      eventType = sameAscii(lastEventType, valueStart, end)
          ? lastEventType : new String(buffer, valueStart, end - valueStart, StandardCharsets.UTF_8);
      lastEventType = eventType;
    }
    // id, retry and unknown fields change nothing HubKit uses
  }

  /** Whether {@code buffer[start, end)} holds exactly the ASCII characters of {@code text}. */
  private boolean sameAscii(String text, int start, int end) {
    if (text == null || text.length() != end - start) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 || buffer[start + i] != c) {
        return false;
      }
    }
    return true;
  }

  private void appendData(int start, int length) {
    if (!hasData) {
      hasData = true;
      data = buffer;
      dataOffset = start;
      dataLength = length;
      return;
    }
    int needed = dataLength + 1 + length;
    if (data == buffer) {
      if (joined == null || joined.length < needed) {
        joined = new byte[Math.max(needed * 2, 1024)];
      }
      System.arraycopy(buffer, dataOffset, joined, 0, dataLength);
      data = joined;
      dataOffset = 0;
    } else if (joined.length < needed) {
      joined = Arrays.copyOf(joined, needed * 2);
      data = joined;
    }
    joined[dataLength++] = '\n';
    System.arraycopy(buffer, start, joined, dataLength, length);
    dataLength += length;
  }

  private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
