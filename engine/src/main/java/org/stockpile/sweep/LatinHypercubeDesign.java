package org.stockpile.sweep;

import java.util.List;

/** A Latin hypercube sample (see {@link LatinHypercube}) of {@code samples} points. */
public record LatinHypercubeDesign(int samples) implements Design {
  /** This design's name in results. */
  public static final String NAME = "LATIN_HYPERCUBE";

  public LatinHypercubeDesign {
    if (samples < 1) {
      throw new IllegalArgumentException("a latinHypercube design needs samples (at least 1), got " + samples);
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public double pointCount(List<Parameter> parameters) {
    return samples;
  }

  @Override
  public double[][] unitPoints(List<Parameter> parameters, long seed) {
    return LatinHypercube.unitSample(parameters.size(), samples, seed);
  }
}
