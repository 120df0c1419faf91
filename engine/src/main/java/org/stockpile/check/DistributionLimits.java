package org.stockpile.check;

import java.util.ArrayList;
import java.util.List;
import org.stockpile.model.Distribution;

/**
 * The parameters of a shock process's distributions (durations, severities, announcement leads)
 * that the engine can draw from: inside these ranges every quantile is a finite number, which
 * {@code DistributionLimitsTest} checks at every corner; outside them the inverse distribution
 * functions may diverge (a beta with alpha 1e300) or give no number.
 */
public final class DistributionLimits {
  /** The smallest shape (beta's alpha and beta, gamma's and Weibull's shape). */
  public static final double SMALLEST_SHAPE = 0.01;
  /** The largest shape. */
  public static final double LARGEST_SHAPE = 1e4;
  /** The largest magnitude of a value, mean, median, scale or bound (days or shares: far beyond any horizon). */
  public static final double LARGEST_VALUE = 1e6;
  /** The largest sigma of a lognormal. */
  public static final double LARGEST_SIGMA = 10;

  /** A parameter out of range: its key ("" for the distribution as a whole) and what is wrong. */
  public record Problem(String key, String message) {
  }

  private DistributionLimits() {
  }

  /** What is out of range in {@code distribution}; empty when it can be drawn from. */
  public static List<Problem> problems(Distribution distribution) {
    if (distribution instanceof Distribution.Constant constant && constant.value() < 0) {
      // Durations, severities and leads are never negative.
      return List.of(new Problem("value", "must be at least 0, got " + Checks.number(constant.value())));
    }
    return problems(distribution, LARGEST_VALUE);
  }

  /**
   * What is out of range in {@code distribution} when its values, means, medians, scales and
   * bounds may reach {@code largest} (a sweep's parameter may be a price: up to
   * {@link Checks#LARGEST}); empty when it can be drawn from.
   */
  public static List<Problem> problems(Distribution distribution, double largest) {
    List<Problem> problems = new ArrayList<>();
    switch (distribution) {
      case Distribution.Constant constant -> value(problems, "value", constant.value(), largest);
      case Distribution.Uniform uniform -> {
        value(problems, "min", uniform.min(), largest);
        value(problems, "max", uniform.max(), largest);
        if (uniform.min() > uniform.max()) {
          problems.add(new Problem("", "min must not exceed max, got min " + Checks.number(uniform.min()) + " > max "
              + Checks.number(uniform.max())));
        }
      }
      case Distribution.Triangular triangle -> {
        value(problems, "min", triangle.min(), largest);
        value(problems, "mode", triangle.mode(), largest);
        value(problems, "max", triangle.max(), largest);
        if (!(triangle.min() <= triangle.mode() && triangle.mode() <= triangle.max() && triangle.min() < triangle.max())) {
          problems.add(new Problem("", "needs min <= mode <= max and min < max"));
        }
      }
      case Distribution.Normal normal -> {
        value(problems, "mean", normal.mean(), largest);
        scale(problems, "sd", normal.sd(), largest);
      }
      case Distribution.LogNormal logNormal -> {
        scale(problems, "median", logNormal.median(), largest);
        range(problems, "sigma", logNormal.sigma(), Double.MIN_VALUE, LARGEST_SIGMA);
      }
      case Distribution.Exponential exponential -> scale(problems, "mean", exponential.mean(), largest);
      case Distribution.Gamma gamma -> {
        shape(problems, "shape", gamma.shape());
        scale(problems, "scale", gamma.scale(), largest);
      }
      case Distribution.Weibull weibull -> {
        shape(problems, "shape", weibull.shape());
        scale(problems, "scale", weibull.scale(), largest);
      }
      case Distribution.Beta beta -> {
        shape(problems, "alpha", beta.alpha());
        shape(problems, "beta", beta.beta());
      }
    }
    return problems;
  }

  private static void value(List<Problem> problems, String key, double value, double largest) {
    range(problems, key, value, -largest, largest);
  }

  private static void scale(List<Problem> problems, String key, double value, double largest) {
    if (!(value > 0 && value <= largest)) {
      problems.add(new Problem(key, "must be greater than 0 and at most " + Checks.number(largest) + ", got "
          + Checks.number(value)));
    }
  }

  private static void shape(List<Problem> problems, String key, double value) {
    range(problems, key, value, SMALLEST_SHAPE, LARGEST_SHAPE);
  }

  private static void range(List<Problem> problems, String key, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      problems.add(new Problem(key, "must be in [" + (min == Double.MIN_VALUE ? "0 (excluded)" : Checks.number(min))
          + ", " + Checks.number(max) + "] (beyond, the engine cannot draw from it), got " + Checks.number(value)));
    }
  }
}
