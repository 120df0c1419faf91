package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The kernel's own exponential, logarithm and normal quantile: within their stated error of
 * {@link StrictMath} and of quantiles computed to 20 digits (mpmath, 50-digit arithmetic), and the
 * vector form ({@link NoiseLanes}) gives the scalar form's bits in every lane. (Other vector
 * widths and instruction sets: {@code LaneWidthTest}.)
 */
class PortableMathTest {

  @Test
  void expIsWithinTwoUlpsOfStrictMath() {
    RandomGenerator random = RandomStreams.stream(1, 0, "test/portable-exp");
    long worst = 0;
    for (int i = 0; i < 2_000_000; i++) {
      double x = switch (i % 4) {
        case 0 -> -708 + random.nextDouble() * (709.78 + 708);
        case 1 -> random.nextDouble() * 2 - 1;
        case 2 -> (random.nextDouble() * 2 - 1) * 1e-6;
        default -> Math.rint(random.nextDouble() * 200 - 100) * PortableMath.LN2 * 0.5 + (random.nextDouble() - 0.5) * 1e-9;
      };
      worst = Math.max(worst, ulps(PortableMath.exp(x), StrictMath.exp(x), "exp(" + x + ")"));
    }
    assertTrue(worst <= 2, "exp is " + worst + " ulp from StrictMath");
  }

  @Test
  void expAtItsEdges() {
    assertEquals(1.0, PortableMath.exp(0));
    assertEquals(1.0, PortableMath.exp(-0.0));
    assertTrue(ulps(PortableMath.exp(1), Math.E, "e") <= 1);
    assertEquals(0.0, PortableMath.exp(-708.5));
    assertEquals(0.0, PortableMath.exp(-1e300));
    assertEquals(Double.POSITIVE_INFINITY, PortableMath.exp(709.79));
    assertEquals(Double.POSITIVE_INFINITY, PortableMath.exp(1e300));
    assertEquals(Double.POSITIVE_INFINITY, PortableMath.exp(Double.POSITIVE_INFINITY));
    assertTrue(Double.isNaN(PortableMath.exp(Double.NaN)));
    assertTrue(ulps(PortableMath.exp(709.78), StrictMath.exp(709.78), "exp(709.78)") <= 1);
    assertTrue(ulps(PortableMath.exp(-708), StrictMath.exp(-708), "exp(-708)") <= 1);
  }

  @Test
  void logIsWithinOneUlpOfStrictMath() {
    RandomGenerator random = RandomStreams.stream(2, 0, "test/portable-log");
    long worst = 0;
    for (int i = 0; i < 2_000_000; i++) {
      double x = switch (i % 3) {
        // Any positive normal number: a random exponent and mantissa.
        case 0 -> Double.longBitsToDouble(((1 + random.nextLong(2046)) << 52) | (random.nextLong() >>> 12));
        case 1 -> 1 + (random.nextDouble() - 0.5) * 1e-3;
        default -> random.nextDouble() * 0.5 + 0x1.0p-53;
      };
      worst = Math.max(worst, ulps(PortableMath.log(x), StrictMath.log(x), "log(" + x + ")"));
    }
    assertTrue(worst <= 1, "log is " + worst + " ulp from StrictMath");
    assertEquals(0.0, PortableMath.log(1));
    assertTrue(ulps(PortableMath.log(Double.MIN_NORMAL), StrictMath.log(Double.MIN_NORMAL), "log(min)") <= 1);
    assertTrue(ulps(PortableMath.log(Double.MAX_VALUE), StrictMath.log(Double.MAX_VALUE), "log(max)") <= 1);
  }

  @Test
  void ln2IsSplitExactly() {
    BigDecimal ln2 = new BigDecimal("0.693147180559945309417232121458176568075500134360255254120680009");
    BigDecimal nearest = new BigDecimal(PortableMath.LN2).add(new BigDecimal(PortableMath.LN2_REST));
    BigDecimal split = new BigDecimal(PortableMath.LN2_HIGH).add(new BigDecimal(PortableMath.LN2_LOW));
    assertTrue(nearest.subtract(ln2).abs().compareTo(new BigDecimal("1e-32")) < 0, "LN2 + LN2_REST");
    assertTrue(split.subtract(ln2).abs().compareTo(new BigDecimal("1e-25")) < 0, "LN2_HIGH + LN2_LOW");
    // e x LN2_HIGH is exact for every exponent of a double: LN2_HIGH has 21 zero bits at its end.
    assertEquals(0, Double.doubleToRawLongBits(PortableMath.LN2_HIGH) & 0x1fffff);
  }

  @Test
  void normalQuantileMatchesQuantilesComputedTo20Digits() {
    // {p, the quantile of the double p}: mpmath (50 digits), solving Phi(z) = p.
    double[][] known = {
        {1e-300, -37.047096299361199237}, {1e-100, -21.273453560965324294}, {1e-20, -9.2623400897984075796},
        {0x1.0p-53, -8.2095361516013868556}, {1e-10, -6.3613409024040561991}, {1e-05, -4.2648907939228246102},
        {0.001, -3.0902323061678135354}, {0.02, -2.0537489106318230443}, {0.0749, -1.4402382675279636631},
        {0.075, -1.4395314709384559349}, {0.1, -1.2815515655446004353}, {0.25, -0.6744897501960817432},
        {0.4, -0.25334710313579974132}, {0.499999999, -2.5066283428845326712e-9}, {0.5, 0.0},
        {0.6, 0.25334710313579974132}, {0.9, 1.2815515655446005935}, {0.925, 1.4395314709384562291},
        {0.975, 1.9599639845400538556}, {0.999, 3.0902323061678132778}, {1 - 0x1.0p-53, 8.2095361516013868556}};
    for (double[] pair : known) {
      double z = PortableMath.normalQuantile(pair[0]);
      assertEquals(pair[1], z, 1e-15 * Math.abs(pair[1]), "quantile of " + pair[0]);
    }
  }

  @Test
  void uniformNumbersAreOddMultiplesOfTwoToTheMinus53() {
    assertEquals(0x1.0p-53, PortableMath.uniform(0));
    assertEquals(1 - 0x1.0p-53, PortableMath.uniform(-1));
    assertEquals(0.5 + 0x1.0p-53, PortableMath.uniform(Long.MIN_VALUE));
    RandomGenerator random = RandomStreams.stream(3, 0, "test/portable-uniform");
    for (int i = 0; i < 1000; i++) {
      double u = PortableMath.uniform(random.nextLong());
      assertEquals(1, (long) (u * 0x1.0p53) % 2, "odd multiple: " + u);
      assertEquals(u, 1 - (1 - u), "1 - u is exact");
    }
  }

  /**
   * Drawn from uniform numbers, the lognormal factor with mu = -sigma^2/2 has mean 1 and variance
   * e^(sigma^2) - 1, and the normal quantiles have mean 0, variance 1, and the normal's tail shares.
   */
  @Test
  void drawsHaveTheNormalsAndLognormalsMoments() {
    RandomGenerator random = RandomStreams.stream(4, 0, "test/portable-moments");
    double sigma = 0.3;
    double mu = -sigma * sigma / 2;
    int n = 1_000_000;
    double sum = 0;
    double sumSquares = 0;
    double factors = 0;
    double factorSquares = 0;
    int beyond = 0;
    for (int i = 0; i < n; i++) {
      double u = PortableMath.uniform(random.nextLong());
      double z = PortableMath.normalQuantile(u);
      sum += z;
      sumSquares += z * z;
      beyond += Math.abs(z) > 1.959963984540054 ? 1 : 0;
      double factor = PortableMath.lognormalQuantile(u, mu, sigma);
      factors += factor;
      factorSquares += factor * factor;
    }
    assertEquals(0, sum / n, 4 / Math.sqrt(n));
    assertEquals(1, sumSquares / n, 4 * Math.sqrt(2.0 / n));
    assertEquals(0.05, beyond / (double) n, 4 * Math.sqrt(0.05 * 0.95 / n));
    double variance = Math.expm1(sigma * sigma);
    assertEquals(1, factors / n, 4 * Math.sqrt(variance / n));
    assertEquals(variance, factorSquares / n - Math.pow(factors / n, 2), 0.01);
  }

  @Test
  void vectorLanesGiveTheScalarBits() {
    assertEquals(0, LaneWidthProbe.noiseMismatches(40_000), "lognormal factors whose vector bits differ from the scalar");
  }

  private static long ulps(double actual, double expected, String what) {
    if (actual == expected) {
      return 0;
    }
    assertTrue(Math.signum(actual) == Math.signum(expected), what + ": sign");
    return Math.abs(Double.doubleToRawLongBits(actual) - Double.doubleToRawLongBits(expected));
  }
}
