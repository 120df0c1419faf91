package org.stockpile.sim;

import java.util.Arrays;
import org.stockpile.metrics.Metric;
import org.stockpile.metrics.MetricLayout;

/**
 * What a replicate's metrics need, accumulated day by day by the {@link Kernel} (step 9 of the
 * day) for each of its lanes, and written as one row of {@link MetricLayout} per lane at the end.
 * Arrays are lane-minor (material or tier {@code i} of lane {@code l} at {@code i x lanes + l}).
 * Reused from replicate to replicate: nothing is allocated per day or per replicate.
 */
final class ReplicateMetrics {
  private static final double BELOW_TARGET_TOLERANCE = 1e-9;

  private final CompiledScenario c;
  private final MetricLayout layout;
  private final int horizon;
  private final int lanes;

  // Per material.
  private final double[] demand;
  private final double[] served;
  private final double[] shortfall;
  private final int[] shortfallDays;
  private final int[] shortfallRun;
  private final int[] longestRun;
  private final int[] firstShortfall;
  private final double[] minCover;
  private final int[] daysBelow;
  private final boolean[] belowToday;
  private final double[] acquisitionCost;
  private final double[] holdingCost;
  private final double[] shortageCost;
  private final double[] released;
  private final int[] releaseDays;
  private final double[] maxOwed;

  // Per tier (global index, priority order).
  private final double[] tierMinCover;
  private final int[] tierDaysBelow;
  private final double[] tierAcquisition;
  private final double[] tierHolding;
  private final double[] tierReleased;
  private final int[] tierReleaseDays;
  private final double[] tierMaxOwed;

  // Over all materials.
  private final double[] totals = new double[Metric.values().length];
  private final int[] totalShortfallDays;
  private final int[] totalShortfallRun;
  private final int[] totalLongestRun;
  private final int[] totalFirstShortfall;
  private final int[] totalDaysBelow;
  private final int[] totalReleaseDays;

  ReplicateMetrics(CompiledScenario compiled, MetricLayout layout, int lanes) {
    this.c = compiled;
    this.layout = layout;
    this.horizon = compiled.horizon;
    this.lanes = lanes;
    int materials = compiled.materialCount * lanes;
    int tiers = compiled.tierCount * lanes;
    demand = new double[materials];
    served = new double[materials];
    shortfall = new double[materials];
    shortfallDays = new int[materials];
    shortfallRun = new int[materials];
    longestRun = new int[materials];
    firstShortfall = new int[materials];
    minCover = new double[materials];
    daysBelow = new int[materials];
    belowToday = new boolean[materials];
    acquisitionCost = new double[materials];
    holdingCost = new double[materials];
    shortageCost = new double[materials];
    released = new double[materials];
    releaseDays = new int[materials];
    maxOwed = new double[materials];
    tierMinCover = new double[tiers];
    tierDaysBelow = new int[tiers];
    tierAcquisition = new double[tiers];
    tierHolding = new double[tiers];
    tierReleased = new double[tiers];
    tierReleaseDays = new int[tiers];
    tierMaxOwed = new double[tiers];
    totalShortfallDays = new int[lanes];
    totalShortfallRun = new int[lanes];
    totalLongestRun = new int[lanes];
    totalFirstShortfall = new int[lanes];
    totalDaysBelow = new int[lanes];
    totalReleaseDays = new int[lanes];
  }

  void reset() {
    Arrays.fill(demand, 0);
    Arrays.fill(served, 0);
    Arrays.fill(shortfall, 0);
    Arrays.fill(shortfallDays, 0);
    Arrays.fill(shortfallRun, 0);
    Arrays.fill(longestRun, 0);
    Arrays.fill(firstShortfall, horizon);
    Arrays.fill(minCover, Double.POSITIVE_INFINITY);
    Arrays.fill(daysBelow, 0);
    Arrays.fill(acquisitionCost, 0);
    Arrays.fill(holdingCost, 0);
    Arrays.fill(shortageCost, 0);
    Arrays.fill(released, 0);
    Arrays.fill(releaseDays, 0);
    Arrays.fill(maxOwed, 0);
    Arrays.fill(tierMinCover, Double.POSITIVE_INFINITY);
    Arrays.fill(tierDaysBelow, 0);
    Arrays.fill(tierAcquisition, 0);
    Arrays.fill(tierHolding, 0);
    Arrays.fill(tierReleased, 0);
    Arrays.fill(tierReleaseDays, 0);
    Arrays.fill(tierMaxOwed, 0);
    Arrays.fill(totalShortfallDays, 0);
    Arrays.fill(totalShortfallRun, 0);
    Arrays.fill(totalLongestRun, 0);
    Arrays.fill(totalFirstShortfall, horizon);
    Arrays.fill(totalDaysBelow, 0);
    Arrays.fill(totalReleaseDays, 0);
  }

  /** Money spent putting units into tier {@code k} of material {@code m} (lane-minor indices). */
  void acquisition(int m, int k, double cost) {
    tierAcquisition[k] += cost;
    acquisitionCost[m] += cost;
  }

  /** Tier {@code k} (lane-minor index) at the end of a day. */
  void tierDay(int k, double units, double target, double drawn, double owed, double holding, double perReference) {
    tierHolding[k] += holding;
    double cover = units * perReference;
    if (cover < tierMinCover[k]) {
      tierMinCover[k] = cover;
    }
    if (units < target * (1 - BELOW_TARGET_TOLERANCE)) {
      tierDaysBelow[k]++;
    }
    if (drawn > 0) {
      tierReleased[k] += drawn;
      tierReleaseDays[k]++;
    }
    if (owed > tierMaxOwed[k]) {
      tierMaxOwed[k] = owed;
    }
  }

  /** Material {@code m} (lane-minor index) at the end of day {@code t}. */
  void materialDay(int m, int t, double demanded, double consumed, double unserved, double fromStock,
      double stockAfter, double totalTarget, double totalOwed, double holding, double shortage, double perReference) {
    demand[m] += demanded;
    served[m] += consumed;
    shortfall[m] += unserved;
    holdingCost[m] += holding;
    shortageCost[m] += shortage;
    released[m] += fromStock;
    if (fromStock > 0) {
      releaseDays[m]++;
    }
    if (unserved > 0) {
      shortfallDays[m]++;
      shortfallRun[m]++;
      if (shortfallRun[m] > longestRun[m]) {
        longestRun[m] = shortfallRun[m];
      }
      if (firstShortfall[m] == horizon) {
        firstShortfall[m] = t;
      }
    } else {
      shortfallRun[m] = 0;
    }
    double cover = stockAfter * perReference;
    if (cover < minCover[m]) {
      minCover[m] = cover;
    }
    belowToday[m] = stockAfter < totalTarget * (1 - BELOW_TARGET_TOLERANCE);
    if (belowToday[m]) {
      daysBelow[m]++;
    }
    if (totalOwed > maxOwed[m]) {
      maxOwed[m] = totalOwed;
    }
  }

  /**
   * Totals over materials in lane {@code l}: a day counts when any material has a shortfall, is
   * below target or draws stock. The flows are lane-minor.
   */
  void dayTotals(int t, int l, double[] shortfallToday, double[] fromStockToday) {
    boolean anyShortfall = false;
    boolean below = false;
    boolean release = false;
    for (int i = l; i < c.materialCount * lanes; i += lanes) {
      anyShortfall |= shortfallToday[i] > 0;
      below |= belowToday[i];
      release |= fromStockToday[i] > 0;
    }
    if (anyShortfall) {
      totalShortfallDays[l]++;
      totalShortfallRun[l]++;
      totalLongestRun[l] = Math.max(totalLongestRun[l], totalShortfallRun[l]);
      if (totalFirstShortfall[l] == horizon) {
        totalFirstShortfall[l] = t;
      }
    } else {
      totalShortfallRun[l] = 0;
    }
    if (below) {
      totalDaysBelow[l]++;
    }
    if (release) {
      totalReleaseDays[l]++;
    }
  }

  /**
   * Writes lane {@code l}'s metrics, per material, per tier and in total, at {@code offset} of
   * {@code row}.
   */
  void write(int l, double[] row, int offset) {
    double totalDemandValue = 0;
    double totalServedValue = 0;
    double totalShortfallValue = 0;
    double totalMinCover = Double.POSITIVE_INFINITY;
    Arrays.fill(totals, 0);
    for (int m = 0; m < c.materialCount; m++) {
      int i = m * lanes + l;
      double demanded = demand[i];
      double cost = acquisitionCost[i] + holdingCost[i] + shortageCost[i];
      row[offset + layout.material(m, Metric.SHORTFALL_UNITS)] = shortfall[i];
      row[offset + layout.material(m, Metric.SHORTFALL_SHARE)] = demanded > 0 ? shortfall[i] / demanded : 0;
      row[offset + layout.material(m, Metric.SHORTFALL_DAYS)] = shortfallDays[i];
      row[offset + layout.material(m, Metric.LONGEST_SHORTFALL_RUN_DAYS)] = longestRun[i];
      row[offset + layout.material(m, Metric.FIRST_SHORTFALL_DAY)] = firstShortfall[i];
      row[offset + layout.material(m, Metric.MIN_DAYS_OF_COVER)] = minCover[i];
      row[offset + layout.material(m, Metric.DAYS_BELOW_TARGET)] = daysBelow[i];
      row[offset + layout.material(m, Metric.COMPLIANCE)] = 1 - daysBelow[i] / (double) horizon;
      row[offset + layout.material(m, Metric.FILL_RATE)] = demanded > 0 ? Math.min(1, served[i] / demanded) : 1;
      row[offset + layout.material(m, Metric.ACQUISITION_COST)] = acquisitionCost[i];
      row[offset + layout.material(m, Metric.HOLDING_COST)] = holdingCost[i];
      row[offset + layout.material(m, Metric.SHORTAGE_COST)] = shortageCost[i];
      row[offset + layout.material(m, Metric.TOTAL_COST)] = cost;
      row[offset + layout.material(m, Metric.RELEASED_UNITS)] = released[i];
      row[offset + layout.material(m, Metric.RELEASE_DAYS)] = releaseDays[i];
      row[offset + layout.material(m, Metric.MAX_LOANS_OUTSTANDING)] = maxOwed[i];
      for (int j = 0; j < c.tierCount(m); j++) {
        int k = c.tierIndex(m, j) * lanes + l;
        row[offset + layout.tier(m, j, Metric.MIN_DAYS_OF_COVER)] = tierMinCover[k];
        row[offset + layout.tier(m, j, Metric.DAYS_BELOW_TARGET)] = tierDaysBelow[k];
        row[offset + layout.tier(m, j, Metric.COMPLIANCE)] = 1 - tierDaysBelow[k] / (double) horizon;
        row[offset + layout.tier(m, j, Metric.ACQUISITION_COST)] = tierAcquisition[k];
        row[offset + layout.tier(m, j, Metric.HOLDING_COST)] = tierHolding[k];
        row[offset + layout.tier(m, j, Metric.RELEASED_UNITS)] = tierReleased[k];
        row[offset + layout.tier(m, j, Metric.RELEASE_DAYS)] = tierReleaseDays[k];
        row[offset + layout.tier(m, j, Metric.MAX_LOANS_OUTSTANDING)] = tierMaxOwed[k];
      }
      totalMinCover = Math.min(totalMinCover, minCover[i]);
      double value = c.basePrice[m] > 0 ? c.basePrice[m] : 1;
      totalDemandValue += demanded * value;
      totalServedValue += served[i] * value;
      totalShortfallValue += shortfall[i] * value;
      totals[Metric.SHORTFALL_UNITS.ordinal()] += shortfall[i];
      totals[Metric.ACQUISITION_COST.ordinal()] += acquisitionCost[i];
      totals[Metric.HOLDING_COST.ordinal()] += holdingCost[i];
      totals[Metric.SHORTAGE_COST.ordinal()] += shortageCost[i];
      totals[Metric.TOTAL_COST.ordinal()] += cost;
      totals[Metric.RELEASED_UNITS.ordinal()] += released[i];
      totals[Metric.MAX_LOANS_OUTSTANDING.ordinal()] += maxOwed[i];
    }
    totals[Metric.SHORTFALL_SHARE.ordinal()] = totalDemandValue > 0 ? totalShortfallValue / totalDemandValue : 0;
    totals[Metric.FILL_RATE.ordinal()] = totalDemandValue > 0 ? Math.min(1, totalServedValue / totalDemandValue) : 1;
    totals[Metric.SHORTFALL_DAYS.ordinal()] = totalShortfallDays[l];
    totals[Metric.LONGEST_SHORTFALL_RUN_DAYS.ordinal()] = totalLongestRun[l];
    totals[Metric.FIRST_SHORTFALL_DAY.ordinal()] = totalFirstShortfall[l];
    totals[Metric.MIN_DAYS_OF_COVER.ordinal()] = totalMinCover;
    totals[Metric.DAYS_BELOW_TARGET.ordinal()] = totalDaysBelow[l];
    totals[Metric.COMPLIANCE.ordinal()] = 1 - totalDaysBelow[l] / (double) horizon;
    totals[Metric.RELEASE_DAYS.ordinal()] = totalReleaseDays[l];
    for (Metric metric : Metric.values()) {
      row[offset + layout.total(metric)] = totals[metric.ordinal()];
    }
  }
}
