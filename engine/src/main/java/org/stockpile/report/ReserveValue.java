package org.stockpile.report;

import java.util.ArrayList;
import java.util.List;
import org.stockpile.metrics.Metric;
import org.stockpile.metrics.MetricLayout;
import org.stockpile.sim.RunResult;

/**
 * What a stockpile tier is worth: the scenario run with the tier ({@code with}) against the same
 * scenario with the tier's target, starting stock and capacity set to zero ({@code without}), on the same
 * seed and replicates (common random numbers), replicate by replicate.
 *
 * <p>The <em>shortage cost avoided</em> is the shortage cost without the tier less with it. The
 * <em>reserve cost</em> is the tier's own part of the net cost (its starting stock, stock bought,
 * storage and capital, less the stock it lent or sold at the base price and its value at the end),
 * with the tier less without it. The <em>value per dollar</em> is the ratio of their means, with a
 * 95 % interval by the delta method; the <em>net cost change</em> is the whole economy's net cost
 * with less without (negative: the tier pays for itself), which also holds what the tier changes
 * for the other tiers (firms refilling at other prices, for one).
 */
public final class ReserveValue {
  /** The scope of the row over every material. */
  public static final String ALL_MATERIALS = "all materials";

  /**
   * One material's (or all materials') value of the tier: means and 95 % intervals of paired
   * differences, in the scenario's currency; {@code perDollar} is NaN when the reserve costs nothing.
   */
  public record Row(String scope, Interval avoided, Interval cost, Interval perDollar, Interval netChange) {
  }

  /** A mean with its 95 % interval. */
  public record Interval(double mean, double low, double high) {
  }

  private ReserveValue() {
  }

  /**
   * The tier's value per material of {@code with} (those holding the tier, {@code materials}) and,
   * when several hold it, over all of them (the whole economy's shortage and net cost).
   */
  public static List<Row> of(RunResult with, RunResult without, String holder, List<String> materials) {
    if (with.replicates() != without.replicates() || with.seed() != without.seed()) {
      throw new IllegalArgumentException("the two runs must share seed and replicates");
    }
    MetricLayout layout = with.layout();
    List<Row> rows = new ArrayList<>();
    for (String material : materials) {
      int m = with.materialIndex(material);
      rows.add(row(material, with, without, metric -> layout.material(m, metric), tierCost(holder, List.of(m))));
    }
    if (materials.size() > 1) {
      List<Integer> all = materials.stream().map(with::materialIndex).toList();
      rows.add(row(ALL_MATERIALS, with, without, layout::total, tierCost(holder, all)));
    }
    return rows;
  }

  private interface Offsets {
    int of(Metric metric);
  }

  private interface Cost {
    double of(RunResult result, int replicate);
  }

  /** The tier's own net cost without shortage, summed over materials {@code ms}, in one replicate. */
  private static Cost tierCost(String holder, List<Integer> ms) {
    return (result, replicate) -> {
      double cost = 0;
      for (int m : ms) {
        int tier = result.tiers(m).indexOf(holder);
        for (Metric part : Metric.COST_PARTS) {
          if (part != Metric.SHORTAGE_COST) {
            cost += part.signInNetCost() * result.value(replicate, result.layout().tier(m, tier, part));
          }
        }
      }
      return cost;
    };
  }

  private static Row row(String scope, RunResult with, RunResult without, Offsets offsets, Cost tierCost) {
    int n = with.replicates();
    double[] avoided = new double[n];
    double[] cost = new double[n];
    double[] net = new double[n];
    for (int r = 0; r < n; r++) {
      double shortageWith = with.value(r, offsets.of(Metric.SHORTAGE_COST));
      double shortageWithout = without.value(r, offsets.of(Metric.SHORTAGE_COST));
      double netWith = with.value(r, offsets.of(Metric.NET_COST));
      double netWithout = without.value(r, offsets.of(Metric.NET_COST));
      avoided[r] = shortageWithout - shortageWith;
      cost[r] = tierCost.of(with, r) - tierCost.of(without, r);
      net[r] = netWith - netWithout;
    }
    return new Row(scope, interval(avoided), interval(cost), ratio(avoided, cost), interval(net));
  }

  private static Interval interval(double[] values) {
    double mean = Student.mean(values);
    double half = Student.halfWidth(values);
    return new Interval(mean, mean - half, mean + half);
  }

  /** Ratio of means, interval by the delta method on {@code a - ratio x b}. */
  private static Interval ratio(double[] a, double[] b) {
    double meanB = Student.mean(b);
    if (meanB == 0) {
      return new Interval(Double.NaN, Double.NaN, Double.NaN);
    }
    double ratio = Student.mean(a) / meanB;
    double[] residual = new double[a.length];
    for (int r = 0; r < a.length; r++) {
      residual[r] = a[r] - ratio * b[r];
    }
    double half = Student.halfWidth(residual) / Math.abs(meanB);
    return new Interval(ratio, ratio - half, ratio + half);
  }
}
