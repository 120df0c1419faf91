package org.stockpile.sim;

import java.util.function.DoubleUnaryOperator;
import org.stockpile.model.Distribution;

/** The quantile function of a scenario distribution, for designs that map [0, 1] onto it. */
public final class Quantiles {
  private Quantiles() {
  }

  /**
   * {@code u -> } the value with probability {@code u} below it; {@code u} is kept inside
   * (0, 1) by 1e-12, so that unbounded distributions give finite values at the grid's ends.
   */
  public static DoubleUnaryOperator of(Distribution distribution) {
    Sampler sampler = Sampler.of(distribution);
    return u -> sampler.quantile(Math.min(1 - 1e-12, Math.max(1e-12, u)));
  }
}
