package org.stockpile.sim;

/**
 * The exponential, the logarithm and the standard normal quantile as the kernel computes them:
 * from additions, subtractions, multiplications, divisions, fused multiply-adds, square roots
 * and exact conversions only, every one of which Java defines to the bit. They give the same
 * bits on every JVM and processor (where {@link Math#exp} may not), and {@link NoiseLanes}
 * computes the same operations in the same order on vectors of lanes, so a replicate's numbers
 * do not depend on the vector width either.
 *
 * <p>Accuracy, checked against {@link StrictMath} and known quantiles by {@code PortableMathTest}:
 * {@link #exp} within 2 ulp of {@code StrictMath.exp} on {@code [-708, 709.78]} (1 ulp but near
 * -708), {@link #log} within 1 ulp of {@code StrictMath.log} for positive normal numbers, {@link #normalQuantile} (Wichura's algorithm AS 241, accurate to about 1 part
 * in 10^16) within 1e-15 relative on {@code (0, 1)}.
 */
public final class PortableMath {
  /** 1.5 x 2^52: adding it to a number of magnitude below 2^51 rounds it to an integer. */
  static final double SHIFTER = 0x1.8p52;
  static final long SHIFTER_BITS = Double.doubleToRawLongBits(SHIFTER);
  static final double INVERSE_LN2 = 0x1.71547652b82fep0;
  /** ln 2 as the nearest double, and what it misses. */
  static final double LN2 = 0x1.62e42fefa39efp-1;
  static final double LN2_REST = 0x1.abc9e3b39803fp-56;
  /** ln 2 with its last 32 bits cleared (so {@code e x LN2_HIGH} is exact), and the rest. */
  static final double LN2_HIGH = 0x1.62e42feep-1;
  static final double LN2_LOW = 0x1.a39ef35793c76p-33;
  static final double SQRT2 = 0x1.6a09e667f3bcdp0;
  /** Below it, {@link #exp} returns 0 (the exact result is below 2^-1021); above 710, it overflows. */
  static final double EXP_LOWEST = -708;
  static final double EXP_CLAMP_LOW = -709;
  static final double EXP_CLAMP_HIGH = 710;

  /** 1/k! for k = 0..13: e^r's Taylor series, enough for |r| <= ln(2)/2 to half an ulp. */
  static final double[] EXP_TERMS = new double[14];
  /** 2/(2k+1) for k = 1..10: log(1+f) = 2s + s^3 (2/3 + s^2 (2/5 + ...)), s = f/(2+f), |s| < 0.172. */
  static final double[] LOG_TERMS = new double[10];

  static {
    double factorial = 1;
    for (int k = 0; k < EXP_TERMS.length; k++) {
      factorial *= Math.max(k, 1);
      EXP_TERMS[k] = 1 / factorial;
    }
    for (int k = 1; k <= LOG_TERMS.length; k++) {
      LOG_TERMS[k - 1] = 2.0 / (2 * k + 1);
    }
  }

  // AS 241 (Wichura, Applied Statistics 37(3), 1988, 477-484): numerator and denominator
  // coefficients, lowest degree first, of |p - 0.5| <= 0.425 (A, B), then of the tails with
  // r = sqrt(-log(min(p, 1 - p))) <= 5 (C, D) and beyond (E, F). The denominators' constant is 1.
  static final double[] A = {3.3871328727963666080e0, 1.3314166789178437745e2, 1.9715909503065514427e3,
      1.3731693765509461125e4, 4.5921953931549871457e4, 6.7265770927008700853e4, 3.3430575583588128105e4,
      2.5090809287301226727e3};
  static final double[] B = {1, 4.2313330701600911252e1, 6.8718700749205790830e2, 5.3941960214247511077e3,
      2.1213794301586595867e4, 3.9307895800092710610e4, 2.8729085735721942674e4, 5.2264952788528545610e3};
  static final double[] C = {1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
      3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1, 2.27238449892691845833e-2,
      7.74545014278341407640e-4};
  static final double[] D = {1, 2.05319162663775882187e0, 1.67638483018380384940e0, 6.89767334985100004550e-1,
      1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4, 1.05075007164441684324e-9};
  static final double[] E = {6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
      2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3, 2.71155556874348757815e-5,
      2.01033439929228813265e-7};
  static final double[] F = {1, 5.99832206555887937690e-1, 1.36929880922735805310e-1, 1.48753612908506148525e-2,
      7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7, 2.04426310338993978564e-15};
  static final double CENTRAL = 0.425;
  static final double CENTRAL_SQUARE = 0.180625;
  static final double NEAR_TAIL = 5;
  static final double NEAR_SHIFT = 1.6;

  private PortableMath() {
  }

  /**
   * A uniform number in (0, 1) from 64 random bits: the odd multiples of 2^-53, each as likely,
   * so that {@code 1 - u} is one too and neither 0 nor 1 is ever drawn.
   */
  public static double uniform(long bits) {
    return (double) ((bits >>> 11) | 1L) * 0x1.0p-53;
  }

  /** e^x, within 2 ulp of StrictMath's on [-708, 709.78]; 0 below -708, infinity above 709.78, NaN for NaN. */
  public static double exp(double x) {
    double clamped = x > EXP_CLAMP_HIGH ? EXP_CLAMP_HIGH : x < EXP_CLAMP_LOW ? EXP_CLAMP_LOW : x;
    // x = k ln 2 + r with k an integer and |r| <= ln(2)/2 (plus rounding).
    double shifted = Math.fma(clamped, INVERSE_LN2, SHIFTER);
    double k = shifted - SHIFTER;
    double r = Math.fma(-k, LN2, clamped);
    r = Math.fma(-k, LN2_REST, r);
    double sum = EXP_TERMS[13];
    for (int i = 12; i >= 0; i--) {
      sum = Math.fma(sum, r, EXP_TERMS[i]);
    }
    // 2^(k-1) from k's bits in the shifted sum, times 2: no overflow before the last step.
    double half = Double.longBitsToDouble((Double.doubleToRawLongBits(shifted) - (SHIFTER_BITS - 1022)) << 52);
    double result = sum * half * 2;
    return x < EXP_LOWEST ? 0 : result;
  }

  /** The natural logarithm of a positive normal number, within 1 ulp of StrictMath's (other inputs: unspecified). */
  public static double log(double x) {
    long bits = Double.doubleToRawLongBits(x);
    // x = 2^e m with m in [sqrt(2)/2, sqrt(2)).
    double e = Double.longBitsToDouble((bits >>> 52) + (SHIFTER_BITS - 1023)) - SHIFTER;
    double m = Double.longBitsToDouble((bits & 0x000f_ffff_ffff_ffffL) | 0x3ff0_0000_0000_0000L);
    boolean high = m > SQRT2;
    m = high ? m * 0.5 : m;
    e = high ? e + 1 : e;
    double f = m - 1;
    double s = f / (2 + f);
    double z = s * s;
    double series = LOG_TERMS[9];
    for (int i = 8; i >= 0; i--) {
      series = Math.fma(series, z, LOG_TERMS[i]);
    }
    double rest = z * series;
    double halfSquare = 0.5 * f * f;
    return e * LN2_HIGH - ((halfSquare - (s * (halfSquare + rest) + e * LN2_LOW)) - f);
  }

  /** The standard normal quantile of {@code p} in (0, 1): the z with {@code P(Z <= z) = p} (AS 241). */
  public static double normalQuantile(double p) {
    double q = p - 0.5;
    double numerator;
    double denominator;
    if (Math.abs(q) <= CENTRAL) {
      double r = CENTRAL_SQUARE - q * q;
      numerator = q * polynomial(A, r);
      denominator = polynomial(B, r);
    } else {
      double r = Math.sqrt(-log(q < 0 ? p : 1 - p));
      if (r <= NEAR_TAIL) {
        numerator = polynomial(C, r - NEAR_SHIFT);
        denominator = polynomial(D, r - NEAR_SHIFT);
      } else {
        numerator = polynomial(E, r - NEAR_TAIL);
        denominator = polynomial(F, r - NEAR_TAIL);
      }
      numerator = q < 0 ? -numerator : numerator;
    }
    return numerator / denominator;
  }

  /** e^(mu + sigma z), z the standard normal quantile of {@code u} in (0, 1): a lognormal draw. */
  public static double lognormalQuantile(double u, double mu, double sigma) {
    return exp(Math.fma(sigma, normalQuantile(u), mu));
  }

  /** Horner's rule with fused multiply-adds, highest degree first. */
  private static double polynomial(double[] coefficients, double x) {
    double sum = coefficients[coefficients.length - 1];
    for (int i = coefficients.length - 2; i >= 0; i--) {
      sum = Math.fma(sum, x, coefficients[i]);
    }
    return sum;
  }
}
