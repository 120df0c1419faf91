package org.stockpile.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every combination of each parameter's values: a parameter given as levels takes each of them; a
 * distribution takes the midpoints of {@code levels} equal strata of [0, 1] (its quantiles there,
 * so an unbounded one stays finite). The last parameter varies fastest.
 */
public record GridDesign(int levels) implements Design {
  /** This design's name in results. */
  public static final String NAME = "GRID";

  public GridDesign {
    if (levels < 2) {
      throw new IllegalArgumentException("a grid design needs levels (at least 2), got " + levels);
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
      count *= strata(parameter, levels).length;
    }
    return count;
  }

  @Override
  public double[][] unitPoints(List<Parameter> parameters, long seed) {
    List<double[]> points = new ArrayList<>();
    points.add(new double[0]);
    for (Parameter parameter : parameters) {
      List<double[]> extended = new ArrayList<>();
      for (double[] point : points) {
        for (double u : strata(parameter, levels)) {
          double[] longer = Arrays.copyOf(point, point.length + 1);
          longer[point.length] = u;
          extended.add(longer);
        }
      }
      points = extended;
    }
    return points.toArray(double[][]::new);
  }

  /** The midpoints of a parameter's strata: one per level it has, else {@code levels}. */
  static double[] strata(Parameter parameter, int levels) {
    int count = parameter.levels().isEmpty() ? levels : parameter.levels().size();
    double[] u = new double[count];
    for (int j = 0; j < count; j++) {
      u[j] = (j + 0.5) / count;
    }
    return u;
  }
}
