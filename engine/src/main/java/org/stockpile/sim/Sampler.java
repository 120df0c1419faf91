package org.stockpile.sim;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.stockpile.model.Distribution;

/**
 * Draws from a scenario {@link Distribution} by inverting commons-math3's distribution function
 * at one uniform draw: every draw consumes exactly one number from the stream, so streams stay
 * aligned whatever the distribution's parameters (common random numbers across sweeps).
 */
final class Sampler {
  private final RealDistribution distribution;
  private final double constant;
  private final boolean exponentiate;

  private Sampler(RealDistribution distribution, double constant) {
    this(distribution, constant, false);
  }

  private Sampler(RealDistribution distribution, double constant, boolean exponentiate) {
    this.distribution = distribution;
    this.constant = constant;
    this.exponentiate = exponentiate;
  }

  static Sampler of(Distribution spec) {
    return switch (spec) {
      case Distribution.Constant c -> new Sampler(null, c.value());
      case Distribution.Uniform u -> u.min() == u.max()
          ? new Sampler(null, u.min())
          : new Sampler(new UniformRealDistribution(null, u.min(), u.max()), 0);
      case Distribution.Triangular t -> new Sampler(new TriangularDistribution(null, t.min(), t.mode(), t.max()), 0);
      case Distribution.Normal n -> new Sampler(new NormalDistribution(null, n.mean(), n.sd()), 0);
      // exp of a normal quantile: the same draw as LogNormalDistribution's, whose inverse
      // function falls back on a numerical solver (slow, and it allocates).
      case Distribution.LogNormal l -> new Sampler(new NormalDistribution(null, StrictMath.log(l.median()), l.sigma()), 0,
          true);
      case Distribution.Exponential e -> new Sampler(new ExponentialDistribution(null, e.mean()), 0);
      case Distribution.Gamma g -> new Sampler(new GammaDistribution(null, g.shape(), g.scale()), 0);
      case Distribution.Weibull w -> new Sampler(new WeibullDistribution(null, w.shape(), w.scale()), 0);
      case Distribution.Beta b -> new Sampler(new BetaDistribution(null, b.alpha(), b.beta()), 0);
    };
  }

  static Sampler constant(double value) {
    return new Sampler(null, value);
  }

  /** One draw; consumes exactly one uniform from {@code random}. */
  double sample(RandomGenerator random) {
    return quantile(RandomStreams.openUniform(random));
  }

  /** The value with probability {@code u} in (0, 1) below it. */
  double quantile(double u) {
    if (distribution == null) {
      return constant;
    }
    double x = distribution.inverseCumulativeProbability(u);
    return exponentiate ? StrictMath.exp(x) : x;
  }
}
