package dev.hubkit.chat.internal;

import dev.hubkit.core.internal.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Optional;

/**
 * A cursor over the bytes of one JSON value, for readers of hot reply shapes that skip Jackson's token layer.
 * It reads only strict JSON as Jackson's defaults read it, and only the common forms: whenever input leaves that
 * subset (malformed JSON, an unpaired escape, invalid UTF-8, a number that is not a plain integer where one is
 * expected) it throws {@link Unusual}, and the caller hands the whole input to Jackson, so results and error
 * messages stay exactly Jackson's. Not thread-safe; reusable with {@link #reset}.
 */
public final class JsonCursor {
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long QUOTES = ONES * '"';
  private static final long BACKSLASHES = ONES * '\\';
  private static final long SPACES = ONES * ' ';

  /**
   * The deepest nesting of a value read alone ({@link #parsed}). Jackson's nesting limit (1000 by default since
   * 2.15) counts from the document's root, and the readers' values sit at most four levels down in their replies:
   * a value read alone could pass the limit where the whole reply fails it. Values nested deeper than this (none
   * that hubs send) are left to the whole-input reading, so the outcome stays Jackson's for any limit above 68.
   */
  private static final int DEEPEST_ALONE = 64;

  private static final byte[] TRUE = name("true");
  private static final byte[] FALSE = name("false");

  private byte[] bytes;
  private ByteBuffer words;
  /** A view of {@link #bytes} whose position and limit are moved for comparisons. */
  private ByteBuffer window;
  private int pos;
  private int limit;
  private int keyStart;
  private int keyLength;
  /** Where strings with escapes or multi-byte characters are decoded; made on first use. */
  private char[] chars;

  /** Points the cursor at {@code bytes[offset, offset + length)}. */
  public void reset(byte[] bytes, int offset, int length) {
    if (bytes != this.bytes) {
      this.bytes = bytes;
      this.words = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
      this.window = ByteBuffer.wrap(bytes);
    }
    this.pos = offset;
    this.limit = offset + length;
  }

  /** The position of the next byte to read. */
  public int position() {
    return pos;
  }

  /** Moves {@code count} bytes ahead. */
  public void skip(int count) {
    pos += count;
  }

  /** True when the bytes from the current position on start with {@code run}'s. */
  public boolean startsWith(Recent run) {
    return pos + run.bytes.length <= limit && rangeEquals(pos, run);
  }

  /** True when the input ends with {@code run}'s bytes. */
  public boolean endsWith(Recent run) {
    return limit - run.bytes.length >= pos && rangeEquals(limit - run.bytes.length, run);
  }

  /** Moves to {@code position}, which the caller knows to be inside the input. */
  public void seek(int position) {
    pos = position;
  }

  /** A key or value to compare with {@link #keyIs}: its ASCII bytes. */
  public static byte[] name(String ascii) {
    return ascii.getBytes(StandardCharsets.US_ASCII);
  }

  /** Consumes {@code c} after optional whitespace, or throws. */
  public void expect(char c) throws Unusual {
    if (!tryConsume(c)) {
      throw Unusual.INSTANCE;
    }
  }

  /** Consumes {@code c} after optional whitespace when it is next. */
  public boolean tryConsume(char c) {
    int p = skipWhitespace();
    if (p < limit && bytes[p] == c) {
      pos = p + 1;
      return true;
    }
    return false;
  }

  /**
   * After an object member: consumes the comma before the next member and returns true, or the closing brace and
   * returns false; anything else is Unusual.
   */
  public boolean moreMembers() throws Unusual {
    if (tryConsume(',')) {
      return true;
    }
    expect('}');
    return false;
  }

  /** The next byte after whitespace, without consuming it; -1 at the end of the input. */
  public int peek() {
    int p = skipWhitespace();
    return p < limit ? bytes[p] : -1;
  }

  /**
   * Skips one JSON value of any kind without checking it (the caller hands its bytes to Jackson, which does);
   * returns the position after it. Unusual when it nests deeper than {@link #DEEPEST_ALONE}.
   */
  public int skipValue() throws Unusual {
    int depth = 0;
    int p = skipWhitespace();
    do {
      if (p >= limit) {
        throw Unusual.INSTANCE;
      }
      byte b = bytes[p];
      if (b == '"') {
        for (p++; p < limit && bytes[p] != '"'; p++) {
          if (bytes[p] == '\\') {
            p++;
          }
        }
        p++;
      } else if (b == '{' || b == '[') {
        if (++depth > DEEPEST_ALONE) {
          throw Unusual.INSTANCE;
        }
        p++;
      } else if (b == '}' || b == ']') {
        depth--;
        p++;
      } else if (b == ',' || b == ':' || isWhitespace(b)) {
        if (depth == 0) {
          throw Unusual.INSTANCE;
        }
        p++;
      } else {
        while (p < limit && !isDelimiter(bytes[p])) {
          p++;
        }
      }
    } while (depth > 0);
    if (depth < 0 || p > limit) {
      throw Unusual.INSTANCE;
    }
    return pos = p;
  }

  private static boolean isWhitespace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  private static boolean isDelimiter(byte b) {
    return b == ',' || b == '}' || b == ']' || b == ':' || b == '"' || b == '{' || b == '[' || isWhitespace(b);
  }

  /** True when only whitespace is left. */
  public boolean atEnd() {
    return skipWhitespace() == limit;
  }

  /**
   * Reads an object key and the colon after it, keeping its bytes for {@link #keyIs} and {@link #key}; keys with
   * escapes or other than ASCII are left to Jackson.
   */
  public void nextKey() throws Unusual {
    expect('"');
    int start = pos;
    int end = plainEnd(start);
    if (end >= limit || bytes[end] != '"') {
      throw Unusual.INSTANCE;
    }
    keyStart = start;
    keyLength = end - start;
    pos = end + 1;
    expect(':');
  }

  /** True when the last key read is {@code name}, as made by {@link #name}. */
  public boolean keyIs(byte[] name) {
    return keyLength == name.length && rangeEquals(keyStart, name);
  }

  /** The last key read, as a String: {@code previous} itself when equal to it. */
  public String key(String previous) {
    return previous != null && sameAscii(previous, keyStart, keyLength)
        ? previous : new String(bytes, keyStart, keyLength, StandardCharsets.ISO_8859_1);
  }

  /** Consumes {@code null} when it is the next value. */
  public boolean tryNull() throws Unusual {
    int p = skipWhitespace();
    if (p + 4 <= limit && bytes[p] == 'n') {
      if (bytes[p + 1] != 'u' || bytes[p + 2] != 'l' || bytes[p + 3] != 'l') {
        throw Unusual.INSTANCE;
      }
      pos = p + 4;
      requireDelimiter();
      return true;
    }
    return false;
  }

  /**
   * Reads an unmodelled value as Jackson's untyped reading gives it: a string, null, a boolean, an integer of up to
   * 18 digits (Integer, or Long past int) or an empty array (an ArrayList) directly, any other value with Jackson
   * from its own bytes ({@link #parsed}).
   */
  public Object untyped() throws Unusual {
    int p = skipWhitespace();
    if (p >= limit) {
      throw Unusual.INSTANCE;
    }
    byte b = bytes[p];
    if (b == '"') {
      return string();
    }
    if (b == 'n' && tryNull()) {
      return null;
    }
    if (b == 't' || b == 'f') {
      return literal(b == 't' ? TRUE : FALSE) ? Boolean.TRUE : Boolean.FALSE;
    }
    if (b == '[') {
      pos = p + 1;
      if (tryConsume(']')) {
        return new ArrayList<>();
      }
    } else if (b == '-' || (b >= '0' && b <= '9')) {
      try {
        long value = integer();
        return value == (int) value ? (Object) (int) value : (Object) value;
      } catch (Unusual notAPlainInteger) {
        // a fraction, an exponent or a long integer: Jackson reads it below
      }
    }
    pos = p;
    return parsed(Object.class);
  }

  /**
   * Reads the next value with Jackson from its own bytes, as {@code type}. Unusual when Jackson fails on them (the
   * caller's whole-input reading then fails with Jackson's own message), or when the value nests so deeply that
   * inside its reply it could pass Jackson's nesting limit ({@link #DEEPEST_ALONE}).
   */
  public <T> T parsed(Class<T> type) throws Unusual {
    int start = skipWhitespace();
    int end = skipValue();
    try {
      return Json.mapper().readValue(bytes, start, end - start, type);
    } catch (IOException e) {
      throw Unusual.INSTANCE;
    }
  }

  private boolean literal(byte[] word) throws Unusual {
    if (pos + word.length > limit || !rangeEquals(pos, word)) {
      throw Unusual.INSTANCE;
    }
    pos += word.length;
    requireDelimiter();
    return word == TRUE;
  }

  /** Reads a string value, or null as empty. */
  public Optional<String> optionalString() throws Unusual {
    return tryNull() ? Optional.<String>empty() : Optional.of(string());
  }

  /** Reads a JSON integer that fits an int, or null as empty. */
  public Optional<Integer> optionalInt() throws Unusual {
    return tryNull() ? Optional.<Integer>empty() : Optional.of(intValue());
  }

  /** Reads a string value. */
  public String string() throws Unusual {
    expect('"');
    int start = pos;
    int end = plainEnd(start);
    if (end < limit && bytes[end] == '"') {
      pos = end + 1;
      return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    }
    pos = end;
    return decodedString(start);
  }

  /**
   * Reads a string value; when it equals the one {@code recent} last held, returns that same String, so that a value
   * repeated in every event of a stream is compared, not copied again.
   */
  public String string(Recent recent) throws Unusual {
    expect('"');
    int start = pos;
    byte[] last = recent.bytes;
    if (recent.text != null) {
      int end = start + last.length;
      if (end < limit && bytes[end] == '"' && rangeEquals(start, recent)) {
        pos = end + 1;
        return recent.text;
      }
    }
    int end = plainEnd(start);
    if (end < limit && bytes[end] == '"') {
      pos = end + 1;
      byte[] ascii = Arrays.copyOfRange(bytes, start, end);
      recent.remember(ascii, new String(ascii, 0, ascii.length, StandardCharsets.ISO_8859_1));
      return recent.text;
    }
    pos = end;
    return decodedString(start);
  }

  /** Reads a JSON integer (no fraction or exponent) that fits a long of at most 18 digits. */
  public long integer() throws Unusual {
    byte[] b = bytes;
    int p = skipWhitespace();
    boolean negative = p < limit && b[p] == '-';
    if (negative) {
      p++;
    }
    int start = p;
    long value = 0;
    while (p < limit && b[p] >= '0' && b[p] <= '9') {
      value = value * 10 + (b[p++] - '0');
    }
    int digits = p - start;
    if (digits == 0 || digits > 18 || (digits > 1 && b[start] == '0')) {
      throw Unusual.INSTANCE;
    }
    pos = p;
    requireDelimiter();
    return negative ? -value : value;
  }

  /**
   * {@code seen}, a mask of the modelled members of one object already read, with {@code member} (a bit) added; a
   * repeated key is Unusual: Jackson decides which of its values counts.
   */
  public static int once(int seen, int member) throws Unusual {
    if ((seen & member) != 0) {
      throw Unusual.INSTANCE;
    }
    return seen | member;
  }

  /** Reads a JSON integer that fits an int. */
  public int intValue() throws Unusual {
    long value = integer();
    if (value != (int) value) {
      throw Unusual.INSTANCE;
    }
    return (int) value;
  }

  /**
   * The index of the first byte from {@code from} that ends plain string text: a quote, a backslash, a control
   * character or a byte of a multi-byte character; {@link #limit} when there is none. Eight bytes at a time.
   */
  private int plainEnd(int from) {
    byte[] b = bytes;
    int end = limit;
    int i = from;
    // keys and stream deltas are mostly short: eight bytes at a time only past the first sixteen
    for (; i < end && i < from + 16; i++) {
      byte c = b[i];
      if (c == '"' || c == '\\' || c < 0x20) {
        return i; // negative bytes (not ASCII) included
      }
    }
    for (; i + 8 <= end; i += 8) {
      long word = words.getLong(i);
      long quote = word ^ QUOTES;
      long backslash = word ^ BACKSLASHES;
      long special = ((quote - ONES) & ~quote | (backslash - ONES) & ~backslash | (word - SPACES) | word) & HIGHS;
      if (special != 0) {
        break;
      }
    }
    for (; i < end; i++) {
      byte c = b[i];
      if (c == '"' || c == '\\' || c < 0x20) {
        return i; // negative bytes (not ASCII) included
      }
    }
    return end;
  }

  private boolean rangeEquals(int start, byte[] expected) {
    byte[] b = bytes;
    for (int i = 0; i < expected.length; i++) {
      if (b[start + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * As {@link #rangeEquals(int, byte[])} against a recent run. Long runs are compared by {@link ByteBuffer#equals},
   * which recent JDKs turn into a vectorized compare several times faster than any loop written here.
   */
  private boolean rangeEquals(int start, Recent recent) {
    byte[] expected = recent.bytes;
    if (expected.length < 16) {
      return rangeEquals(start, expected);
    }
    window.clear();
    window.position(start).limit(start + expected.length);
    return window.equals(recent.buffer);
  }

  private boolean sameAscii(String previous, int start, int length) {
    if (previous.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (bytes[start + i] != previous.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The rest of a string with escapes or UTF-8 multi-byte characters, strictly validated. */
  private String decodedString(int start) throws Unusual {
    int count = pos - start;
    ensureChars(count + (limit - pos));
    for (int i = 0; i < count; i++) {
      chars[i] = (char) bytes[start + i];
    }
    while (pos < limit) {
      int b = bytes[pos++];
      if (b == '"') {
        return new String(chars, 0, count);
      }
      if (b == '\\') {
        count = escape(count);
      } else if (b >= 0x20) {
        chars[count++] = (char) b;
      } else if (b < 0) {
        count = multiByte(b & 0xFF, count);
      } else {
        throw Unusual.INSTANCE; // an unescaped control character
      }
    }
    throw Unusual.INSTANCE;
  }

  private int escape(int count) throws Unusual {
    if (pos >= limit) {
      throw Unusual.INSTANCE;
    }
    byte e = bytes[pos++];
    char c;
    switch (e) {
      case '"': c = '"'; break;
      case '\\': c = '\\'; break;
      case '/': c = '/'; break;
      case 'b': c = '\b'; break;
      case 'f': c = '\f'; break;
      case 'n': c = '\n'; break;
      case 'r': c = '\r'; break;
      case 't': c = '\t'; break;
      case 'u': c = hex4(); break;
      default: throw Unusual.INSTANCE;
    }
    chars[count] = c;
    return count + 1;
  }

  private char hex4() throws Unusual {
    if (pos + 4 > limit) {
      throw Unusual.INSTANCE;
    }
    int value = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(bytes[pos++], 16);
      if (digit < 0) {
        throw Unusual.INSTANCE;
      }
      value = value << 4 | digit;
    }
    return (char) value;
  }

  /** Decodes one UTF-8 sequence of two to four bytes, rejecting overlong forms, surrogates and continuations. */
  private int multiByte(int lead, int count) throws Unusual {
    int extra;
    int codePoint;
    int min;
    if (lead >= 0xC2 && lead <= 0xDF) {
      extra = 1;
      codePoint = lead & 0x1F;
      min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      extra = 2;
      codePoint = lead & 0x0F;
      min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      extra = 3;
      codePoint = lead & 0x07;
      min = 0x10000;
    } else {
      throw Unusual.INSTANCE;
    }
    if (pos + extra > limit) {
      throw Unusual.INSTANCE;
    }
    for (int i = 0; i < extra; i++) {
      int next = bytes[pos++];
      if ((next & 0xC0) != 0x80) {
        throw Unusual.INSTANCE;
      }
      codePoint = codePoint << 6 | (next & 0x3F);
    }
    if (codePoint < min || codePoint > Character.MAX_CODE_POINT
        || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
      throw Unusual.INSTANCE;
    }
    if (codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
      chars[count] = (char) codePoint;
      return count + 1;
    }
    chars[count] = Character.highSurrogate(codePoint);
    chars[count + 1] = Character.lowSurrogate(codePoint);
    return count + 2;
  }

  private void ensureChars(int needed) {
    if (chars == null || chars.length < needed) {
      chars = new char[Math.max(needed, chars == null ? 256 : chars.length * 2)];
    }
  }

  /** A literal or number must end where a structural character, whitespace or the input does. */
  private void requireDelimiter() throws Unusual {
    if (pos < limit) {
      byte b = bytes[pos];
      if (b != ',' && b != '}' && b != ']' && !isWhitespace(b)) {
        throw Unusual.INSTANCE;
      }
    }
  }

  /** Moves past whitespace; returns the new position. */
  private int skipWhitespace() {
    byte[] b = bytes;
    int p = pos;
    while (p < limit) {
      if (!isWhitespace(b[p])) {
        break;
      }
      p++;
    }
    return pos = p;
  }

  /**
   * Bytes that repeat from event to event, such as a chunk's id or the start of every chunk of a stream, and the
   * string they stand for, if any.
   */
  public static final class Recent {
    private static final byte[] NONE = new byte[0];
    private String text;
    private byte[] bytes = NONE;
    private ByteBuffer buffer = ByteBuffer.wrap(NONE);

    /** Remembers {@code run}, which the caller no longer changes, as the bytes of {@code text}. */
    public void remember(byte[] run, String text) {
      this.bytes = run;
      this.buffer = ByteBuffer.wrap(run);
      this.text = text;
    }

    /** The number of bytes remembered. */
    public int length() {
      return bytes.length;
    }
  }

  /** Thrown, without a stack trace, when the input leaves what the cursor reads; the caller asks Jackson. */
  public static final class Unusual extends Exception {
    private static final long serialVersionUID = 1L;
    /** The one instance: it carries no state. */
    public static final Unusual INSTANCE = new Unusual();

    private Unusual() {
      super("input outside the fast path; read by Jackson instead", null, false, false);
    }
  }
}
