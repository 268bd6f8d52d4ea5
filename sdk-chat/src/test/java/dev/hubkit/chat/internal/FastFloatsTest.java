package dev.hubkit.chat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The one-multiplication float conversion must give Float.parseFloat's float whenever it gives one. */
class FastFloatsTest {
  private static int decided;
  private static int undecided;

  /** FastFloats' answer for {@code mantissa * 10^exponent} is NaN (undecided) or exactly Float.parseFloat's. */
  private static void assertNearestOrUndecided(long mantissa, int exponent) {
    float expected = Float.parseFloat(mantissa + "E" + exponent);
    float actual = FastFloats.nearest(mantissa, exponent);
    if (Float.isNaN(actual)) {
      undecided++;
    } else {
      decided++;
      assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(actual), mantissa + "E" + exponent);
    }
  }

  /** The same for the two-part mantissa {@code high + low * 10^-8}. */
  private static void assertNearestOrUndecided(long high, long low, int exponent) {
    String text = new BigDecimal(high).add(new BigDecimal(BigInteger.valueOf(low), 8)).scaleByPowerOfTen(exponent)
        .toString();
    float expected = Float.parseFloat(text);
    float actual = FastFloats.nearest(high, low, exponent);
    if (Float.isNaN(actual)) {
      undecided++;
    } else {
      decided++;
      assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(actual), text);
    }
  }

  @Test
  void everyPowerOfTenInTheTableIsTheNearestDouble() {
    for (int k = FastFloats.MIN_EXPONENT; k <= FastFloats.MAX_EXPONENT; k++) {
      double power = FastFloats.powerOfTen(k);
      BigDecimal exact = BigDecimal.ONE.scaleByPowerOfTen(k);
      BigDecimal error = new BigDecimal(power).subtract(exact).abs();
      BigDecimal halfUlp = new BigDecimal(Math.ulp(power)).divide(BigDecimal.valueOf(2));
      boolean evenTie = error.compareTo(halfUlp) == 0 && (Double.doubleToRawLongBits(power) & 1) == 0; // 10^23
      assertTrue(error.compareTo(halfUlp) < 0 || evenTie, "10^" + k);
      assertTrue(k < 0 || k > 22 || error.signum() == 0, "10^" + k + " is exact");
    }
  }

  @Test
  void randomMantissasAndExponentsConvertExactly() {
    SplittableRandom random = new SplittableRandom(5);
    decided = 0;
    for (int i = 0; i < 300_000; i++) {
      long mantissa = random.nextLong(1, 1_000_000_000_000_000_000L) >>> random.nextInt(0, 60);
      int exponent = random.nextInt(-70, 40);
      assertNearestOrUndecided(mantissa, exponent);
      assertNearestOrUndecided(mantissa / 10, random.nextLong(0, 100_000_000), random.nextInt(-60, 30));
    }
    assertTrue(decided > 300_000, "decided " + decided);
  }

  @Test
  void decimalsNextToFloatRoundingBoundariesAreExactOrUndecided() {
    SplittableRandom random = new SplittableRandom(6);
    decided = 0;
    undecided = 0;
    for (int i = 0; i < 100_000; i++) {
      float f = Float.intBitsToFloat(random.nextInt(Float.floatToRawIntBits(Float.MIN_NORMAL),
          Float.floatToRawIntBits(Float.MAX_VALUE)));
      // Exactly halfway between f and the next float, then rounded to 17 to 24 digits each way: these lie within
      // a few double units of the boundary, where the margin must send them to the exact path.
      BigDecimal halfway = new BigDecimal(f).add(new BigDecimal(Math.nextUp(f))).divide(BigDecimal.valueOf(2));
      int digits = random.nextInt(10, 19);
      for (RoundingMode mode : new RoundingMode[] {RoundingMode.DOWN, RoundingMode.UP, RoundingMode.HALF_EVEN}) {
        BigDecimal near = halfway.round(new MathContext(digits, mode));
        assertNearestOrUndecided(near.unscaledValue().longValueExact(), -near.scale());
        BigDecimal longer = halfway.round(new MathContext(digits + 6, mode));
        BigInteger[] parts = longer.unscaledValue().divideAndRemainder(BigInteger.TEN.pow(8));
        assertNearestOrUndecided(parts[0].longValueExact(), parts[1].longValueExact(), 8 - longer.scale());
      }
      // The halfway point itself, when short enough: ties go to the even float.
      BigDecimal exactHalf = halfway.stripTrailingZeros();
      if (exactHalf.precision() <= 18) {
        assertNearestOrUndecided(exactHalf.unscaledValue().longValueExact(), -exactHalf.scale());
      }
    }
    assertTrue(decided > 100_000 && undecided > 100_000, decided + " decided, " + undecided + " undecided");
  }

  @Test
  void zeroSubnormalsAndOverflowAreLeftOrExact() {
    assertEquals(0, Float.floatToRawIntBits(FastFloats.nearest(0, -16)));
    assertEquals(0, Float.floatToRawIntBits(FastFloats.nearest(0, 5)));
    assertTrue(Float.isNaN(FastFloats.nearest(14, -46)), "subnormal");
    assertTrue(Float.isNaN(FastFloats.nearest(1, -39)), "subnormal");
    assertTrue(Float.isNaN(FastFloats.nearest(35, 37)), "overflow");
    assertTrue(Float.isNaN(FastFloats.nearest(1, FastFloats.MAX_EXPONENT + 1)), "outside the table");
    assertTrue(Float.isNaN(FastFloats.nearest(1, FastFloats.MIN_EXPONENT - 1)), "outside the table");
    assertTrue(Float.isNaN(FastFloats.nearest(16777217, 0)), "2^24 + 1 is exactly halfway");
    assertEquals(16777218f, FastFloats.nearest(1677721700001L, -5));
    assertEquals(Float.parseFloat("1.1754944E-38"), FastFloats.nearest(11754944, -45));
    assertEquals(Float.parseFloat("3.4028234E38"), FastFloats.nearest(34028234, 31));
    for (long mantissa : new long[] {34028235, 34028236, 11754943, 11754942, 14, 7}) {
      for (int exponent = -54; exponent <= 31; exponent++) {
        assertNearestOrUndecided(mantissa, exponent);
      }
    }
  }
}
