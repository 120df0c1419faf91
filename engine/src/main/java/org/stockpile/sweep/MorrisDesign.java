package org.stockpile.sweep;

import java.util.List;
import java.util.Optional;

/** Morris trajectories (see {@link Morris}): trajectories x (parameters + 1) points. */
public record MorrisDesign(int trajectories, int levels) implements Design {
  /** This design's name in results. */
  public static final String NAME = "MORRIS";

  public MorrisDesign {
    if (trajectories < 2 || levels < 2 || levels % 2 != 0) {
      throw new IllegalArgumentException("a morris design needs trajectories (at least 2) and levels (even, at "
          + "least 2), got " + trajectories + " and " + levels);
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public double pointCount(List<Parameter> parameters) {
    return (double) trajectories * (parameters.size() + 1);
  }

  @Override
  public double[][] unitPoints(List<Parameter> parameters, long seed) {
    return Morris.unitDesign(parameters.size(), trajectories, levels, seed);
  }

  @Override
  public Optional<Indices> indices(List<Parameter> parameters, double[][] unit, double[] values, long seed) {
    return Optional.of(Morris.effects(parameters.stream().map(Parameter::name).toList(), unit, values, trajectories));
  }
}
