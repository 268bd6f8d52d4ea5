package dev.hubkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ErrorKeySearchTest {
  private static final byte[] KEY = "\"error\"".getBytes(StandardCharsets.US_ASCII);
  private static final int[] SKIP = ErrorParser.skipTable(KEY);

  private static void assertFindsLikeStringIndexOf(String text, int length) {
    // bytes before the range and past its end must not count
    byte[] data = ("\"error\"" + text + "\"error\"").getBytes(StandardCharsets.ISO_8859_1);
    int found = text.substring(0, length).indexOf("\"error\"");
    int expected = found < 0 ? -1 : found + KEY.length;
    assertEquals(expected, ErrorParser.indexOf(data, KEY.length, KEY.length + length, KEY, SKIP),
        text + " [" + length + "]");
  }

  @Test
  void findsTheFirstKeyExactlyAsStringIndexOf() {
    String[] texts = {"", "\"error\"", "x\"error\"", "\"erro\"", "\"errorr\"\"error\"", "\"\"error\"",
        "{\"choices\":[],\"error\":{\"message\":\"m\"}}", "\"error", "error\"", "\"errror\"\"error\""};
    for (String text : texts) {
      assertFindsLikeStringIndexOf(text, text.length());
    }
    SplittableRandom random = new SplittableRandom(5);
    char[] alphabet = {'"', 'e', 'r', 'o', 'x', '\u00e9'};
    for (int i = 0; i < 100_000; i++) {
      char[] chars = new char[random.nextInt(0, 40)];
      for (int j = 0; j < chars.length; j++) {
        chars[j] = alphabet[random.nextInt(alphabet.length)];
      }
      String text = new String(chars);
      if (random.nextInt(3) == 0) {
        int at = random.nextInt(0, text.length() + 1);
        text = text.substring(0, at) + "\"error\"" + text.substring(at);
      }
      assertFindsLikeStringIndexOf(text, random.nextInt(0, text.length() + 1));
    }
  }
}
