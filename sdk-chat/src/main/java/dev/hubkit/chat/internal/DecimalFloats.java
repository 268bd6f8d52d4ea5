package dev.hubkit.chat.internal;

import java.nio.charset.StandardCharsets;

/**
 * Parses a JSON number's characters (or UTF-8 bytes) into the nearest {@code float}, exactly as
 * {@link Float#parseFloat} does but without allocating. Up to 18 significant digits go first to
 * {@link FastFloats} (one double multiplication, exact unless the value lies near a float rounding boundary),
 * then to Clinger's exact path: a mantissa up to 2^53 and a power of ten up to 22 give a correctly rounded double
 * in one multiplication or division, and narrowing it to float is then exact unless the double lies exactly
 * halfway between two floats. What is left (such halfway cases, subnormals, overflow, long inputs) goes to
 * {@link Float#parseFloat}.
 */
public final class DecimalFloats {
  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };
  private static final long MAX_EXACT_MANTISSA = 1L << 53;
  private static final int MAX_SIGNIFICANT_DIGITS = 18;
  private static final long LOW_29_BITS = (1L << 29) - 1;
  private static final long FLOAT_HALFWAY_BITS = 1L << 28;

  private DecimalFloats() {}

  /** The float nearest to the decimal number in {@code chars[offset, offset + length)}. */
  public static float parse(char[] chars, int offset, int length) {
    int end = offset + length;
    int i = offset;
    boolean negative = i < end && chars[i] == '-';
    if (negative || (i < end && chars[i] == '+')) {
      i++;
    }
    long mantissa = 0;
    int significant = 0;
    int exponent = 0;
    int digits = 0;
    for (; i < end && isDigit(chars[i]); i++, digits++) {
      int digit = chars[i] - '0';
      if (mantissa != 0 || digit != 0) {
        if (++significant > MAX_SIGNIFICANT_DIGITS) {
          return slow(chars, offset, length);
        }
        mantissa = mantissa * 10 + digit;
      }
    }
    if (i < end && chars[i] == '.') {
      for (i++; i < end && isDigit(chars[i]); i++, digits++) {
        int digit = chars[i] - '0';
        if (mantissa != 0 || digit != 0) {
          if (++significant > MAX_SIGNIFICANT_DIGITS) {
            return slow(chars, offset, length);
          }
          mantissa = mantissa * 10 + digit;
        }
        exponent--;
      }
    }
    if (i < end && (chars[i] == 'e' || chars[i] == 'E')) {
      i++;
      boolean negativeExponent = i < end && chars[i] == '-';
      if (negativeExponent || (i < end && chars[i] == '+')) {
        i++;
      }
      int written = 0;
      int start = i;
      for (; i < end && isDigit(chars[i]) && i - start < 6; i++) {
        written = written * 10 + (chars[i] - '0');
      }
      exponent += negativeExponent ? -written : written;
    }
    if (i != end || digits == 0) {
      return slow(chars, offset, length);
    }
    if (mantissa == 0) {
      return negative ? -0.0f : 0.0f;
    }
    float fast = FastFloats.nearest(mantissa, exponent);
    if (fast == fast) {
      return negative ? -fast : fast;
    }
    double value;
    if (mantissa > MAX_EXACT_MANTISSA || exponent > 22 || exponent < -22) {
      return slow(chars, offset, length);
    } else if (exponent >= 0) {
      value = mantissa * POWERS_OF_TEN[exponent];
    } else {
      value = mantissa / POWERS_OF_TEN[-exponent];
    }
    if (value < Float.MIN_NORMAL || value > Float.MAX_VALUE
        || (Double.doubleToRawLongBits(value) & LOW_29_BITS) == FLOAT_HALFWAY_BITS) {
      return slow(chars, offset, length);
    }
    float result = (float) value;
    return negative ? -result : result;
  }

  /**
   * The float nearest to the JSON number in {@code bytes[start, end)}, or NaN when those bytes are not exactly one
   * number in JSON's grammar ({@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?}); NaN is never a JSON number.
   */
  public static float parseJson(byte[] bytes, int start, int end) {
    long scanned = scanJson(bytes, start, end);
    return scannedEnd(scanned) == end ? scannedValue(scanned) : Float.NaN;
  }

  /**
   * Reads the longest JSON number starting at {@code bytes[start]} (and before {@code limit}) in one pass, for
   * readers that scan a whole array: returns the float's bits and the position after the number packed into one
   * long, read with {@link #scannedValue} and {@link #scannedEnd}, so that nothing is allocated. The value is NaN
   * when no JSON number starts there; the caller checks that the number is followed by a delimiter.
   */
  public static long scanJson(byte[] bytes, int start, int limit) {
    int i = start;
    boolean negative = i < limit && bytes[i] == '-';
    if (negative) {
      i++;
    }
    long mantissa = 0;
    int significant = 0;
    int exponent = 0;
    if (i < limit && bytes[i] == '0') {
      i++;
    } else if (i < limit && bytes[i] >= '1' && bytes[i] <= '9') {
      for (; i < limit && isDigit(bytes[i]); i++) {
        if (++significant <= MAX_SIGNIFICANT_DIGITS) {
          mantissa = mantissa * 10 + (bytes[i] - '0');
        } else {
          exponent++;
        }
      }
    } else {
      return packed(Float.NaN, i);
    }
    if (i < limit && bytes[i] == '.') {
      int first = ++i;
      if (mantissa == 0) {
        for (; i < limit && bytes[i] == '0'; i++) {
          exponent--;
        }
      }
      // Embedding values carry 8 to 17 fraction digits: take them 8 at a time while they are all significant.
      while (i + 8 <= limit && significant + 8 <= MAX_SIGNIFICANT_DIGITS && (mantissa != 0 || bytes[i] != '0')) {
        long eight = eightBytes(bytes, i);
        if (!isEightDigits(eight)) {
          break;
        }
        mantissa = mantissa * 100_000_000 + EightBytes.eightDigits(eight - EightBytes.ZEROS);
        significant += 8;
        exponent -= 8;
        i += 8;
      }
      for (; i < limit && isDigit(bytes[i]); i++) {
        int digit = bytes[i] - '0';
        if (mantissa == 0 && digit == 0) {
          exponent--;
        } else if (++significant <= MAX_SIGNIFICANT_DIGITS) {
          mantissa = mantissa * 10 + digit;
          exponent--;
        }
      }
      if (i == first) {
        return packed(Float.NaN, i);
      }
    }
    if (i < limit && (bytes[i] == 'e' || bytes[i] == 'E')) {
      i++;
      boolean negativeExponent = i < limit && bytes[i] == '-';
      if (negativeExponent || (i < limit && bytes[i] == '+')) {
        i++;
      }
      int first = i;
      int written = 0;
      for (; i < limit && isDigit(bytes[i]); i++) {
        if (written < 100_000) {
          written = written * 10 + (bytes[i] - '0');
        }
      }
      if (i == first) {
        return packed(Float.NaN, i);
      }
      exponent += negativeExponent ? -written : written;
    }
    if (mantissa == 0) {
      return packed(negative ? -0.0f : 0.0f, i);
    }
    if (significant > MAX_SIGNIFICANT_DIGITS) {
      return packed(slow(bytes, start, i), i);
    }
    float fast = FastFloats.nearest(mantissa, exponent);
    if (fast == fast) {
      return packed(negative ? -fast : fast, i);
    }
    if (mantissa > MAX_EXACT_MANTISSA || exponent > 22 || exponent < -22) {
      return packed(slow(bytes, start, i), i);
    }
    double value = exponent >= 0 ? mantissa * POWERS_OF_TEN[exponent] : mantissa / POWERS_OF_TEN[-exponent];
    if (value < Float.MIN_NORMAL || value > Float.MAX_VALUE
        || (Double.doubleToRawLongBits(value) & LOW_29_BITS) == FLOAT_HALFWAY_BITS) {
      return packed(slow(bytes, start, i), i);
    }
    float result = (float) value;
    return packed(negative ? -result : result, i);
  }

  private static long eightBytes(byte[] bytes, int i) {
    return (bytes[i] & 0xFFL) | (bytes[i + 1] & 0xFFL) << 8 | (bytes[i + 2] & 0xFFL) << 16
        | (bytes[i + 3] & 0xFFL) << 24 | (bytes[i + 4] & 0xFFL) << 32 | (bytes[i + 5] & 0xFFL) << 40
        | (bytes[i + 6] & 0xFFL) << 48 | (bytes[i + 7] & 0xFFL) << 56;
  }

  /** True when all eight little-endian bytes are ASCII digits (simdjson's test). */
  private static boolean isEightDigits(long eight) {
    return ((eight & 0xF0F0F0F0F0F0F0F0L) | (((eight + 0x0606060606060606L) & 0xF0F0F0F0F0F0F0F0L) >>> 4))
        == 0x3333333333333333L;
  }

  /** The float of a {@link #scanJson} result. */
  public static float scannedValue(long scanned) {
    return Float.intBitsToFloat((int) scanned);
  }

  /** The position after the number of a {@link #scanJson} result. */
  public static int scannedEnd(long scanned) {
    return (int) (scanned >>> 32);
  }

  private static long packed(float value, int end) {
    return ((long) end << 32) | (Float.floatToRawIntBits(value) & 0xFFFFFFFFL);
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  private static float slow(byte[] bytes, int start, int end) {
    return Float.parseFloat(new String(bytes, start, end - start, StandardCharsets.US_ASCII));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static float slow(char[] chars, int offset, int length) {
    return Float.parseFloat(new String(chars, offset, length));
  }
}
