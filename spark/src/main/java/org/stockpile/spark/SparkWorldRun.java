package org.stockpile.spark;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.stockpile.check.ScenarioException;
import org.stockpile.sim.BlockExecutor;
import org.stockpile.sim.ReplicateRange;
import org.stockpile.sim.WorldBlock;
import org.stockpile.sim.WorldMonteCarlo;
import org.stockpile.sim.WorldResult;

/**
 * One run of a scenario with several economies on Spark, as {@link SparkRun} for one economy:
 * blocks of replicates are tasks ({@link WorldBlockTask}), combined on the driver by
 * {@link WorldMonteCarlo#combine}, so the result is the bits of {@code stockpile run} whatever
 * the split.
 */
public final class SparkWorldRun {
  private SparkWorldRun() {
  }

  public static WorldResult run(JavaSparkContext spark, WorldRunPayload payload, int tasks) throws ScenarioException {
    return run(spark, payload, tasks, new WorldBlockTask(payload));
  }

  static WorldResult run(JavaSparkContext spark, WorldRunPayload payload, int tasks, WorldBlockTask task)
      throws ScenarioException {
    WorldRunPayload.Loaded loaded = payload.load();
    List<ReplicateRange> blocks = BlockExecutor.split(loaded.options().replicates(), tasks);
    List<WorldBlock> done = spark.parallelize(blocks, blocks.size()).mapPartitions(task).collect();
    return WorldMonteCarlo.combine(loaded.compiled(), loaded.options(), done);
  }
}
