package org.stockpile.metrics;

/**
 * Maps a non-negative value to one of {@link #BUCKETS} histogram buckets and back, for streaming
 * percentiles whose counts can be summed in any order (so results do not depend on threads).
 *
 * <p>Buckets are log-spaced: 32 per power of two between 2^-8 (about 0.004) and 2^12 (4096), read
 * straight off the bits of the double, so a bucket spans 1/32 of its lower bound: any value
 * reported from a bucket (its midpoint, or an exact extreme it holds) is within 1/32 (3.1 %) of
 * every value in it, and its midpoint within 1/64 (1.6 %); zero is exact; values below 2^-8 are
 * reported as 2^-9 (error below 0.004); values of 4096 and above are reported as 4096. Callers scale values (days of cover, days of consumption, multiples of the
 * base price) so that the range fits.
 */
public final class QuantileCodec {
  private static final int SUB_BITS = 5;
  private static final int MIN_EXPONENT = -8;
  private static final int MAX_EXPONENT = 12;
  private static final int FIRST = 2;
  private static final long BASE = ((long) (1023 + MIN_EXPONENT)) << SUB_BITS;
  /** Number of buckets: zero, underflow, the log-spaced ones, overflow. */
  public static final int BUCKETS = FIRST + (MAX_EXPONENT - MIN_EXPONENT) * (1 << SUB_BITS) + 1;
  private static final double MIN = Math.scalb(1.0, MIN_EXPONENT);
  private static final double MAX = Math.scalb(1.0, MAX_EXPONENT);

  private QuantileCodec() {
  }

  /** The bucket of {@code value} (negative values count as zero). */
  public static int encode(double value) {
    if (!(value > 0)) {
      return 0;
    }
    if (value < MIN) {
      return 1;
    }
    if (value >= MAX) {
      return BUCKETS - 1;
    }
    long index = (Double.doubleToRawLongBits(value) >>> (52 - SUB_BITS)) - BASE;
    return FIRST + (int) index;
  }

  /** The value reported for {@code bucket}. */
  public static double decode(int bucket) {
    if (bucket == 0) {
      return 0;
    }
    if (bucket == 1) {
      return MIN / 2;
    }
    if (bucket >= BUCKETS - 1) {
      return MAX;
    }
    long bits = ((bucket - FIRST) + BASE) << (52 - SUB_BITS);
    double low = Double.longBitsToDouble(bits);
    double high = Double.longBitsToDouble(bits + (1L << (52 - SUB_BITS)));
    return (low + high) / 2;
  }
}
