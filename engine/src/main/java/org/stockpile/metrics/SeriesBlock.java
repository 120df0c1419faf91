package org.stockpile.metrics;

import java.util.Arrays;

/**
 * One worker's buffer of daily series for a block of replicates: each value is stored as its
 * {@link QuantileCodec} bucket (two bytes), and the exact minimum and maximum of every series-day
 * are kept on the side. {@link TimeSeriesHistograms} then only has to count buckets.
 *
 * <p>Positions are day-major ({@code day x series + series index}): the kernel writes every
 * series of a day next to each other, which keeps its writes in a few cache lines.
 */
public final class SeriesBlock {
  private final int stride;
  private final short[] codes;
  private final double[] min;
  private final double[] max;

  /**
   * @param values     values per replicate (days x series)
   * @param replicates replicates the block holds
   */
  public SeriesBlock(int values, int replicates) {
    this.stride = values;
    this.codes = new short[Math.multiplyExact(values, replicates)];
    this.min = new double[values];
    this.max = new double[values];
    Arrays.fill(min, Double.POSITIVE_INFINITY);
    Arrays.fill(max, Double.NEGATIVE_INFINITY);
  }

  /** Records {@code value} at position {@code index} (day x series + series) of row {@code row}. */
  public void put(int row, int index, double value) {
    codes[row * stride + index] = (short) QuantileCodec.encode(value);
    // Plain comparisons: values are never NaN.
    if (value < min[index]) {
      min[index] = value;
    }
    if (value > max[index]) {
      max[index] = value;
    }
  }

  int stride() {
    return stride;
  }

  short[] codes() {
    return codes;
  }

  double[] min() {
    return min;
  }

  double[] max() {
    return max;
  }
}
