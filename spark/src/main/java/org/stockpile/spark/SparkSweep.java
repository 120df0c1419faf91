package org.stockpile.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.stockpile.check.ScenarioException;
import org.stockpile.sweep.PointExecutor;
import org.stockpile.sweep.Sweep;
import org.stockpile.sweep.SweepPlan;
import org.stockpile.sweep.SweepResult;
import scala.Tuple2;

/**
 * A sweep on Spark: a {@link PointExecutor} that splits the points to run into partitions, each
 * partition a task running the engine's code ({@link PointTask}), and hands the collected outputs
 * back to {@link Sweep}, which puts them in design order before the indices are computed, so
 * neither the partitions nor the order in which tasks finish (nor retries) change a number.
 *
 * <p>The tasks run the payload's plan, which is the plan {@link #run(SweepPlan, double[][], List, int,
 * Sweep.PointListener)} is handed (both are read from the same spec bytes); a point that makes an
 * invalid scenario fails its task, so the driver checks every point first
 * ({@link Sweep#checkPoints}) and refuses the sweep before any task starts.
 */
public final class SparkSweep implements PointExecutor {
  private final JavaSparkContext spark;
  private final int partitions;
  private final PointTask task;

  SparkSweep(JavaSparkContext spark, int partitions, PointTask task) {
    this.spark = spark;
    this.partitions = partitions;
    this.task = task;
  }

  /** Runs the sweep of {@code payload} in {@code partitions} tasks. */
  public static SweepResult run(JavaSparkContext spark, SweepPayload payload, int partitions)
      throws ScenarioException {
    return run(spark, payload, partitions, new PointTask(payload));
  }

  static SweepResult run(JavaSparkContext spark, SweepPayload payload, int partitions, PointTask task)
      throws ScenarioException {
    SweepPlan plan = payload.load().plan();
    return Sweep.run(plan, new SparkSweep(spark, partitions, task), null, Sweep.PointListener.NONE);
  }

  @Override
  public void run(SweepPlan plan, double[][] points, List<Integer> toRun, int knownCount,
      Sweep.PointListener listener) {
    List<Tuple2<Integer, double[]>> collected = spark.parallelize(new ArrayList<>(toRun),
        Math.max(1, Math.min(partitions, toRun.size()))).mapPartitions(task).collect();
    double[][] outputs = new double[points.length][];
    for (Tuple2<Integer, double[]> point : collected) {
      if (outputs[point._1()] != null && !Arrays.equals(outputs[point._1()], point._2())) {
        throw new IllegalStateException("point " + point._1() + " came back twice with different numbers");
      }
      outputs[point._1()] = point._2();
    }
    int done = knownCount;
    for (int p : toRun) {
      if (outputs[p] == null) {
        throw new IllegalStateException("point " + p + " never came back from the cluster");
      }
      listener.pointDone(p, outputs[p], ++done);
    }
  }

  @Override
  public String toString() {
    return partitions + " Spark tasks";
  }
}
