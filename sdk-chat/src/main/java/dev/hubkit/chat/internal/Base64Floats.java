package dev.hubkit.chat.internal;

import static dev.hubkit.chat.internal.EightBytes.zeroBytes;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Base64;

/**
 * Decodes base64 embeddings ({@code encoding_format: base64}: little-endian float32 values in standard base64)
 * from one body's bytes into {@code float[]}s, with exactly the rules and results of {@link Base64#getDecoder()}.
 * One per body, not thread-safe.
 *
 * <p>The JDK's decoder is the fastest there is (HotSpot turns its inner loop into vector instructions), but its
 * only way to decode part of an array, {@link Base64.Decoder#decode(ByteBuffer)}, allocates a new byte array per
 * call. This copies each string's characters into a reused array instead (a {@code memcpy}), decodes them with
 * {@link Base64.Decoder#decode(byte[], byte[])} into a second reused array, and copies the bytes into the
 * {@code float[]} through a reused little-endian view (another {@code memcpy} on little-endian machines). A reply
 * of equal-length vectors thus allocates its float arrays and two scratch arrays, where it allocated a byte array
 * and two buffers per vector as well. Finding each string's end costs nothing either (see {@link #read}).
 */
public final class Base64Floats {
  private static final byte[] NONE = new byte[0];
  private static final long QUOTES = 0x2222222222222222L;
  private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

  private byte[] text = NONE;
  private byte[] decoded = NONE;
  private FloatBuffer view = ByteBuffer.wrap(NONE).asFloatBuffer();
  private ByteBuffer words;
  private int lastLength;
  private int end;

  /**
   * Reads the base64 JSON string whose characters start at {@code bytes[start]} (after its opening quote): its
   * floats, or null when it holds an escape, is not closed, is not base64 or not whole floats (the caller then
   * leaves the body to a full JSON parser). After a non-null result, {@link #end()} is the position after the
   * closing quote.
   *
   * <p>The vectors of a reply have one length, so the closing quote is first looked for where the previous
   * string's length puts it. That guess needs no scan: if the decoder accepts everything before it, none of those
   * characters is a quote or a backslash (neither is base64), so that quote closes the string.
   */
  public float[] read(byte[] bytes, int start) {
    return read(bytes, start, bytes.length);
  }

  /** As {@link #read(byte[], int)}, for a body of which only {@code bytes[0, limit)} has arrived. */
  public float[] read(byte[] bytes, int start, int limit) {
    int guess = start + lastLength;
    if (lastLength > 0 && guess < limit && bytes[guess] == '"') {
      float[] values = decode(bytes, start, guess);
      if (values != null) {
        end = guess + 1;
        return values;
      }
    }
    int close = closingQuote(bytes, start, limit);
    float[] values = close < 0 ? null : decode(bytes, start, close);
    if (values != null) {
      lastLength = close - start;
      end = close + 1;
    }
    return values;
  }

  /** The position after the closing quote of the string {@link #read} returned last. */
  public int end() {
    return end;
  }

  /**
   * The position of the {@code '"'} that closes the JSON string whose characters start at {@code bytes[start]},
   * or -1 when a backslash (an escape, which base64 never needs) comes first or the string is not closed before
   * {@code limit}. Eight bytes at a time: a vector's string is thousands of characters long.
   */
  int closingQuote(byte[] bytes, int start, int limit) {
    if (words == null || words.array() != bytes) {
      words = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
    int p = start;
    for (; p <= limit - 8; p += 8) {
      long word = words.getLong(p);
      long quotes = zeroBytes(word ^ QUOTES);
      long backslashes = zeroBytes(word ^ BACKSLASHES);
      if ((quotes | backslashes) != 0) {
        return Long.numberOfTrailingZeros(quotes) < Long.numberOfTrailingZeros(backslashes)
            ? p + (Long.numberOfTrailingZeros(quotes) >>> 3) : -1;
      }
    }
    for (; p < limit; p++) {
      if (bytes[p] == '"' || bytes[p] == '\\') {
        return bytes[p] == '"' ? p : -1;
      }
    }
    return -1;
  }

  /**
   * The floats that {@code bytes[start, end)} (a JSON string's characters, without its quotes) encode, or null
   * when {@link Base64#getDecoder()} rejects them or they are not a whole number of floats.
   */
  float[] decode(byte[] bytes, int start, int end) {
    int length = end - start;
    if (text.length != length) {
      text = new byte[length];
    }
    System.arraycopy(bytes, start, text, 0, length);
    int room = (length + 3) / 4 * 3; // what the decoder needs at most; it throws when that is not enough
    if (decoded.length < room) {
      decoded = new byte[room];
      view = ByteBuffer.wrap(decoded).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
    }
    int size;
    try {
      size = Base64.getDecoder().decode(text, decoded);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (size % 4 != 0) {
      return null;
    }
    float[] floats = new float[size / 4];
    view.clear();
    view.get(floats);
    return floats;
  }
}
