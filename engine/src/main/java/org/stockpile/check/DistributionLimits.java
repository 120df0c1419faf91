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
    List<Problem> problems = new ArrayList<>();
    switch (distribution) {
      case Distribution.Constant constant -> range(problems, "value", constant.value(), 0, LARGEST_VALUE);
      case Distribution.Uniform uniform -> {
        value(problems, "min", uniform.min());
        value(problems, "max", uniform.max());
        if (uniform.min() > uniform.max()) {
          problems.add(new Problem("", "min must not exceed max, got min " + Checks.number(uniform.min()) + " > max "
              + Checks.number(uniform.max())));
        }
      }
      case Distribution.Triangular triangle -> {
        value(problems, "min", triangle.min());
        value(problems, "mode", triangle.mode());
        value(problems, "max", triangle.max());
        if (!(triangle.min() <= triangle.mode() && triangle.mode() <= triangle.max() && triangle.min() < triangle.max())) {
          problems.add(new Problem("", "needs min <= mode <= max and min < max"));
        }
      }
      case Distribution.Normal normal -> {
        value(problems, "mean", normal.mean());
        scale(problems, "sd", normal.sd());
      }
      case Distribution.LogNormal logNormal -> {
        scale(problems, "median", logNormal.median());
        range(problems, "sigma", logNormal.sigma(), Double.MIN_VALUE, LARGEST_SIGMA);
      }
      case Distribution.Exponential exponential -> scale(problems, "mean", exponential.mean());
      case Distribution.Gamma gamma -> {
        shape(problems, "shape", gamma.shape());
        scale(problems, "scale", gamma.scale());
      }
      case Distribution.Weibull weibull -> {
        shape(problems, "shape", weibull.shape());
        scale(problems, "scale", weibull.scale());
      }
      case Distribution.Beta beta -> {
        shape(problems, "alpha", beta.alpha());
        shape(problems, "beta", beta.beta());
      }
    }
    return problems;
  }

  private static void value(List<Problem> problems, String key, double value) {
    range(problems, key, value, -LARGEST_VALUE, LARGEST_VALUE);
  }

  private static void scale(List<Problem> problems, String key, double value) {
    if (!(value > 0 && value <= LARGEST_VALUE)) {
      problems.add(new Problem(key, "must be greater than 0 and at most " + Checks.number(LARGEST_VALUE) + ", got "
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
