package org.stockpile.sweep;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.stockpile.model.Distribution;
import org.stockpile.sim.Quantiles;

/**
 * An input of a sensitivity analysis: a distribution of values (uniform, triangular, normal,
 * lognormal... as in scenario files) or a list of discrete levels, equally likely. Designs work
 * in [0, 1] per parameter and map a point {@code u} onto the parameter with {@link #at}: the
 * quantile of the distribution (exactly linear for a uniform one), or the level whose share of
 * [0, 1] holds {@code u}.
 *
 * @param name         what it is (a path into a scenario, for sweeps of scenarios)
 * @param distribution its distribution, or null for levels
 * @param levels       its discrete levels, or empty for a distribution
 */
public record Parameter(String name, Distribution distribution, List<Double> levels) {
  public Parameter {
    Objects.requireNonNull(name, "name");
    levels = levels == null ? List.of() : List.copyOf(levels);
    if ((distribution == null) == levels.isEmpty()) {
      throw new IllegalArgumentException(name + ": give either a distribution or levels");
    }
    if (distribution instanceof Distribution.Uniform uniform
        && (!Double.isFinite(uniform.min()) || !Double.isFinite(uniform.max()) || uniform.min() > uniform.max())) {
      throw new IllegalArgumentException(name + ": the range must be finite with min <= max, got " + uniform.min()
          + " to " + uniform.max());
    }
  }

  public static Parameter uniform(String name, double min, double max) {
    return new Parameter(name, new Distribution.Uniform(min, max), List.of());
  }

  public static Parameter of(String name, Distribution distribution) {
    return new Parameter(name, Objects.requireNonNull(distribution, "distribution"), List.of());
  }

  public static Parameter levels(String name, List<Double> levels) {
    return new Parameter(name, null, levels);
  }

  /** The parameter's value at {@code u} in [0, 1]. */
  public double at(double u) {
    if (!levels.isEmpty()) {
      return levels.get(Math.min(levels.size() - 1, (int) Math.floor(u * levels.size())));
    }
    if (distribution instanceof Distribution.Uniform uniform) {
      return uniform.min() + u * (uniform.max() - uniform.min());
    }
    return quantile().applyAsDouble(u);
  }

  private DoubleUnaryOperator quantile() {
    return Quantiles.of(distribution);
  }
}
