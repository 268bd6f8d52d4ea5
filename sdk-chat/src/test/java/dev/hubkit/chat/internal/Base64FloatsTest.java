package dev.hubkit.chat.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Base64 vectors must decode exactly as java.util.Base64 and a little-endian FloatBuffer do, or be null. */
class Base64FloatsTest {
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";

  /** What the JDK makes of {@code text}: the floats, or null where it throws or leaves a partial float. */
  private static float[] jdk(String text) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (bytes.length % 4 != 0) {
      return null;
    }
    FloatBuffer floats = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
    float[] values = new float[floats.remaining()];
    floats.get(values);
    return values;
  }

  /** One decoder for all the tests' strings, so that its scratch arrays are reused at every length. */
  private static final Base64Floats DECODER = new Base64Floats();

  private static void assertDecodesLikeJdk(String text) {
    byte[] body = ("{\"embedding\":\"" + text + "\"}").getBytes(StandardCharsets.ISO_8859_1);
    float[] actual = DECODER.decode(body, 14, body.length - 2);
    float[] expected = jdk(text);
    if (expected == null) {
      assertNull(actual, text);
    } else {
      assertArrayEquals(expected, actual, text);
    }
  }

  private static String encoded(float[] vector, boolean padding) {
    ByteBuffer bytes = ByteBuffer.allocate(vector.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asFloatBuffer().put(vector);
    return (padding ? Base64.getEncoder() : Base64.getEncoder().withoutPadding()).encodeToString(bytes.array());
  }

  @Test
  void vectorsOfEveryLengthDecodeExactly() {
    SplittableRandom random = new SplittableRandom(1);
    for (int length = 0; length < 200; length++) {
      float[] vector = new float[length];
      for (int i = 0; i < length; i++) {
        vector[i] = i % 3 == 0 ? Float.intBitsToFloat(random.nextInt()) : (float) random.nextGaussian();
      }
      assertDecodesLikeJdk(encoded(vector, true));
      assertDecodesLikeJdk(encoded(vector, false));
    }
    float[] large = new float[3072];
    for (int i = 0; i < large.length; i++) {
      large[i] = Float.intBitsToFloat(random.nextInt());
    }
    assertDecodesLikeJdk(encoded(large, true));
  }

  @Test
  void damagedTextDecodesLikeJdkOrIsNull() {
    SplittableRandom random = new SplittableRandom(2);
    for (int round = 0; round < 20_000; round++) {
      float[] vector = new float[random.nextInt(0, 40)];
      for (int i = 0; i < vector.length; i++) {
        vector[i] = (float) random.nextGaussian();
      }
      StringBuilder text = new StringBuilder(encoded(vector, random.nextBoolean()));
      int damages = random.nextInt(1, 3);
      for (int d = 0; d < damages; d++) {
        int at = text.length() == 0 ? 0 : random.nextInt(text.length());
        switch (random.nextInt(4)) {
          case 0: // replace a character, with one of the alphabet, padding or something else
            if (text.length() > 0) {
              char c = random.nextBoolean() ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
                  : "-_ .\u00e9\n!".charAt(random.nextInt(7));
              text.setCharAt(at, c);
            }
            break;
          case 1: // drop one
            if (text.length() > 0) {
              text.deleteCharAt(at);
            }
            break;
          case 2: // insert one
            text.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            break;
          default: // cut the end
            text.setLength(at);
            break;
        }
      }
      assertDecodesLikeJdk(text.toString());
    }
  }

  @Test
  void closingQuoteIsTheFirstQuoteUnlessABackslashComesFirst() {
    SplittableRandom random = new SplittableRandom(3);
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = new byte[random.nextInt(0, 40)];
      for (int i = 0; i < bytes.length; i++) {
        int kind = random.nextInt(20);
        bytes[i] = (byte) (kind == 0 ? '"' : kind == 1 ? '\\' : kind == 2 ? random.nextInt(256)
            : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      int start = random.nextInt(0, bytes.length + 1);
      int expected = -1;
      for (int i = start; i < bytes.length; i++) {
        if (bytes[i] == '"' || bytes[i] == '\\') {
          expected = bytes[i] == '"' ? i : -1;
          break;
        }
      }
      assertEquals(expected, DECODER.closingQuote(bytes, start, bytes.length), new String(bytes, StandardCharsets.ISO_8859_1));
    }
  }

  @Test
  void stringsReadOneAfterAnotherEndWhereTheirClosingQuoteIs() {
    SplittableRandom random = new SplittableRandom(4);
    for (int round = 0; round < 3_000; round++) {
      Base64Floats reader = new Base64Floats();
      StringBuilder body = new StringBuilder("{");
      List<Integer> starts = new ArrayList<>();
      int strings = random.nextInt(1, 6);
      int floats = random.nextInt(0, 12);
      for (int n = 0; n < strings; n++) {
        float[] vector = new float[random.nextInt(4) == 0 ? random.nextInt(0, 12) : floats]; // mostly one length
        for (int i = 0; i < vector.length; i++) {
          vector[i] = (float) random.nextGaussian();
        }
        StringBuilder text = new StringBuilder(encoded(vector, random.nextInt(8) != 0));
        if (random.nextInt(5) == 0) { // an escape, or a stray character, somewhere
          String[] inserts = {"\\\"", "\\/", "\\u0041", "=", "\u00e9", "A"};
          text.insert(random.nextInt(text.length() + 1), inserts[random.nextInt(inserts.length)]);
        }
        body.append(n == 0 ? "" : ",").append("\"v").append(n).append("\":\"");
        starts.add(body.length());
        body.append(text).append('"');
      }
      byte[] bytes = body.append('}').toString().getBytes(StandardCharsets.ISO_8859_1);
      for (int start : starts) {
        int close = start;
        while (bytes[close] != '"' && bytes[close] != '\\') {
          close++;
        }
        float[] expected = bytes[close] == '\\' ? null
            : jdk(new String(bytes, start, close - start, StandardCharsets.ISO_8859_1));
        float[] actual = reader.read(bytes, start);
        String context = new String(bytes, StandardCharsets.ISO_8859_1) + " at " + start;
        if (expected == null) {
          assertNull(actual, context);
          break; // the reply goes to Jackson from here
        }
        assertArrayEquals(expected, actual, context);
        assertEquals(close + 1, reader.end(), context);
      }
    }
  }

  @Test
  void shortAndPaddedTextDecodesLikeJdk() {
    for (String text : new String[] {"", "A", "AA", "AAA", "AAAA", "AACAPw==", "AACAPw=", "AACAPw", "AACAP",
        "AACAPw==AACAPw==", "=AACAPw=", "AACAPwAACAPw==", "AACAPwAACAPwAACAPwAACAPw", "AACAPx==", "AACAPw===",
        "AACAPwAACAPwAACAPwAACAPwAACAPwAACAPwAACAP=AACAPw==", "AACAPwAACAPwAACAPwAACAPwAACAPwAACAPwAACAPw\u00e9="}) {
      assertDecodesLikeJdk(text);
    }
  }
}
