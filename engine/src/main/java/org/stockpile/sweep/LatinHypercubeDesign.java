package org.stockpile.sweep;

import java.util.List;

/** A Latin hypercube sample (see {@link LatinHypercube}) of {@code samples} points. */
public record LatinHypercubeDesign(int samples) implements Design {
  public LatinHypercubeDesign {
    if (samples < 1) {
      throw new IllegalArgumentException("a latinHypercube design needs samples (at least 1), got " + samples);
    }
  }

  @Override
  public DesignType type() {
    return DesignType.LATIN_HYPERCUBE;
  }

  @Override
  public double[][] unitPoints(List<Parameter> parameters, long seed) {
    return LatinHypercube.unitSample(parameters.size(), samples, seed);
  }
}
