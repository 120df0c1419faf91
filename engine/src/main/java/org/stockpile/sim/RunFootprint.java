package org.stockpile.sim;

import org.stockpile.metrics.MetricLayout;
import org.stockpile.metrics.QuantileCodec;

/**
 * What a run will take, estimated from the compiled scenario and the options before any of it is
 * allocated: the memory of its results (every replicate's metrics, the daily percentile
 * histograms, the cover days recorded), of its workers (each thread's block of daily series and
 * its lanes' shock timelines) and the work (material-days, random shock events). Commands refuse
 * a run whose memory exceeds the heap, and say how long a long one may take, before they start.
 *
 * @param resultBytes   replicates' metrics and recorded cover days
 * @param seriesBytes   the daily percentile histograms (0 without daily series)
 * @param workerBytes   every worker's series block and shock timelines
 * @param materialDays  replicates x days x materials
 * @param events        expected random shock events, over all replicates
 */
public record RunFootprint(long resultBytes, long seriesBytes, long workerBytes, double materialDays, double events) {
  /** Bytes a shock instance takes in a lane's timeline (drawn and sorted copies of five fields). */
  private static final long BYTES_PER_EVENT = 2 * (8 + 4 + 4 + 8 + 4);

  /** The footprint of running {@code compiled} with {@code options}. */
  public static RunFootprint of(CompiledScenario compiled, RunOptions options) {
    int materials = compiled.materialCount;
    int[] tierCounts = new int[materials];
    long series = 0;
    for (int m = 0; m < materials; m++) {
      tierCounts[m] = compiled.tierCount(m);
      series += Kernel.seriesPerMaterial(compiled, m);
    }
    long replicates = options.replicates();
    long horizon = compiled.horizon;
    long results = replicates * new MetricLayout(tierCounts).width() * Double.BYTES
        + replicates * options.coverDays().length * materials * Double.BYTES;
    long histograms = options.timeSeries() ? series * horizon * QuantileCodec.BUCKETS * Integer.BYTES : 0;
    double perReplicateEvents = 0;
    for (ProcessSpec process : compiled.processes) {
      perReplicateEvents += process.ratePerDay() * horizon * process.groups().length;
    }
    long threads = Math.max(1, Math.min(options.threads(), (replicates + MonteCarlo.BLOCK - 1) / MonteCarlo.BLOCK));
    // A lane's timeline holds one replicate's events: room for six standard deviations above the mean.
    double busiest = perReplicateEvents + 6 * Math.sqrt(perReplicateEvents) + 16 + compiled.scheduledEffects.length;
    long timelines = (long) Math.min(Long.MAX_VALUE / 4, busiest * BYTES_PER_EVENT * Kernel.LANES);
    long block = options.timeSeries() ? series * horizon * MonteCarlo.BLOCK * Short.BYTES + 2 * series * horizon
        * Double.BYTES : 0;
    long workers = saturated(threads, block + timelines);
    return new RunFootprint(results, histograms, workers, (double) replicates * horizon * materials,
        perReplicateEvents * replicates);
  }

  /** The footprint of running {@code world} with {@code options}: its economies' together. */
  public static RunFootprint of(CompiledWorld world, RunOptions options) {
    RunFootprint sum = new RunFootprint(0, 0, 0, 0, 0);
    for (CompiledScenario economy : world.economies) {
      RunFootprint one = of(economy, options);
      sum = new RunFootprint(sum.resultBytes + one.resultBytes, sum.seriesBytes + one.seriesBytes,
          sum.workerBytes + one.workerBytes, sum.materialDays + one.materialDays,
          // Every economy sees the same events of a shared process: count them once.
          Math.max(sum.events, one.events));
    }
    return sum;
  }

  /** Every byte estimated. */
  public long bytes() {
    long sum = resultBytes + seriesBytes;
    return sum + workerBytes < sum ? Long.MAX_VALUE : sum + workerBytes;
  }

  private static long saturated(long a, long b) {
    return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
  }
}
