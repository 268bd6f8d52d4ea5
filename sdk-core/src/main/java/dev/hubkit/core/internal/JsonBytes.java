package dev.hubkit.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing UTF-8 JSON buffer for {@link DirectJson} writers, escaping strings as Jackson's generator does
 * ({@code \"}, {@code \\}, {@code \b \t \n \f \r}, other control characters and each UTF-16 half of a character
 * outside the BMP as a backslash, {@code u} and four upper-case hex digits, the rest raw UTF-8), so a direct body reads byte for byte as the mapper's. Not
 * thread-safe; one per body.
 */
public final class JsonBytes {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  private byte[] bytes;
  private int size;
  private boolean broken;

  /**
   * An empty buffer.
   *
   * @param capacity the bytes it holds before it grows
   */
  public JsonBytes(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  /**
   * Appends ASCII text as it is: punctuation and member names that need no escaping.
   *
   * @param ascii the text, ASCII only
   * @return this buffer
   */
  public JsonBytes raw(String ascii) {
    int length = ascii.length();
    ensure(length);
    for (int i = 0; i < length; i++) {
      bytes[size++] = (byte) ascii.charAt(i);
    }
    return this;
  }

  /**
   * Appends a quoted, escaped JSON string.
   *
   * @param text the string's value
   * @return this buffer
   */
  public JsonBytes string(String text) {
    int length = text.length();
    ensure(length + 2);
    bytes[size++] = '"';
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c != '"' && c != '\\') {
          ensure(1);
          bytes[size++] = (byte) c;
        } else {
          escape(c);
        }
      } else if (c < 0x800) {
        ensure(2);
        bytes[size++] = (byte) (0xC0 | (c >> 6));
        bytes[size++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        hexEscape(c); // as Jackson writes a character outside the BMP, each half of the pair (or a lone half)
      } else {
        ensure(3);
        bytes[size++] = (byte) (0xE0 | (c >> 12));
        bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        bytes[size++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    ensure(1);
    bytes[size++] = '"';
    return this;
  }

  /**
   * Appends a number as Jackson writes a {@code double}; NaN and the infinities, which Jackson writes as strings,
   * mark the buffer broken.
   *
   * @param value the number
   * @return this buffer
   */
  public JsonBytes number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      broken = true;
      return this;
    }
    return raw(Double.toString(value));
  }

  /**
   * Appends a whole number.
   *
   * @param value the number
   * @return this buffer
   */
  public JsonBytes number(long value) {
    return raw(Long.toString(value));
  }

  /**
   * Whether something was appended that only Jackson may write (see {@link #number(double)}).
   *
   * @return true when the bytes must not be sent
   */
  public boolean broken() {
    return broken;
  }

  /**
   * The bytes written.
   *
   * @return a copy of exactly the bytes appended
   */
  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  private void escape(char c) {
    char letter;
    switch (c) {
      case '"':
      case '\\':
        letter = c;
        break;
      case '\b':
        letter = 'b';
        break;
      case '\t':
        letter = 't';
        break;
      case '\n':
        letter = 'n';
        break;
      case '\f':
        letter = 'f';
        break;
      case '\r':
        letter = 'r';
        break;
      default:
        hexEscape(c);
        return;
    }
    ensure(2);
    bytes[size++] = '\\';
    bytes[size++] = (byte) letter;
  }

  private void hexEscape(char c) {
    ensure(6);
    bytes[size++] = '\\';
    bytes[size++] = 'u';
    bytes[size++] = HEX[c >> 12];
    bytes[size++] = HEX[(c >> 8) & 0xF];
    bytes[size++] = HEX[(c >> 4) & 0xF];
    bytes[size++] = HEX[c & 0xF];
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
