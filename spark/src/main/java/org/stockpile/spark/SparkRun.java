package org.stockpile.spark;

import java.util.Collection;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.stockpile.check.ScenarioException;
import org.stockpile.sim.BlockExecutor;
import org.stockpile.sim.CompiledScenario;
import org.stockpile.sim.MonteCarlo;
import org.stockpile.sim.ReplicateRange;
import org.stockpile.sim.RunBlock;
import org.stockpile.sim.RunOptions;
import org.stockpile.sim.RunResult;

/**
 * One big run on Spark: a {@link BlockExecutor} whose blocks of replicates are tasks
 * ({@link BlockTask}), combined on the driver by {@link MonteCarlo}: metrics by replicate,
 * histogram counts summed, extremes compared, so the result is the bits of {@code stockpile run}
 * whatever the split.
 */
public final class SparkRun implements BlockExecutor {
  private final JavaSparkContext spark;
  private final int tasks;
  private final BlockTask task;

  SparkRun(JavaSparkContext spark, int tasks, BlockTask task) {
    this.spark = spark;
    this.tasks = tasks;
    this.task = task;
  }

  public static RunResult run(JavaSparkContext spark, RunPayload payload, int tasks) throws ScenarioException {
    return run(spark, payload, tasks, new BlockTask(payload));
  }

  static RunResult run(JavaSparkContext spark, RunPayload payload, int tasks, BlockTask task)
      throws ScenarioException {
    RunPayload.Loaded loaded = payload.load();
    return MonteCarlo.run(loaded.compiled(), loaded.options(), new SparkRun(spark, tasks, task));
  }

  /** At most {@code tasks} blocks covering {@code replicates}. */
  static List<ReplicateRange> blocks(int replicates, int tasks) {
    return BlockExecutor.split(replicates, tasks);
  }

  /**
   * The tasks' blocks. The executors run the payload's scenario and options, from which the
   * driver made {@code compiled} and {@code options} (the same bytes, read the same way).
   */
  @Override
  public Collection<RunBlock> run(CompiledScenario compiled, RunOptions options, List<ReplicateRange> blocks) {
    return spark.parallelize(blocks, blocks.size()).mapPartitions(task).collect();
  }

  @Override
  public List<ReplicateRange> blocks(int replicates) {
    return blocks(replicates, tasks);
  }
}
