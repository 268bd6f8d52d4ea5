package dev.hubkit.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalFloatsTest {
  private static void assertParsesLikeFloatParseFloat(String text) {
    float expected = Float.parseFloat(text);
    float actual = DecimalFloats.parse(text.toCharArray(), 0, text.length());
    assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(actual), text);
  }

  private static void assertJsonBytesParseLikeFloatParseFloat(String text) {
    float expected = Float.parseFloat(text);
    byte[] bytes = (" " + text + ",").getBytes(StandardCharsets.US_ASCII);
    float actual = DecimalFloats.parseJson(bytes, 1, bytes.length - 1);
    assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(actual), text);
  }

  @Test
  void jsonBytesParseExactlyLikeFloatParseFloat() {
    for (String text : new String[] {"0.0023064255", "-0.009327292", "0", "-0", "1", "-1", "0.0", "-0.0", "1e-7",
        "1.0E-7", "-3.4028235E38", "3.4028235E38", "3.4028236E38", "1.4E-45", "1e-46", "123456789012345678901",
        "0.000000000000000000000000001", "2.5e+3", "7E2", "16777217", "16777217.000000001", "0.1", "0.2",
        "0.30000001192092896", "1e999999999", "-1e-999999999", "0.0000000000000000000000123456789",
        "1234567890123456789.5", "1.00000005960464477539062500001", "-0.0123456789", "100e-2", "0e10"}) {
      assertJsonBytesParseLikeFloatParseFloat(text);
    }
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 200_000; i++) {
      float value = Float.intBitsToFloat(random.nextInt());
      if (!Float.isNaN(value) && !Float.isInfinite(value)) {
        assertJsonBytesParseLikeFloatParseFloat(Float.toString(value).replace("E", "e"));
        assertJsonBytesParseLikeFloatParseFloat(Double.toString(value));
      }
      double gaussian = random.nextDouble() * 0.05 - 0.025;
      assertJsonBytesParseLikeFloatParseFloat(String.format(Locale.ROOT, "%.10f", gaussian));
      assertJsonBytesParseLikeFloatParseFloat(Double.toString((float) gaussian));
      assertJsonBytesParseLikeFloatParseFloat(String.format(Locale.ROOT, "%." + random.nextInt(1, 20) + "e", gaussian));
    }
  }

  @Test
  void textOutsideJsonNumberGrammarIsNaN() {
    for (String text : new String[] {"", "-", "01", "-01", "1.", ".5", "+1", "1e", "1e+", "--1", "1.0.0", "0x10",
        "Infinity", "NaN", "1e5x", "1 ", " 1", "1,", "e5", "-.5", "1.e5", "00", "1E-", "0.0e"}) {
      byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
      assertTrue(Float.isNaN(DecimalFloats.parseJson(bytes, 0, bytes.length)), text);
    }
  }

  @Test
  void typicalEmbeddingNumbersParseExactly() {
    for (String text : new String[] {"0.0023064255", "-0.009327292", "0", "-0", "1", "-1", "0.0", "1e-7",
        "1.0E-7", "-3.4028235E38", "3.4028235E38", "3.4028236E38", "1.4E-45", "1e-46", "123456789012345678901",
        "0.000000000000000000000000001", "2.5e+3", "7E2", "16777217", "0.1", "0.2", "0.30000001192092896"}) {
      assertParsesLikeFloatParseFloat(text);
    }
  }

  @Test
  void halfwayCasesRoundLikeFloatParseFloat() {
    // 2^24 + 1 lies exactly between two floats; its neighbours by a tiny decimal amount do not.
    assertParsesLikeFloatParseFloat("16777217");
    assertParsesLikeFloatParseFloat("16777217.000000001");
    assertParsesLikeFloatParseFloat("16777216.999999999");
    assertParsesLikeFloatParseFloat("1.00000005960464477539062500001");
    assertParsesLikeFloatParseFloat("1.000000059604644775390625");
  }

  @Test
  void randomFloatsRoundTripExactly() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 200_000; i++) {
      float value = Float.intBitsToFloat(random.nextInt());
      if (Float.isNaN(value) || Float.isInfinite(value)) {
        continue;
      }
      assertParsesLikeFloatParseFloat(Float.toString(value));
      assertParsesLikeFloatParseFloat(new BigDecimal(value).round(new java.math.MathContext(9)).toString());
    }
  }

  @Test
  void randomShortDecimalsParseExactly() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 200_000; i++) {
      double value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-12, 6));
      int digits = random.nextInt(1, 17);
      assertParsesLikeFloatParseFloat(String.format(Locale.ROOT, "%." + digits + "g", value));
      assertParsesLikeFloatParseFloat(String.format(Locale.ROOT, "%." + digits + "f", value));
    }
  }
}
