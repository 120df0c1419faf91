package org.stockpile.sweep;

import java.util.Optional;

/**
 * A design run over a model: the points (parameter values, in design order), the model's value at
 * each, and the design's indices when it has some (Sobol or Morris).
 */
public record Analysis(double[][] points, double[] values, Optional<Indices> indices) {

  /** The Sobol indices (a Sobol design), or an exception naming the design's kind. */
  public SobolIndices sobol() {
    return indices.filter(SobolIndices.class::isInstance).map(SobolIndices.class::cast)
        .orElseThrow(() -> new IllegalStateException("not a Sobol analysis"));
  }

  /** The Morris effects (a Morris design), or an exception naming the design's kind. */
  public MorrisEffects morris() {
    return indices.filter(MorrisEffects.class::isInstance).map(MorrisEffects.class::cast)
        .orElseThrow(() -> new IllegalStateException("not a Morris analysis"));
  }
}
