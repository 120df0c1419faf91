package org.stockpile.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.stockpile.check.ScenarioException;
import org.stockpile.sweep.PointRunner;
import org.stockpile.sweep.Sweep;
import org.stockpile.sweep.SweepPlan;
import scala.Tuple2;

/**
 * A Spark task: runs the sweep points of one partition with the engine's {@link PointRunner} and
 * returns each point's outputs with its index. A pure function of the payload and the indices,
 * so a retried task returns the same numbers.
 */
public class PointTask implements FlatMapFunction<Iterator<Integer>, Tuple2<Integer, double[]>> {
  private final SweepPayload payload;

  public PointTask(SweepPayload payload) {
    this.payload = payload;
  }

  @Override
  public Iterator<Tuple2<Integer, double[]>> call(Iterator<Integer> indices) throws ScenarioException {
    SweepPlan spec = payload.load().plan();
    double[][] points = Sweep.points(spec);
    PointRunner runner = new PointRunner(spec, 1);
    List<Tuple2<Integer, double[]>> outputs = new ArrayList<>();
    while (indices.hasNext()) {
      int point = indices.next();
      outputs.add(new Tuple2<>(point, runner.outputs(points[point])));
    }
    return outputs.iterator();
  }
}
