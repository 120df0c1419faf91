package org.stockpile.optimize;

import java.util.List;
import java.util.Objects;
import org.stockpile.check.InvalidInput;
import org.stockpile.metrics.Metric;
import org.stockpile.sim.RunResult;

/**
 * A condition a candidate must meet. Its slack is how far it is met (negative: by how much it is
 * missed). The search ranks every candidate that meets all constraints before every one that
 * does not, and among those by total shortfall of slack, each relative to its constraint's
 * {@link #scale()} (Deb's feasibility rules): no penalty weight to tune, and an infeasible
 * candidate is never reported as the answer while a feasible one was seen. A candidate not
 * simulated because its decisions break a sum counts every constraint on results as fully
 * missed (1 each), so it ranks behind simulated candidates that miss by less.
 */
public sealed interface Constraint {
  /** Relative tolerance of a sum on its bound. */
  double ROUNDING = 1e-9;

  String name();

  /**
   * What a shortfall of slack is measured against when shortfalls of different constraints
   * (days, money) are added up to rank infeasible candidates: the bound, at least 1.
   */
  double scale();

  /**
   * What a candidate stands at against this constraint: the sum of its decisions' values, or what
   * it spends (the limit less the slack).
   *
   * @param values the candidate's decisions, in the order they were given
   * @param slack  the candidate's slack on this constraint
   */
  double value(List<Double> values, double slack);

  /**
   * The sum of some decisions' values between {@code min} and {@code max} (either may be
   * infinite): a legal floor (60 days in all tiers of a material), a tier's floor (42 days
   * public), a storage limit, or at most a share from one country where shares are decisions.
   *
   * @param decisions indices of the decisions summed, in the order decisions were given
   */
  record DecisionSum(String name, List<Integer> decisions, double min, double max) implements Constraint {
    public DecisionSum {
      Objects.requireNonNull(name, "name");
      decisions = List.copyOf(decisions);
      if (decisions.isEmpty()) {
        throw new InvalidInput(name, "sum at least one decision");
      }
      if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
        throw new InvalidInput(name, "min " + min + " is above max " + max);
      }
    }

    double slack(double[] values) {
      double sum = 0;
      for (int i : decisions) {
        sum += values[i];
      }
      double slack = Math.min(sum - min, max - sum);
      // A sum of grid values on its bound can miss it by a rounding error (0.3 + 0.4).
      double bound = sum - min < max - sum ? min : max;
      return slack < 0 && -slack <= ROUNDING * Math.max(1, Math.abs(bound)) ? 0 : slack;
    }

    @Override
    public double value(List<Double> values, double slack) {
      double sum = 0;
      for (int i : decisions) {
        sum += values.get(i);
      }
      return sum;
    }

    @Override
    public double scale() {
      double bound = Double.isFinite(min) ? Math.abs(min) : Math.abs(max);
      return Math.max(1, Double.isFinite(max) ? Math.max(bound, Math.abs(max)) : bound);
    }
  }

  /**
   * Expected spending at most {@code max}: buying the stock the tiers start with, then
   * acquisition and holding over the horizon (shortage losses are not spending), summed over
   * materials.
   */
  record SpendingLimit(String name, double max) implements Constraint {
    public SpendingLimit {
      Objects.requireNonNull(name, "name");
      if (!(max >= 0) || Double.isInfinite(max)) {
        throw new InvalidInput(name, "the limit must be a number of at least 0, got " + max);
      }
    }

    double slack(RunResult result) {
      return max - spending(result);
    }

    @Override
    public double value(List<Double> values, double slack) {
      return max - slack;
    }

    @Override
    public double scale() {
      return Math.max(1, max);
    }

    /**
     * What the policy is expected to pay out over the run, net: the starting stock, stock bought
     * less stock used (at the base price: buying back what was used replaces consumption, which is
     * in no cost), and storage. The cost of capital and the value left at the end are not payments.
     */
    public static double spending(RunResult result) {
      return result.totalStats(Metric.INITIAL_STOCK_COST).mean() + result.totalStats(Metric.ACQUISITION_COST).mean()
          - result.totalStats(Metric.STOCK_USED_VALUE).mean() + result.totalStats(Metric.HOLDING_COST).mean();
    }
  }

  /** The sum of the decisions with these indices between {@code min} and {@code max}. */
  static Constraint sum(String name, List<Integer> decisions, double min, double max) {
    return new DecisionSum(name, decisions, min, max);
  }

  /** Expected spending (starting stock, stock bought less stock used, storage) at most {@code max}. */
  static Constraint spendingAtMost(String name, double max) {
    return new SpendingLimit(name, max);
  }
}
