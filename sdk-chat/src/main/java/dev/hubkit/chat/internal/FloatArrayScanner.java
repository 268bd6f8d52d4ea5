package dev.hubkit.chat.internal;

import static dev.hubkit.chat.internal.EightBytes.ZEROS;
import static dev.hubkit.chat.internal.EightBytes.eightDigits;
import static dev.hubkit.chat.internal.EightBytes.zeroBytes;

import dev.hubkit.core.internal.IncomingBody;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Reads JSON arrays of numbers ({@code [0.0045683915,-5.886303E-4, ...]}, with any JSON whitespace between the
 * tokens) from one body's bytes into {@code float[]}s, each number the float {@link Float#parseFloat} gives for
 * its text. One per body, not thread-safe.
 *
 * <p>The numbers of embeddings have one integer digit, a point, 7 to 19 fraction digits and sometimes a short
 * exponent ({@code Float.toString} and {@code Double.toString} forms). Such a number is read with two or three
 * little-endian eight-byte loads ({@link ByteBuffer#getLong(int)}, one instruction on JDK 9+): the first holds
 * the integer digit, the point and six fraction digits, the next eight more each. Bit tricks mark the bytes that
 * are not digits; the digits before the first of them are kept and the other bytes become zeros, which leave a
 * fraction's value alone, so each word is read as exactly eight digits by simdjson's SWAR conversion, without
 * branching on how many there are. {@link FastFloats} then turns the 14 (or 22) digit fraction into a float in
 * one double multiplication. Anything else (integers, longer integer parts, fractions or exponents, values
 * {@link FastFloats} cannot decide, the last {@link #FAST_READ} bytes of the body) goes through
 * {@link DecimalFloats#scanJson}, which is exact for every input.
 *
 * <p>The first array is allocated at the length its commas give, each later one at the length of the one before,
 * so that a reply of equal-length vectors allocates its float arrays and nothing else.
 *
 * <p>The body may still be arriving ({@link IncomingBody}): the scanner reads only bytes that have arrived, asks
 * for more where the fast loop's look-ahead would pass them, and reads a number on the exact path only once the
 * bytes after it have arrived (or the body has ended), so a number is never cut where a network read ended.
 */
public final class FloatArrayScanner {
  private static final long SPACES = 0x2020202020202020L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  /** Added to digit-minus-'0' bytes: sets the high bit of every byte above 9. */
  private static final long ABOVE_NINE = 0x7676767676767676L;
  private static final long TEN_TO_8 = 100_000_000L;
  private static final double TEN_TO_MINUS_8 = 1e-8;
  private static final double TEN_TO_MINUS_14 = 1e-14;
  /** A word's second byte (minus {@code '0'}) when it is a point, and no non-digit mark on the first or third. */
  private static final long POINT_AFTER_DIGIT = ('.' ^ '0') << 8;
  private static final long COMMAS = 0x2C2C2C2C2C2C2C2CL;
  private static final long CLOSING_BRACKETS = 0x5D5D5D5D5D5D5D5DL;
  /**
   * How far past its first byte the fast path of one number may read without checking: 29 bytes to the end of an
   * exponent, then a line break and eight bytes of indentation.
   */
  private static final int FAST_READ = 40;

  /** Bytes after a number's start that are enough for any realistic number on the exact path. */
  private static final int LONGEST_NUMBER = 1024;

  private final IncomingBody body;
  private byte[] bytes;
  private ByteBuffer words;
  /** How many bytes of {@link #bytes} have arrived; nothing at or after it is read. */
  private int filled;
  private int fastLimit;
  private int lastLength;
  private int end;

  /** A scanner of the whole body {@code bytes}, which it never changes. */
  public FloatArrayScanner(byte[] bytes) {
    this(IncomingBody.of(bytes));
  }

  /** A scanner of {@code body}, which may still be arriving; it reads more of it as it needs. */
  public FloatArrayScanner(IncomingBody body) {
    this.body = body;
    refresh();
  }

  /** Takes in what has arrived: the (maybe new) array and how much of it is filled. */
  private void refresh() {
    if (body.bytes() != bytes) {
      bytes = body.bytes();
      words = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
    filled = body.filled();
    fastLimit = filled - FAST_READ;
  }

  /** Reads until at least {@code length} bytes have arrived or the body ends, then takes them in. */
  private void require(int length) throws IOException {
    if (filled < length && !body.complete()) {
      body.require(length);
      refresh();
    }
  }

  /**
   * Reads the array whose {@code '['} is at {@code bytes[open]}: its values, or null when it is not an array of
   * JSON numbers closed by {@code ']'} (the caller then leaves the body to a full JSON parser). After a non-null
   * result, {@link #end()} is the position after the {@code ']'}.
   *
   * @throws IOException when reading more of the body fails
   */
  public float[] read(int open) throws IOException {
    refresh(); // the caller may have read more of the body since the last array
    require(open + 1);
    if (open < 0 || open >= filled || bytes[open] != '[') {
      return null;
    }
    int p = nonSpace(open + 1);
    if (p < filled && bytes[p] == ']') {
      end = p + 1;
      return new float[0];
    }
    float[] values = new float[lastLength > 0 ? lastLength : valuesBefore(p)];
    int size = 0;
    while (true) {
      byte[] bytes = this.bytes; // locals: the JIT keeps them in registers, as it does not for fields
      ByteBuffer words = this.words;
      int fastLimit = this.fastLimit;
      // The fast loop: no calls, so that the JIT keeps its state in registers. It leaves at a number it cannot
      // read (q < 0), or after a number not followed by a comma (q is the position after that number).
      int q = -1;
      while (p <= fastLimit && size < values.length) {
        int negative = (((bytes[p] & 0xFF) ^ '-') - 1) >>> 31; // 1 for '-', else 0: no branch on the sign
        int r = p + negative;
        long word = words.getLong(r) ^ ZEROS; // the integer digit, the point and 6 fraction digits
        long stops = nonDigits(word);
        if (((word & 0xFF00) | (stops & 0x800080)) != POINT_AFTER_DIGIT) {
          break; // not a digit, a point and a digit
        }
        stops &= ~0xFFFFL; // the fraction's non-digits, from its second digit on
        long integer = 9_000_000 * (word & 0xFF); // the point's byte becomes a zero: take 9 x D x 10^6 back off
        long mantissa;
        long more = 0; // fraction digits 15 to 22
        if (stops == 0) { // six fraction digits in this word, and more in the next: the usual case
          long next = words.getLong(r + 8) ^ ZEROS; // fraction digits 7 to 14
          long nextStops = nonDigits(next);
          mantissa = (eightDigits(word & ~0xFF00L) - integer) * TEN_TO_8 + eightDigits(next & before(nextStops));
          r += 8 + (Long.numberOfTrailingZeros(nextStops) >>> 3);
          if (nextStops == 0) {
            long last = words.getLong(r) ^ ZEROS;
            long lastStops = nonDigits(last);
            if (lastStops == 0) {
              break; // more than 22 fraction digits
            }
            more = eightDigits(last & before(lastStops));
            r += Long.numberOfTrailingZeros(lastStops) >>> 3;
          }
        } else {
          mantissa = (eightDigits(word & before(stops) & ~0xFF00L) - integer) * TEN_TO_8;
          r += Long.numberOfTrailingZeros(stops) >>> 3;
        }
        int after = bytes[r];
        double value;
        if ((after | 0x20) != 'e') {
          value = more == 0 ? mantissa * TEN_TO_MINUS_14 : (mantissa + more * TEN_TO_MINUS_8) * TEN_TO_MINUS_14;
          if (!FastFloats.isSafe(value)) {
            break;
          }
        } else { // an exponent of one or two digits
          int e = r + 1;
          boolean negativeExponent = bytes[e] == '-';
          e += negativeExponent || bytes[e] == '+' ? 1 : 0;
          int written = bytes[e] - '0';
          int second = bytes[e + 1] - '0';
          if (written < 0 || written > 9) {
            break;
          }
          if (second >= 0 && second <= 9) {
            written = written * 10 + second;
            e++;
          }
          r = e + 1;
          after = bytes[r];
          if (after >= '0' && after <= '9') {
            break; // three digits or more
          }
          int exponent = (negativeExponent ? -written : written) - 14;
          value = more == 0 ? FastFloats.value(mantissa, exponent) : FastFloats.value(mantissa, more, exponent);
          if (!FastFloats.isSafeAndNormal(value)) {
            break;
          }
        }
        values[size++] = Float.intBitsToFloat(Float.floatToRawIntBits((float) value) | negative << 31);
        if (after != ',') {
          q = r;
          break;
        }
        p = r + 1;
        int b = bytes[p];
        if (b <= ' ') { // pretty-printed: a line break and indentation, eight spaces at a time
          if (b == '\r') {
            b = bytes[++p];
          }
          if (b == '\n') {
            b = bytes[++p];
          }
          if (b == ' ') {
            p += Long.numberOfTrailingZeros(words.getLong(p) ^ SPACES) >>> 3;
            b = bytes[p];
            while (b == ' ' && p <= fastLimit) { // deeper indentation
              p += Long.numberOfTrailingZeros(words.getLong(p) ^ SPACES) >>> 3;
              b = bytes[p];
            }
          }
          if (b <= ' ') {
            break; // other whitespace: below
          }
        }
      }
      if (q < 0 && p > fastLimit && !body.complete()) { // the fast loop's look-ahead reached the arrived bytes
        require(p + FAST_READ + 1);
        continue;
      }
      if (q < 0) { // a number the fast loop did not read (it may also have stopped inside whitespace)
        p = nonSpace(p);
        require(p + LONGEST_NUMBER);
        long scanned = DecimalFloats.scanJson(this.bytes, p, filled);
        if (!body.complete() && DecimalFloats.scannedEnd(scanned) >= filled) { // maybe cut: wait for the rest
          body.all();
          refresh();
          scanned = DecimalFloats.scanJson(this.bytes, p, filled);
        }
        float value = DecimalFloats.scannedValue(scanned);
        if (value != value) { // not a JSON number
          return null;
        }
        if (size == values.length) {
          values = Arrays.copyOf(values, Math.max(16, size * 2));
        }
        values[size++] = value;
        q = DecimalFloats.scannedEnd(scanned);
      }
      q = nonSpace(q);
      byte next = q < filled ? this.bytes[q] : 0;
      if (next == ',') {
        p = nonSpace(q + 1);
      } else if (next == ']') {
        end = q + 1;
        lastLength = size;
        return size == values.length ? values : Arrays.copyOf(values, size);
      } else {
        return null;
      }
    }
  }

  /** The position after the {@code ']'} of the array {@link #read} returned last. */
  public int end() {
    return end;
  }

  /**
   * How many values an array of numbers starting at {@code bytes[p]} holds if it is well-formed: one more than the
   * commas before the first {@code ']'}. Sizes the first array exactly (later ones take the length of the one
   * before); a wrong count only costs a copy. Eight bytes at a time, with exact zero-byte marks.
   */
  private int valuesBefore(int p) {
    int commas = 0;
    for (; p <= fastLimit; p += 8) {
      long word = words.getLong(p);
      long closing = zeroBytes(word ^ CLOSING_BRACKETS);
      long separators = zeroBytes(word ^ COMMAS);
      if (closing != 0) {
        return commas + Long.bitCount(separators & ((closing & -closing) - 1)) + 1;
      }
      commas += Long.bitCount(separators);
    }
    for (; p < filled && bytes[p] != ']'; p++) {
      commas += bytes[p] == ',' ? 1 : 0;
    }
    return commas + 1;
  }

  /**
   * The high bit of each of the eight bytes (each minus {@code '0'}, first byte lowest) that is not a digit, and
   * maybe of some after it. A byte above 9 gets its high bit set by the addition or already had it; a carry out of
   * a byte can only disturb the bytes after it, so the lowest bit set is exactly the first non-digit.
   */
  private static long nonDigits(long digits) {
    return ((digits + ABOVE_NINE) | digits) & HIGH_BITS;
  }

  /** All bits of the bytes before the first non-digit marked in {@code stops}; all 64 when none is. */
  private static long before(long stops) {
    return ((stops & -stops) - 1) >> 7;
  }

  /**
   * The position of the first byte at or after {@code p} that is not JSON whitespace, reading more of the body
   * while only whitespace has arrived; {@link #filled} when the body ends first.
   */
  private int nonSpace(int p) throws IOException {
    while (true) {
      p = skipWhitespace(p);
      if (p < filled || !body.more()) {
        refresh();
        return p;
      }
      refresh();
    }
  }

  /** The position of the first byte at or after {@code p} that has arrived and is not JSON whitespace. */
  private int skipWhitespace(int p) {
    while (p < filled) {
      byte b = bytes[p];
      if (b == ' ') {
        if (p <= fastLimit) {
          p += Long.numberOfTrailingZeros(words.getLong(p) ^ SPACES) >>> 3; // runs of spaces, 8 at a time
        } else {
          p++;
        }
      } else if (b == '\n' || b == '\r' || b == '\t') {
        p++;
      } else {
        break;
      }
    }
    return p;
  }
}
