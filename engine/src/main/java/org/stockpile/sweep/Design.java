package org.stockpile.sweep;

import java.util.List;
import java.util.Optional;

/**
 * How a sensitivity analysis picks its points: each design gives its points in [0, 1] per
 * parameter (mapped onto the parameters with {@link Parameter#at}) and, for Sobol and Morris
 * designs, the indices computed from a model's values at those points.
 */
public sealed interface Design
    permits SobolDesign, MorrisDesign, LatinHypercubeDesign, GridDesign, OneAtATimeDesign {

  /** Saltelli's design for Sobol first-order and total indices, on {@code samples} base samples N. */
  static Design sobol(int samples) {
    return new SobolDesign(samples);
  }

  /** Morris trajectories on a grid of {@code levels} (even) levels per parameter. */
  static Design morris(int trajectories, int levels) {
    return new MorrisDesign(trajectories, levels);
  }

  /** {@code samples} points, one in each of {@code samples} equal strata of every parameter. */
  static Design latinHypercube(int samples) {
    return new LatinHypercubeDesign(samples);
  }

  /** Every combination of {@code levels} values per parameter (or of its own levels). */
  static Design grid(int levels) {
    return new GridDesign(levels);
  }

  /** Each parameter alone through {@code levels} values (or its own levels), the others at their median. */
  static Design oneAtATime(int levels) {
    return new OneAtATimeDesign(levels);
  }

  /**
   * The design's name in results ({@code design} in a sweep's manifest.json): {@code SOBOL},
   * {@code MORRIS}, {@code LATIN_HYPERCUBE}, {@code GRID} or {@code ONE_AT_A_TIME}.
   */
  String name();

  /**
   * How many points {@link #unitPoints} gives for {@code parameters} (at most that many for a
   * one-at-a-time design), computed without making them: a double, so a design too large to make
   * can still be counted and refused.
   */
  double pointCount(List<Parameter> parameters);

  /** The points in [0, 1] per parameter, in the order the model runs them; {@code seed} fixes random choices. */
  double[][] unitPoints(List<Parameter> parameters, long seed);

  /** The indices from the model's {@code values} at {@link #unitPoints}, for designs that have some. */
  default Optional<Indices> indices(List<Parameter> parameters, double[][] unit, double[] values, long seed) {
    return Optional.empty();
  }

  /** The design's points mapped onto the parameters. */
  default double[][] points(List<Parameter> parameters, long seed) {
    return Designs.map(parameters, unitPoints(parameters, seed));
  }
}
