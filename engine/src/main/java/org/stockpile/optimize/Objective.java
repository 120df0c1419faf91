package org.stockpile.optimize;

import org.stockpile.metrics.Metric;
import org.stockpile.sim.RunResult;

/**
 * What a candidate's run is worth, lower being better: any function of the run's results. The
 * factories give the usual ones, over all materials.
 */
@FunctionalInterface
public interface Objective {
  double score(RunResult result);

  /**
   * Expected total cost of a reserve policy: buying the stock the tiers start with (at the base
   * price), then acquisition, holding and shortage over the horizon, summed over materials. The
   * first term is not in a run's {@code totalCost} (a run starts with its stock); without it a
   * larger reserve would look free to build. Stock left at the end is not credited.
   */
  static Objective expectedTotalCost() {
    return result -> result.initialStockValue() + result.totalStats(Metric.TOTAL_COST).mean();
  }

  /**
   * Expected shortfall in units, summed over materials (which must share one unit, see
   * {@link RunResult#summedStats}).
   */
  static Objective expectedShortfall() {
    return result -> result.summedStats(Metric.SHORTFALL_UNITS).mean();
  }

  /**
   * Mean of the worst 5 % of replicates' shortfalls (CVaR95), in units, summed over materials
   * (which must share one unit).
   */
  static Objective cvar95Shortfall() {
    return result -> result.summedStats(Metric.SHORTFALL_UNITS).cvar95();
  }

  /** Expected days on which some material is below its target. */
  static Objective daysBelowTarget() {
    return result -> result.totalStats(Metric.DAYS_BELOW_TARGET).mean();
  }
}
