package org.stockpile.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The median point (every parameter at u = 0.5), then each parameter alone through its values (as
 * in {@link GridDesign}) with the others at their median; a value equal to the median's is not
 * repeated.
 */
public record OneAtATimeDesign(int levels) implements Design {
  /** This design's name in results. */
  public static final String NAME = "ONE_AT_A_TIME";

  public OneAtATimeDesign {
    if (levels < 2) {
      throw new IllegalArgumentException("a oneAtATime design needs levels (at least 2), got " + levels);
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public double pointCount(List<Parameter> parameters) {
    double count = 1;
    for (Parameter parameter : parameters) {
      count += GridDesign.strata(parameter, levels).length;
    }
    return count;
  }

  @Override
  public double[][] unitPoints(List<Parameter> parameters, long seed) {
    int k = parameters.size();
    List<double[]> points = new ArrayList<>();
    double[] median = new double[k];
    Arrays.fill(median, 0.5);
    points.add(median);
    for (int i = 0; i < k; i++) {
      for (double u : GridDesign.strata(parameters.get(i), levels)) {
        if (parameters.get(i).at(u) != parameters.get(i).at(0.5)) {
          double[] point = median.clone();
          point[i] = u;
          points.add(point);
        }
      }
    }
    return points.toArray(double[][]::new);
  }
}
