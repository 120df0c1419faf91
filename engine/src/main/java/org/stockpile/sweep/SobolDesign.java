package org.stockpile.sweep;

import java.util.List;
import java.util.Optional;

/** Saltelli's design for Sobol indices (see {@link Sobol}): N x (parameters + 2) points. */
public record SobolDesign(int samples) implements Design {
  /** This design's name in results. */
  public static final String NAME = "SOBOL";

  public SobolDesign {
    if (samples < 2) {
      throw new IllegalArgumentException("a sobol design needs samples (at least 2), got " + samples);
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public double pointCount(List<Parameter> parameters) {
    return (double) samples * (parameters.size() + 2);
  }

  @Override
  public double[][] unitPoints(List<Parameter> parameters, long seed) {
    return Sobol.unitDesign(parameters.size(), samples);
  }

  @Override
  public Optional<Indices> indices(List<Parameter> parameters, double[][] unit, double[] values, long seed) {
    return Optional.of(Sobol.indices(parameters, values, samples, seed));
  }
}
