package org.stockpile.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.stockpile.check.ScenarioException;
import org.stockpile.sim.MonteCarlo;
import org.stockpile.sim.RunBlock;
import org.stockpile.sim.RunResult;

/**
 * One big run on Spark: the replicates split into blocks, one task each ({@link BlockTask}), and
 * the blocks combined on the driver: metrics by replicate, histogram counts summed, extremes
 * compared, so the result is the bits of {@code stockpile run} whatever the split.
 */
public final class SparkRun {
  /** Replicates per block are a multiple of this (the kernel's lanes divide it). */
  private static final int GRAIN = 64;

  private SparkRun() {
  }

  public static RunResult run(JavaSparkContext spark, RunPayload payload, int tasks) throws ScenarioException {
    return run(spark, payload, tasks, new BlockTask(payload));
  }

  static RunResult run(JavaSparkContext spark, RunPayload payload, int tasks, BlockTask task)
      throws ScenarioException {
    RunPayload.Loaded loaded = payload.load();
    List<int[]> blocks = blocks(loaded.options().replicates(), tasks);
    List<RunBlock> done = spark.parallelize(blocks, blocks.size()).mapPartitions(task).collect();
    return MonteCarlo.combine(loaded.compiled(), loaded.options(), done);
  }

  /** {first, count} of at most {@code tasks} blocks covering {@code replicates}. */
  static List<int[]> blocks(int replicates, int tasks) {
    int size = Math.max(GRAIN, (replicates + tasks - 1) / tasks);
    size = (size + GRAIN - 1) / GRAIN * GRAIN;
    List<int[]> blocks = new ArrayList<>();
    for (int first = 0; first < replicates; first += size) {
      blocks.add(new int[] {first, Math.min(size, replicates - first)});
    }
    return blocks;
  }
}
