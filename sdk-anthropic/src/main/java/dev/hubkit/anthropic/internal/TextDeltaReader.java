package dev.hubkit.anthropic.internal;

import dev.hubkit.anthropic.ContentBlockDeltaEvent;
import dev.hubkit.anthropic.ContentDelta;
import java.nio.charset.StandardCharsets;

/**
 * Reads the event that makes up nearly all of a Messages stream, a text piece in Claude's own layout
 * ({@code {"type":"content_block_delta","index":N,"delta":{"type":"text_delta","text":"..."}}}), straight from the
 * bytes: the text is the only string made. Any other layout (other members, spaces, escapes in the text) is left to
 * Jackson, which reads it into the same value.
 */
final class TextDeltaReader {
  private static final byte[] HEAD = ascii("{\"type\":\"content_block_delta\",\"index\":");
  private static final byte[] MIDDLE = ascii(",\"delta\":{\"type\":\"text_delta\",\"text\":\"");
  private static final byte[] TAIL = ascii("\"}}");

  private TextDeltaReader() {}

  /** The event, or null when the bytes are not exactly that layout. */
  static ContentBlockDeltaEvent read(byte[] data, int offset, int length) {
    int end = offset + length;
    if (!at(data, offset, end, HEAD)) {
      return null;
    }
    int p = offset + HEAD.length;
    int index = 0;
    int digits = 0;
    while (p < end && data[p] >= '0' && data[p] <= '9' && digits < 9) {
      index = index * 10 + (data[p++] - '0');
      digits++;
    }
    if (digits == 0 || !at(data, p, end, MIDDLE)) {
      return null;
    }
    int textStart = p + MIDDLE.length;
    int textEnd = end - TAIL.length;
    if (textEnd < textStart || !at(data, textEnd, end, TAIL)) {
      return null;
    }
    for (int i = textStart; i < textEnd; i++) {
      byte b = data[i];
      if (b == '"' || b == '\\' || (b >= 0 && b < 0x20)) {
        return null; // an escape or a quote: Jackson decodes it
      }
    }
    String text = new String(data, textStart, textEnd - textStart, StandardCharsets.UTF_8);
    return ContentBlockDeltaEvent.of(index, ContentDelta.text(text));
  }

  private static boolean at(byte[] data, int p, int end, byte[] expected) {
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

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
