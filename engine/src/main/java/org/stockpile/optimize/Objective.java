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
   * Expected net cost of a reserve policy, the run's {@code netCost} summed over materials: buying
   * the starting stock, acquisition, storage, cost of capital and shortage, less the stock used (at
   * the base price) and the value of the stock left at the end (docs/model.md, "Costs"). The same number a run of the same scenario and
   * replicates reports.
   */
  static Objective expectedNetCost() {
    return result -> result.totalStats(Metric.NET_COST).mean();
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
