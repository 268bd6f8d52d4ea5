package dev.hubkit.chat.internal;

/**
 * The float nearest to a decimal number in a few double operations, when they are certain to give the correctly
 * rounded answer; NaN when they are not (the caller then takes an exact path).
 *
 * <p>Why it is exact: each double operation rounds to nearest with a relative error of at most {@code u = 2^-53}.
 * {@link #nearest(long, int)} rounds at most three times (the mantissa, the power of ten, the product) and
 * {@link #nearest(long, long, int)} at most six times, every term being positive, so the exact value {@code x} lies
 * within a relative {@code (1 + u)^6 - 1 < 6.01 u} of the computed double {@code d}: less than 12.02 units in the
 * last place of {@code d}. Rounding {@code d} to float gives the float nearest to {@code x} unless a float rounding
 * boundary (a point halfway between two floats) lies between them. In the normal float range such boundaries are
 * the doubles whose 29 bits below the float's 24 are exactly {@code 1 << 28}, and the ones on either side of a
 * power of two lie 2^27 units or more away from it (the subnormal float grid just below {@link Float#MIN_NORMAL}
 * continues the normal one's spacing). So when those 29 bits of {@code d} differ from {@code 1 << 28} by more
 * than {@link #MARGIN} units, no boundary separates {@code x} from {@code d}, and {@code (float) d} is exact. A
 * value in that margin (about one in 2^23), outside the normal float range or with an exponent outside the table
 * is left to the caller.
 */
final class FastFloats {
  /** Smallest and largest decimal exponent of the table. */
  static final int MIN_EXPONENT = -80;
  static final int MAX_EXPONENT = 40;
  /** Double units kept clear of a float rounding boundary; the error is under 12.02. */
  static final long MARGIN = 32;
  private static final long LOW_29_BITS = (1L << 29) - 1;
  private static final long HALFWAY = 1L << 28;
  private static final long MIN_NORMAL_BITS = Double.doubleToRawLongBits(Float.MIN_NORMAL);
  private static final long MAX_VALUE_BITS = Double.doubleToRawLongBits(Float.MAX_VALUE);
  private static final double TEN_TO_MINUS_8 = 1e-8;
  /** The double nearest to 10^k at {@code k - MIN_EXPONENT}: exact up to 10^22, correctly rounded beyond. */
  private static final double[] POWERS_OF_TEN = new double[MAX_EXPONENT - MIN_EXPONENT + 1];

  static {
    for (int k = MIN_EXPONENT; k <= MAX_EXPONENT; k++) {
      POWERS_OF_TEN[k - MIN_EXPONENT] = Double.parseDouble("1e" + k); // parseDouble rounds correctly
    }
  }

  private FastFloats() {}

  /** The float nearest to {@code mantissa * 10^exponent} for {@code mantissa >= 0}, or NaN: see the class. */
  static float nearest(long mantissa, int exponent) {
    double value = value(mantissa, exponent);
    return isSafeAndNormal(value) ? (float) value : Float.NaN;
  }

  /**
   * The float nearest to {@code (high + low * 10^-8) * 10^exponent} for {@code high >= 0} and {@code 0 <= low <
   * 10^8}: a mantissa of up to 24 digits, split in two. NaN when unsure: see the class.
   */
  static float nearest(long high, long low, int exponent) {
    double value = value(high, low, exponent);
    return isSafeAndNormal(value) ? (float) value : Float.NaN;
  }

  /** {@code mantissa * 10^exponent} in double arithmetic (three roundings), or NaN outside the table. */
  static double value(long mantissa, int exponent) {
    if (exponent < MIN_EXPONENT || exponent > MAX_EXPONENT) {
      return Double.NaN;
    }
    return mantissa * POWERS_OF_TEN[exponent - MIN_EXPONENT];
  }

  /** {@code (high + low * 10^-8) * 10^exponent} in double arithmetic (six roundings), or NaN outside the table. */
  static double value(long high, long low, int exponent) {
    if (exponent < MIN_EXPONENT || exponent > MAX_EXPONENT) {
      return Double.NaN;
    }
    return (high + low * TEN_TO_MINUS_8) * POWERS_OF_TEN[exponent - MIN_EXPONENT];
  }

  /**
   * True when a value computed as above (from a mantissa of at most 24 digits, with at most six roundings) is
   * farther than {@link #MARGIN} double units from a float rounding boundary, so that {@code (float) value} is
   * the float nearest to the exact decimal. Alone, this is enough only where the value is zero or a normal float
   * (as for any mantissa below 10^24 times 10^-22 or 10^-14); see {@link #isSafeAndNormal}. False for NaN.
   */
  static boolean isSafe(double value) {
    return ((Double.doubleToRawLongBits(value) - HALFWAY + MARGIN) & LOW_29_BITS) > 2 * MARGIN;
  }

  /** {@link #isSafe}, and zero or within the normal float range (not NaN, subnormal or overflowing). */
  static boolean isSafeAndNormal(double value) {
    long bits = Double.doubleToRawLongBits(value);
    return ((bits - HALFWAY + MARGIN) & LOW_29_BITS) > 2 * MARGIN
        && (bits == 0 || (bits >= MIN_NORMAL_BITS && bits <= MAX_VALUE_BITS));
  }

  /** The table's entry for 10^k, for tests. */
  static double powerOfTen(int k) {
    return POWERS_OF_TEN[k - MIN_EXPONENT];
  }
}
