package org.stockpile.sweep;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.stockpile.check.Checks;
import org.stockpile.check.DistributionLimits;
import org.stockpile.check.InvalidInput;
import org.stockpile.model.Distribution;
import org.stockpile.sim.Quantiles;

/**
 * An input of a sensitivity analysis: a distribution of values (uniform, triangular, normal,
 * lognormal... as in scenario files) or a list of discrete levels, equally likely. Designs work
 * in [0, 1] per parameter and map a point {@code u} onto the parameter with {@link #at}: the
 * quantile of the distribution (exactly linear for a uniform one), or the level whose share of
 * [0, 1] holds {@code u}. A distribution without bounds (normal, lognormal, exponential, gamma,
 * Weibull) is truncated to its 0.1 % to 99.9 % quantiles ({@link #TAIL}), so that designs that
 * reach the ends of [0, 1] (Morris, the checks of a spec) take plausible values, not seven
 * standard deviations out.
 *
 * @param name         what it is (a path into a scenario, for sweeps of scenarios)
 * @param distribution its distribution, or null for levels
 * @param levels       its discrete levels, or empty for a distribution
 */
public record Parameter(String name, Distribution distribution, List<Double> levels) {
  /** The share of an unbounded distribution cut off at each end. */
  public static final double TAIL = 0.001;

  public Parameter {
    Objects.requireNonNull(name, "name");
    levels = levels == null ? List.of() : List.copyOf(levels);
    if ((distribution == null) == levels.isEmpty()) {
      throw new InvalidInput(name, "give either a distribution or levels");
    }
    if (distribution instanceof Distribution.Uniform uniform
        && (!Double.isFinite(uniform.min()) || !Double.isFinite(uniform.max()) || uniform.min() > uniform.max())) {
      throw new InvalidInput(name, "the range must be finite with min <= max, got " + uniform.min()
          + " to " + uniform.max());
    }
    if (distribution != null) {
      // Parameters the inverse distribution functions can take everywhere (a triangle's mode below its min did not).
      for (DistributionLimits.Problem problem : DistributionLimits.problems(distribution, Checks.LARGEST)) {
        throw new InvalidInput(name, "distribution" + (problem.key().isEmpty() ? "" : "." + problem.key()) + ": "
            + problem.message());
      }
    }
    for (double level : levels) {
      if (!Double.isFinite(level) || Math.abs(level) > Checks.LARGEST) {
        throw new InvalidInput(name, "levels must be finite numbers of magnitude at most 1e15, got " + level);
      }
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
    return quantile().applyAsDouble(truncated() ? TAIL + (1 - 2 * TAIL) * u : u);
  }

  /** Whether its distribution has no bounds and is cut to its {@link #TAIL} quantiles. */
  public boolean truncated() {
    return distribution != null && !(distribution instanceof Distribution.Uniform
        || distribution instanceof Distribution.Triangular || distribution instanceof Distribution.Beta
        || distribution instanceof Distribution.Constant);
  }

  private DoubleUnaryOperator quantile() {
    return Quantiles.of(distribution);
  }
}
