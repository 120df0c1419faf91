package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stockpile.check.DistributionLimits;
import org.stockpile.model.Distribution;

/**
 * Every distribution the validator accepts can be drawn from: at the corners of its parameters'
 * ranges ({@link DistributionLimits}), the quantile at the smallest and largest uniforms the
 * streams give, and in between, is a finite number (a beta with alpha 1e300 once validated and
 * then failed the run).
 */
class DistributionLimitsTest {
  private static final double[] UNIFORMS = {0x1p-53, 1e-9, 0.5, 1 - 1e-9, 1 - 0x1p-53};

  @Test
  void everyAcceptedCornerCanBeDrawn() {
    double lo = DistributionLimits.SMALLEST_SHAPE;
    double hi = DistributionLimits.LARGEST_SHAPE;
    double m = DistributionLimits.LARGEST_VALUE;
    double s = DistributionLimits.LARGEST_SIGMA;
    List<Distribution> corners = new ArrayList<>();
    for (double a : new double[] {lo, 1, hi}) {
      for (double b : new double[] {lo, 1, hi}) {
        corners.add(new Distribution.Beta(a, b));
      }
      for (double scale : new double[] {lo, 1, m}) {
        corners.add(new Distribution.Gamma(a, scale));
        corners.add(new Distribution.Weibull(a, scale));
      }
    }
    for (double value : new double[] {lo, 1, m}) {
      corners.add(new Distribution.Exponential(value));
      corners.add(new Distribution.Constant(value));
      for (double sigma : new double[] {lo, 1, s}) {
        corners.add(new Distribution.LogNormal(value, sigma));
      }
      corners.add(new Distribution.Normal(-m, value));
      corners.add(new Distribution.Normal(m, value));
    }
    corners.add(new Distribution.Uniform(-m, m));
    corners.add(new Distribution.Triangular(-m, m, m));
    corners.add(new Distribution.Triangular(-m, -m, m));
    for (Distribution distribution : corners) {
      assertTrue(DistributionLimits.problems(distribution).isEmpty(), distribution + " is accepted");
      Sampler sampler = Sampler.of(distribution);
      for (double u : UNIFORMS) {
        double x = assertDoesNotThrow(() -> sampler.quantile(u), distribution + " at " + u);
        assertTrue(Double.isFinite(x), distribution + " at " + u + ": " + x);
      }
    }
  }

  @Test
  void parametersBeyondTheLimitsAreRefused() {
    for (Distribution distribution : List.of(new Distribution.Beta(1e300, 2), new Distribution.Gamma(0, 1),
        new Distribution.Weibull(2, Double.POSITIVE_INFINITY), new Distribution.LogNormal(10, 1e3),
        new Distribution.Uniform(0, 1e300), new Distribution.Normal(Double.NaN, 1))) {
      assertTrue(!DistributionLimits.problems(distribution).isEmpty(), distribution + " is refused");
    }
  }
}
