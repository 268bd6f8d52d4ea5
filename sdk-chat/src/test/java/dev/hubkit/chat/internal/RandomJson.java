package dev.hubkit.chat.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Pieces of random JSON for the differential tests of the fast readers: members in random presence with random
 * whitespace, strings with escapes and multi-byte characters, and single-byte mutations that break the JSON.
 */
class RandomJson {
  private static final String[] TEXTS = {"Hello", "", " tok", "\u00e9t\u00e9", "\u4f60\u597d", "\ud83d\ude00",
      "\\n", "\\\"q\\\"", "\\u00e9", "\\ud83d\\ude00", "\\ud83d", "a\\/b", "\\t\\b\\f\\r", "error"};
  private static final byte[] BREAKERS = {'"', '\\', ',', ':', '{', '}', '[', ']', 'n', '0', ' ', (byte) 0xC3,
      (byte) 0x80, 1};

  final SplittableRandom random;

  RandomJson(SplittableRandom random) {
    this.random = random;
  }

  /** A member, present two times in three, with whitespace around its parts now and then. */
  String field(String name, String value) {
    return random.nextInt(3) == 0 ? null : ws() + "\"" + name + "\"" + ws() + ":" + ws() + value + ws();
  }

  /** An object of the members present; the last one repeats an earlier key, and is there once in ten. */
  String object(String... fields) {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < fields.length; i++) {
      if (fields[i] == null || (i == fields.length - 1 && random.nextInt(10) != 0)) {
        continue;
      }
      if (json.length() > 1) {
        json.append(',');
      }
      json.append(fields[i]);
    }
    return json.append('}').toString();
  }

  /** A JSON string of up to three pieces of text, escapes and multi-byte characters among them. */
  String string() {
    StringBuilder text = new StringBuilder("\"");
    for (int i = random.nextInt(4); i > 0; i--) {
      text.append(TEXTS[random.nextInt(TEXTS.length)]);
    }
    return text.append('"').toString();
  }

  /** The first, usual value most of the time; any of them otherwise. */
  String pick(String... values) {
    return random.nextInt(3) != 0 ? values[0] : values[random.nextInt(values.length)];
  }

  String ws() {
    return random.nextInt(6) == 0 ? " \n\t\r".substring(random.nextInt(4)) : "";
  }

  /** {@code json} with one byte replaced by one that often breaks it. */
  static byte[] mutate(byte[] json, SplittableRandom random) {
    byte[] bytes = Arrays.copyOf(json, json.length);
    if (bytes.length > 0) {
      bytes[random.nextInt(bytes.length)] = BREAKERS[random.nextInt(BREAKERS.length)];
    }
    return bytes;
  }
}
