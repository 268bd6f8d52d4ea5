package dev.hubkit.chat.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.hubkit.core.internal.TricklingSource;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every array of JSON numbers must read as Float.parseFloat reads each number; anything else as null; the same
 * when the body arrives in pieces of any size ({@link TricklingSource}).
 */
class FloatArrayScannerTest {
  private static final String[] SEPARATORS = {",", ", ", ",\n        ", " ,\r\n\t", ",\n", " , ",
    ",\r\n" + " ".repeat(24), ",\n" + " ".repeat(17), ",\n\n    ", ",\t\t", ",\r        "};

  /** Reads {@code texts} written as a JSON array (with {@code separator}) and checks every value and the end. */
  private static void assertReadsLikeParseFloat(List<String> texts, String separator, String before, String after)
      throws IOException {
    String array = "[" + separator.replace(",", "") + String.join(separator, texts)
        + (separator.length() > 1 ? "\n      " : "") + "]";
    byte[] bytes = (before + array + after).getBytes(StandardCharsets.US_ASCII);
    SplittableRandom random = new SplittableRandom(array.hashCode());
    assertReadsLikeParseFloat(texts, array, before, new FloatArrayScanner(bytes));
    for (int largest : new int[] {1 + random.nextInt(8), 1 + random.nextInt(200), 1 + random.nextInt(8192)}) {
      assertReadsLikeParseFloat(texts, array, before,
          new FloatArrayScanner(TricklingSource.arriving(bytes, largest, random)));
    }
  }

  private static void assertReadsLikeParseFloat(List<String> texts, String array, String before,
      FloatArrayScanner scanner) throws IOException {
    float[] values = scanner.read(before.length());
    assertNotNull(values, array);
    float[] expected = new float[texts.size()];
    for (int i = 0; i < expected.length; i++) {
      expected[i] = Float.parseFloat(texts.get(i));
    }
    assertEquals(expected.length, values.length, array);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(Float.floatToRawIntBits(expected[i]), Float.floatToRawIntBits(values[i]), texts.get(i));
    }
    assertEquals(before.length() + array.length(), scanner.end(), array);
  }

  private static void assertReadsLikeParseFloat(List<String> texts) throws IOException {
    for (String separator : SEPARATORS) {
      assertReadsLikeParseFloat(texts, separator, "", "");
      assertReadsLikeParseFloat(texts, separator, " {\"embedding\": ", "},\"model\":\"text-embedding-3-small\"}");
    }
  }

  private static List<String> randomFloats(long seed, int count, Function<Float, String> format) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> texts = new ArrayList<>();
    while (texts.size() < count) {
      float value = random.nextBoolean() ? (float) (random.nextGaussian() * 0.03)
          : Float.intBitsToFloat(random.nextInt());
      if (!Float.isNaN(value) && !Float.isInfinite(value)) {
        texts.add(format.apply(value));
      }
    }
    return texts;
  }

  @Test
  void floatToStringNumbersReadExactly() throws IOException {
    assertReadsLikeParseFloat(randomFloats(1, 20_000, f -> Float.toString(f)));
  }

  @Test
  void doubleToStringOfFloatsReadExactly() throws IOException { // OpenAI's form: -0.006929283495992422
    assertReadsLikeParseFloat(randomFloats(2, 20_000, f -> Double.toString(f)));
  }

  @Test
  void exponentFormsAndPrintfFormsReadExactly() throws IOException {
    assertReadsLikeParseFloat(randomFloats(3, 5_000, f -> String.format(Locale.ROOT, "%.7e", f)));
    assertReadsLikeParseFloat(randomFloats(4, 5_000, f -> String.format(Locale.ROOT, "%.16E", f)));
    assertReadsLikeParseFloat(randomFloats(5, 5_000, f -> String.format(Locale.ROOT, "%.10f", f)));
    assertReadsLikeParseFloat(randomFloats(6, 5_000, f -> new BigDecimal(f).round(MathContext.DECIMAL32).toString()));
    assertReadsLikeParseFloat(randomFloats(7, 5_000, f -> Float.toString(f).replace("E", "e+").replace("+-", "-")));
  }

  @Test
  void specialNumbersReadExactly() throws IOException {
    assertReadsLikeParseFloat(List.of("0", "-0", "0.0", "-0.0", "0e5", "-0.000E-3", "1", "-1", "1.0", "1e0", "1E+0",
        "5e-1", "1.4E-45", "1.401298464324817E-45", "7.0E-46", "7.006492321624087E-46", "1.1754942E-38",
        "1.17549435E-38", "1.1754943508222875E-38", "3.4028235E38", "3.4028236E38", "3.5E38", "1e39", "1e-50",
        "123456789", "12345678.9", "0.30000001192092896", "16777217", "16777217.0", "1.6777217E7",
        "16777217.000000001", "1.00000005960464477539062500001", "1.000000059604644775390625",
        "0.000000059604644775390625", "1234567890123456789012345", "0.12345678901234567890123456789",
        "9.999999999999999999999e-1", "1e999", "-1e-999", "1.5e08", "2.5E-007"));
  }

  @Test
  void decimalsNextToFloatRoundingBoundariesReadExactly() throws IOException {
    SplittableRandom random = new SplittableRandom(8);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      float f = (float) (random.nextGaussian() * 0.03);
      BigDecimal halfway = new BigDecimal(f).add(new BigDecimal(Math.nextUp(f))).divide(BigDecimal.valueOf(2));
      for (RoundingMode mode : new RoundingMode[] {RoundingMode.DOWN, RoundingMode.UP}) {
        BigDecimal near = halfway.round(new MathContext(random.nextInt(9, 24), mode));
        texts.add(random.nextBoolean() ? near.toPlainString() : near.toString());
      }
    }
    assertReadsLikeParseFloat(texts);
  }

  @Test
  void arraysOfManyLengthsSizeThemselvesCorrectly() throws IOException {
    SplittableRandom random = new SplittableRandom(9);
    StringBuilder json = new StringBuilder("{\"data\":[");
    List<float[]> expected = new ArrayList<>();
    List<Integer> opens = new ArrayList<>();
    for (int length : new int[] {3, 1, 1500, 1500, 2000, 1, 0, 5000, 4999, 5001, 17}) {
      float[] vector = new float[length];
      json.append(expected.isEmpty() ? "" : ",");
      opens.add(json.length());
      json.append('[');
      for (int i = 0; i < length; i++) {
        vector[i] = (float) random.nextGaussian();
        json.append(i == 0 ? "" : ",").append(vector[i]);
      }
      json.append(']');
      expected.add(vector);
    }
    json.append("]}");
    FloatArrayScanner scanner = new FloatArrayScanner(json.toString().getBytes(StandardCharsets.US_ASCII));
    for (int v = 0; v < expected.size(); v++) {
      assertArrayEquals(expected.get(v), scanner.read(opens.get(v)), "vector " + v);
    }
  }

  @Test
  void numbersAndWhitespaceLongerThanAnyLookAheadAreWaitedFor() throws IOException {
    List<String> texts = new ArrayList<>();
    texts.add("0." + "0".repeat(1500) + "15"); // longer than the exact path's look-ahead
    texts.addAll(randomFloats(11, 20, Object::toString));
    texts.add("1" + "0".repeat(40) + "E-40");
    assertReadsLikeParseFloat(texts, ",\n" + " ".repeat(3000), "", "");
    assertReadsLikeParseFloat(texts, " \t ".repeat(1000) + "," + "\r\n".repeat(1000), "{\"embedding\":", "}");
  }

  @Test
  void textThatIsNotAnArrayOfJsonNumbersIsNull() throws IOException {
    for (String array : new String[] {"[1,]", "[,1]", "[01]", "[-01]", "[00.5]", "[1.]", "[1.e5]", "[.5]", "[-]",
        "[+1]", "[1 2]", "[1,,2]", "[\"1\"]", "[1e]", "[1e+]", "[1E-]", "[NaN]", "[Infinity]", "[-Infinity]",
        "[null]", "[true]", "[1", "[1,", "[0.5", "[0.1234567890", "[[1]]", "[{}]", "[0x10]", "[1.5f]", "[1.5x]", "[0.5.5]", "[1e5e5]", "[\u00bd]",
        "[0.12345678\u00e9]", "[0.123456789012345678901234567890,x]", "[1\u00a0]", "[1;2]", "[0.1\u0000]"}) {
      for (String padding : new String[] {"", "                                        }"}) {
        byte[] bytes = (array + padding).getBytes(StandardCharsets.UTF_8);
        assertNull(new FloatArrayScanner(bytes).read(0), array + padding);
        SplittableRandom random = new SplittableRandom(array.hashCode());
        assertNull(new FloatArrayScanner(TricklingSource.arriving(bytes, 1 + random.nextInt(3), random)).read(0),
            "arriving: " + array + padding);
      }
    }
  }

  @Test
  void aPositionNotAtAnOpeningBracketIsNull() throws IOException {
    byte[] bytes = "x [1]".getBytes(StandardCharsets.US_ASCII);
    FloatArrayScanner scanner = new FloatArrayScanner(bytes);
    for (int open : new int[] {-1, 0, 1, 3, bytes.length}) {
      assertNull(scanner.read(open), "at " + open);
    }
    assertArrayEquals(new float[] {1}, scanner.read(2));
  }

  @Test
  void everyCutOfAnArrayIsNullUnlessItKeepsTheClosingBracket() throws IOException {
    String array = "[0.0045683915,-0.008482207,\n  -5.886303E-4, 0.115630835,-0.006929283495992422,1E-7,0,-0.0]";
    for (int length = 0; length <= array.length(); length++) {
      byte[] bytes = array.substring(0, length).getBytes(StandardCharsets.US_ASCII);
      SplittableRandom random = new SplittableRandom(length);
      for (FloatArrayScanner scanner : new FloatArrayScanner[] {new FloatArrayScanner(bytes),
          new FloatArrayScanner(TricklingSource.arriving(bytes, 1 + random.nextInt(4), random))}) {
        float[] values = scanner.read(0);
        if (length < array.length()) {
          assertNull(values, array.substring(0, length));
        } else {
          assertEquals(8, values.length);
        }
      }
    }
  }
}
