package org.stockpile.metrics;

/**
 * Per-day histograms ({@link QuantileCodec} buckets) of a set of series, with the exact minimum
 * and maximum of each day, filled from blocks of replicates. Counts are summed and extremes
 * compared, so the result does not depend on which thread added what or in which order. A
 * percentile is the bucket's value clamped to the day's exact range, so a series that is the
 * same in every replicate (a price at its base, a tier at its target) is reported exactly.
 * One array per series, so threads lock one series at a time.
 */
public final class TimeSeriesHistograms {
  private final int days;
  private final int[][] counts;
  private final double[][] min;
  private final double[][] max;

  public TimeSeriesHistograms(int series, int days) {
    this.days = days;
    this.counts = new int[series][];
    this.min = new double[series][];
    this.max = new double[series][];
    for (int s = 0; s < series; s++) {
      counts[s] = new int[days * QuantileCodec.BUCKETS];
      min[s] = new double[days];
      max[s] = new double[days];
      java.util.Arrays.fill(min[s], Double.POSITIVE_INFINITY);
      java.util.Arrays.fill(max[s], Double.NEGATIVE_INFINITY);
    }
  }

  public int series() {
    return counts.length;
  }

  public int days() {
    return days;
  }

  /**
   * Adds a block of replicates' values. Replicate {@code r} of the block stores series {@code s},
   * day {@code t} at {@code values[r * stride + s * days + t]}.
   */
  public void add(double[] values, int replicates, int stride) {
    for (int s = 0; s < counts.length; s++) {
      int[] histogram = counts[s];
      double[] low = min[s];
      double[] high = max[s];
      synchronized (histogram) {
        int seriesBase = s * days;
        for (int t = 0; t < days; t++) {
          int row = t * QuantileCodec.BUCKETS;
          int at = seriesBase + t;
          double dayMin = low[t];
          double dayMax = high[t];
          for (int r = 0, i = at; r < replicates; r++, i += stride) {
            double value = values[i];
            histogram[row + QuantileCodec.encode(value)]++;
            // Plain comparisons: values are never NaN, and Math.min's NaN handling costs here.
            if (value < dayMin) {
              dayMin = value;
            }
            if (value > dayMax) {
              dayMax = value;
            }
          }
          low[t] = dayMin;
          high[t] = dayMax;
        }
      }
    }
  }

  /** Nearest-rank percentile {@code p} of series {@code s} on day {@code t}, in the series' scaled units. */
  public double percentile(int s, int t, double p) {
    int[] histogram = counts[s];
    int row = t * QuantileCodec.BUCKETS;
    long total = 0;
    for (int b = 0; b < QuantileCodec.BUCKETS; b++) {
      total += histogram[row + b];
    }
    if (total == 0) {
      return Double.NaN;
    }
    long rank = Math.max(1, (long) Math.ceil(p * total));
    long seen = 0;
    for (int b = 0; b < QuantileCodec.BUCKETS; b++) {
      seen += histogram[row + b];
      if (seen >= rank) {
        return Math.max(min[s][t], Math.min(max[s][t], QuantileCodec.decode(b)));
      }
    }
    return max[s][t];
  }
}
