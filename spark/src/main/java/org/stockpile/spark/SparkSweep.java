package org.stockpile.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.stockpile.check.ScenarioException;
import org.stockpile.sweep.SweepPlan;
import org.stockpile.sweep.Sweep;
import org.stockpile.sweep.SweepResult;
import scala.Tuple2;

/**
 * A sweep on Spark: the design's points split into partitions, each partition a task running the
 * engine's code ({@link PointTask}), the outputs collected and put back in design order before
 * the indices are computed, so neither the partitions nor the order in which tasks finish (nor
 * retries) change a number.
 */
public final class SparkSweep {
  private SparkSweep() {
  }

  /** Runs the sweep of {@code payload} in {@code partitions} tasks. */
  public static SweepResult run(JavaSparkContext spark, SweepPayload payload, int partitions)
      throws ScenarioException {
    return run(spark, payload, partitions, new PointTask(payload));
  }

  static SweepResult run(JavaSparkContext spark, SweepPayload payload, int partitions, PointTask task)
      throws ScenarioException {
    SweepPlan spec = payload.load().plan();
    int count = Sweep.points(spec).length;
    List<Integer> indices = IntStream.range(0, count).boxed().toList();
    List<Tuple2<Integer, double[]>> collected = spark.parallelize(new ArrayList<>(indices),
        Math.max(1, Math.min(partitions, count))).mapPartitions(task).collect();
    double[][] outputs = new double[count][];
    for (Tuple2<Integer, double[]> point : collected) {
      if (outputs[point._1()] != null && !Arrays.equals(outputs[point._1()], point._2())) {
        throw new IllegalStateException("point " + point._1() + " came back twice with different numbers");
      }
      outputs[point._1()] = point._2();
    }
    for (int p = 0; p < count; p++) {
      if (outputs[p] == null) {
        throw new IllegalStateException("point " + p + " never came back from the cluster");
      }
    }
    return Sweep.assemble(spec, outputs);
  }
}
