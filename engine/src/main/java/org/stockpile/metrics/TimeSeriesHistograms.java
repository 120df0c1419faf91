package org.stockpile.metrics;

/**
 * Per-day histograms ({@link QuantileCodec} buckets) of a set of series, with the exact minimum
 * and maximum of each day, filled from blocks of replicates. Counts are summed and extremes
 * compared, so the result does not depend on which thread added what or in which order. A
 * percentile in the bucket of the day's minimum (maximum) is reported as that exact extreme, so
 * the common case of many replicates at the same extreme (a price at its base, a tier at its
 * target) is exact; elsewhere it is the bucket's midpoint within the day's range.
 * Threads lock ranges of days while adding.
 */
public final class TimeSeriesHistograms {
  private final int days;
  private final int[][] counts;
  private final double[][] min;
  private final double[][] max;
  /** Threads adding blocks lock ranges of days, so two workers rarely wait for each other. */
  private static final int CHUNK_DAYS = 64;
  private final Object[] locks;

  public TimeSeriesHistograms(int series, int days) {
    this.days = days;
    this.counts = new int[series][];
    this.min = new double[series][];
    this.max = new double[series][];
    this.locks = new Object[(days + CHUNK_DAYS - 1) / CHUNK_DAYS];
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new Object();
    }
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

  /** Counts the buckets of the first {@code replicates} rows of {@code block}. */
  public void add(SeriesBlock block, int replicates) {
    short[] codes = block.codes();
    int stride = block.stride();
    int series = counts.length;
    inLockedChunks((from, to) -> {
      for (int t = from; t < to; t++) {
        int row = t * QuantileCodec.BUCKETS;
        for (int s = 0; s < series; s++) {
          int[] histogram = counts[s];
          for (int r = 0, i = t * series + s; r < replicates; r++, i += stride) {
            histogram[row + codes[i]]++;
          }
        }
      }
    });
  }

  /** Takes in the extremes a block has seen (in any order: minima and maxima do not depend on it). */
  public void addExtremes(SeriesBlock block) {
    double[] low = block.min();
    double[] high = block.max();
    int series = counts.length;
    inLockedChunks((from, to) -> {
      for (int t = from; t < to; t++) {
        for (int s = 0; s < series; s++) {
          int i = t * series + s;
          min[s][t] = Math.min(min[s][t], low[i]);
          max[s][t] = Math.max(max[s][t], high[i]);
        }
      }
    });
  }

  /** A range of days, {@code from} inclusive to {@code to} exclusive. */
  private interface DayRange {
    void accept(int from, int to);
  }

  /** Runs {@code work} on every chunk of days, each under its own lock. */
  private void inLockedChunks(DayRange work) {
    for (int chunk = 0; chunk < locks.length; chunk++) {
      int from = chunk * CHUNK_DAYS;
      synchronized (locks[chunk]) {
        work.accept(from, Math.min(days, from + CHUNK_DAYS));
      }
    }
  }

  /**
   * Nearest-rank percentiles {@code ps} (ascending) of series {@code s} on day {@code t}, into
   * {@code out}, in one pass over the day's histogram.
   */
  public void percentiles(int s, int t, double[] ps, double[] out) {
    int[] histogram = counts[s];
    int row = t * QuantileCodec.BUCKETS;
    long total = 0;
    for (int b = 0; b < QuantileCodec.BUCKETS; b++) {
      total += histogram[row + b];
    }
    if (total == 0) {
      java.util.Arrays.fill(out, Double.NaN);
      return;
    }
    long seen = 0;
    int next = 0;
    for (int b = 0; b < QuantileCodec.BUCKETS && next < ps.length; b++) {
      seen += histogram[row + b];
      while (next < ps.length && seen >= Math.max(1, (long) Math.ceil(ps[next] * total))) {
        out[next++] = valueOf(s, t, b);
      }
    }
    while (next < ps.length) {
      out[next++] = max[s][t];
    }
  }

  /** Nearest-rank percentile {@code p} of series {@code s} on day {@code t}, in the series' scaled units. */
  public double percentile(int s, int t, double p) {
    double[] out = new double[1];
    percentiles(s, t, new double[] {p}, out);
    return out[0];
  }

  /**
   * The value reported for bucket {@code bucket} on a day: the day's exact minimum (maximum) when
   * the bucket holds it, so that the common case of many replicates at the same extreme (a price
   * at its base, a tier at its target) is exact; else the bucket's midpoint within the day's range.
   */
  private double valueOf(int s, int t, int bucket) {
    double low = min[s][t];
    double high = max[s][t];
    if (QuantileCodec.encode(low) == bucket) {
      return low;
    }
    if (QuantileCodec.encode(high) == bucket) {
      return high;
    }
    return Math.max(low, Math.min(high, QuantileCodec.decode(bucket)));
  }

  /**
   * The counts and extremes, compactly: per series and day, only the buckets that count
   * something (a block of replicates fills few of a day's buckets), deflated. How a block of
   * replicates run elsewhere (a Spark task) sends its share; see {@link #add(byte[])}.
   */
  public byte[] toBytes() {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(
        new java.util.zip.DeflaterOutputStream(bytes), 1 << 16))) {
      out.writeInt(counts.length);
      out.writeInt(days);
      for (int s = 0; s < counts.length; s++) {
        int[] histogram = counts[s];
        for (int t = 0; t < days; t++) {
          int row = t * QuantileCodec.BUCKETS;
          int used = 0;
          for (int b = 0; b < QuantileCodec.BUCKETS; b++) {
            used += histogram[row + b] != 0 ? 1 : 0;
          }
          out.writeShort(used);
          for (int b = 0; b < QuantileCodec.BUCKETS; b++) {
            if (histogram[row + b] != 0) {
              out.writeShort(b);
              out.writeInt(histogram[row + b]);
            }
          }
          out.writeDouble(min[s][t]);
          out.writeDouble(max[s][t]);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Adds the counts and takes in the extremes of histograms sent by {@link #toBytes()} (of the
   * same series and days): sums and extremes, so the order of the parts does not matter.
   */
  public void add(byte[] part) {
    try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(
        new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(part)), 1 << 16))) {
      if (in.readInt() != counts.length || in.readInt() != days) {
        throw new IllegalArgumentException("histograms of other series or days");
      }
      for (int s = 0; s < counts.length; s++) {
        int[] histogram = counts[s];
        for (int t = 0; t < days; t++) {
          int row = t * QuantileCodec.BUCKETS;
          for (int used = in.readUnsignedShort(); used > 0; used--) {
            int bucket = in.readUnsignedShort();
            histogram[row + bucket] += in.readInt();
          }
          min[s][t] = Math.min(min[s][t], in.readDouble());
          max[s][t] = Math.max(max[s][t], in.readDouble());
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
