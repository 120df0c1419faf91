package org.stockpile.sweep;

import java.util.List;

/**
 * Sensitivity analysis of any function of a parameter vector: runs a {@link Design} over a
 * {@link Response}, point after point, and computes the design's indices. Scenario sweeps
 * ({@link Sweep}) use the same designs and indices.
 */
public final class Sensitivity {
  private Sensitivity() {
  }

  /** Runs {@code model} at every point of {@code design}; {@code seed} fixes the design's random choices and bootstrap. */
  public static Analysis analyse(List<Parameter> parameters, Design design, Response model, long seed) throws Exception {
    double[][] unit = design.unitPoints(parameters, seed);
    double[][] points = Designs.map(parameters, unit);
    double[] values = new double[points.length];
    for (int p = 0; p < points.length; p++) {
      values[p] = model.value(points[p].clone());
    }
    return new Analysis(points, values, design.indices(parameters, unit, values, seed));
  }
}
