package org.stockpile.sim;

import java.util.Arrays;
import org.stockpile.metrics.Metric;
import org.stockpile.metrics.MetricLayout;

/**
 * What a replicate's metrics need, accumulated day by day by the {@link Kernel} (step 9 of the
 * day) lane by lane, and written as one row of {@link MetricLayout} per lane at the end;
 * {@link VectorMetrics} accumulates all lanes at once, to the same bits. Arrays are lane-minor
 * (material or tier {@code i} of lane {@code l} at {@code i x lanes + l}); day counts are kept as
 * doubles (exact far beyond any horizon) so that they add up as vectors there. Reused from
 * replicate to replicate: nothing is allocated per day or per replicate.
 */
class ReplicateMetrics {
  static final double BELOW_TARGET_FACTOR = 1 - 1e-9;
  static final int LANES = LaneWidth.COUNT;

  final CompiledScenario compiled;
  private final MetricLayout layout;
  final int horizon;

  // Per material.
  final double[] demand;
  final double[] served;
  final double[] shortfall;
  final double[] shortfallWithStock;
  final double[] shortfallDays;
  final double[] shortfallRun;
  final double[] longestRun;
  final double[] firstShortfall;
  final double[] minCover;
  final double[] daysBelow;
  final double[] belowToday;
  final double[] shortageCost;
  final double[] excess;
  final double[] excessShocked;
  final double[] excessLimited;
  final double[] released;
  final double[] releaseDays;
  final double[] maxOwed;

  // Per tier (global index, priority order).
  final double[] tierShortfallWithStock;
  final double[] tierMinCover;
  final double[] tierDaysBelow;
  final double[] tierAcquisition;
  final double[] tierHolding;
  final double[] tierCapital;
  final double[] tierUsedValue;
  final double[] tierEndValue;
  final double[] tierPremiums;
  final double[] tierReleased;
  final double[] tierReleaseDays;
  final double[] tierMaxOwed;

  // Over all materials, per lane.
  private final double[] totals = new double[Metric.values().length];
  final double[] totalShortfallDays = new double[LANES];
  final double[] totalShortfallRun = new double[LANES];
  final double[] totalLongestRun = new double[LANES];
  final double[] totalFirstShortfall = new double[LANES];
  final double[] totalDaysBelow = new double[LANES];
  final double[] totalReleaseDays = new double[LANES];

  ReplicateMetrics(CompiledScenario compiled, MetricLayout layout) {
    this.compiled = compiled;
    this.layout = layout;
    this.horizon = compiled.horizon;
    int materials = compiled.materialCount * LANES;
    int tiers = compiled.tierCount * LANES;
    demand = new double[materials];
    served = new double[materials];
    shortfall = new double[materials];
    shortfallWithStock = new double[materials];
    shortfallDays = new double[materials];
    shortfallRun = new double[materials];
    longestRun = new double[materials];
    firstShortfall = new double[materials];
    minCover = new double[materials];
    daysBelow = new double[materials];
    belowToday = new double[materials];
    shortageCost = new double[materials];
    excess = new double[materials];
    excessShocked = new double[materials];
    excessLimited = new double[materials];
    released = new double[materials];
    releaseDays = new double[materials];
    maxOwed = new double[materials];
    tierShortfallWithStock = new double[tiers];
    tierMinCover = new double[tiers];
    tierDaysBelow = new double[tiers];
    tierAcquisition = new double[tiers];
    tierHolding = new double[tiers];
    tierCapital = new double[tiers];
    tierUsedValue = new double[tiers];
    tierEndValue = new double[tiers];
    tierPremiums = new double[tiers];
    tierReleased = new double[tiers];
    tierReleaseDays = new double[tiers];
    tierMaxOwed = new double[tiers];
  }

  void reset() {
    Arrays.fill(demand, 0);
    Arrays.fill(served, 0);
    Arrays.fill(shortfall, 0);
    Arrays.fill(shortfallWithStock, 0);
    Arrays.fill(shortfallDays, 0);
    Arrays.fill(shortfallRun, 0);
    Arrays.fill(longestRun, 0);
    Arrays.fill(firstShortfall, horizon);
    Arrays.fill(minCover, Double.POSITIVE_INFINITY);
    Arrays.fill(daysBelow, 0);
    Arrays.fill(shortageCost, 0);
    Arrays.fill(excess, 0);
    Arrays.fill(excessShocked, 0);
    Arrays.fill(excessLimited, 0);
    Arrays.fill(released, 0);
    Arrays.fill(releaseDays, 0);
    Arrays.fill(maxOwed, 0);
    Arrays.fill(tierShortfallWithStock, 0);
    Arrays.fill(tierMinCover, Double.POSITIVE_INFINITY);
    Arrays.fill(tierDaysBelow, 0);
    Arrays.fill(tierAcquisition, 0);
    Arrays.fill(tierHolding, 0);
    Arrays.fill(tierCapital, 0);
    Arrays.fill(tierUsedValue, 0);
    Arrays.fill(tierEndValue, 0);
    Arrays.fill(tierPremiums, 0);
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

  /*
   * The accumulators below take one value per lane in a scratch array, not a vector (the vector
   * steps call them on VectorMetrics): a vector passed to a method the JIT does not inline is
   * allocated.
   */

  /**
   * Money spent on units put into tier {@code k} (lane-minor offset of its first lane), as a
   * present value: {@code cost} holds one value per lane, zero where nothing was bought.
   */
  void acquisition(int k, double[] cost) {
    for (int l = 0; l < LANES; l++) {
      tierAcquisition[k + l] += cost[l];
    }
  }

  /** Stock tier {@code k} drew to serve demand today, at the base price (present value). */
  void stockUsed(int k, double[] value) {
    for (int l = 0; l < LANES; l++) {
      tierUsedValue[k + l] += value[l];
    }
  }

  /** Loan premiums (money, present value) owed to tier {@code k} for today's loans. */
  void premiums(int k, double[] premiums) {
    for (int l = 0; l < LANES; l++) {
      tierPremiums[k + l] += premiums[l];
    }
  }

  /** A premium (money, present value) owed to the tier lane at {@code i} for a loan made today. */
  final void premium(int i, double premium) {
    tierPremiums[i] += premium;
  }

  /**
   * Supply put aside today by material {@code m} (offset of its first lane): {@code units} in all,
   * of which {@code shocked} refused while shocked and {@code limited} held back by budgets or
   * buying caps (the rest came with every tier full).
   */
  void excess(int m, double[] units, double[] shocked, double[] limited) {
    for (int l = 0; l < LANES; l++) {
      excess[m + l] += units[l];
      excessShocked[m + l] += shocked[l];
      excessLimited[m + l] += limited[l];
    }
  }

  /**
   * Tier {@code k}'s stock left at the end of the run, credited at the final market price
   * {@code price} (one per lane) discounted by {@code discount}.
   */
  void endValue(int k, double[] stock, double[] price, int priceAt, double discount) {
    for (int l = 0; l < LANES; l++) {
      tierEndValue[k + l] = stock[k + l] * price[priceAt + l] * discount;
    }
  }

  /**
   * Tier {@code k} (offset of its first lane in the kernel's tier arrays) at the end of a day; the
   * material's shortfall of the day is at {@code m} of {@code shortfallToday}. Storage is
   * {@code holdingPerDay} a unit, capital {@code capitalPerDay} of the value at {@code price} (one
   * per lane), stock drawn is used at {@code basePrice}, all discounted by {@code discount}.
   */
  void tierDay(int k, double[] stock, double[] owed, double[] drawn, double holdingPerDay, double capitalPerDay,
      double[] price, double basePrice, double discount, double[] target, double perReference, double[] shortfallToday,
      int m) {
    for (int l = 0; l < LANES; l++) {
      int i = k + l;
      double units = stock[i];
      if (units > 0) {
        tierShortfallWithStock[i] += shortfallToday[m + l];
      }
      tierHolding[i] += units * (holdingPerDay * discount);
      if (capitalPerDay > 0) {
        tierCapital[i] += units * price[l] * (capitalPerDay * discount);
      }
      double cover = units * perReference;
      if (cover < tierMinCover[i]) {
        tierMinCover[i] = cover;
      }
      if (units < target[i] * BELOW_TARGET_FACTOR) {
        tierDaysBelow[i]++;
      }
      double drew = drawn[i];
      if (drew > 0) {
        tierReleased[i] += drew;
        tierUsedValue[i] += drew * (basePrice * discount);
        tierReleaseDays[i]++;
      }
      if (owed[i] > tierMaxOwed[i]) {
        tierMaxOwed[i] = owed[i];
      }
    }
  }

  /**
   * Flows of material {@code m} (offset of its first lane) on day {@code t}: the day's demand (one
   * per lane), what was consumed (at {@code consumedAt}), shortfall and draws from stock (at
   * {@code m}), the stock left in all tiers (one per lane), and the shortage cost per unit,
   * discounted to day 0 by {@code discount}.
   */
  void materialFlows(int m, int t, double[] demanded, double[] consumed, int consumedAt, double[] shortfallToday,
      double[] fromStockToday, double[] stockAfter, double shortageCostPerUnit, double discount) {
    for (int l = 0; l < LANES; l++) {
      int i = m + l;
      double unserved = shortfallToday[i];
      if (stockAfter[l] > 0) {
        shortfallWithStock[i] += unserved;
      }
      double fromStock = fromStockToday[i];
      demand[i] += demanded[l];
      served[i] += consumed[consumedAt + l];
      shortfall[i] += unserved;
      shortageCost[i] += unserved * (shortageCostPerUnit * discount);
      released[i] += fromStock;
      if (fromStock > 0) {
        releaseDays[i]++;
      }
      boolean shortToday = unserved > 0;
      if (shortToday) {
        shortfallDays[i]++;
      }
      double run = shortToday ? shortfallRun[i] + 1 : 0;
      shortfallRun[i] = run;
      if (run > longestRun[i]) {
        longestRun[i] = run;
      }
      if (shortToday && firstShortfall[i] == horizon) {
        firstShortfall[i] = t;
      }
    }
  }

  /**
   * Stocks of material {@code m} (offset of its first lane) at the end of a day: its total stock
   * and loans outstanding and the sum of its tiers' targets (each one per lane).
   */
  void materialStocks(int m, double[] stockAfter, double[] totalTarget, double[] totalOwed, double perReference) {
    for (int l = 0; l < LANES; l++) {
      int i = m + l;
      double after = stockAfter[l];
      double cover = after * perReference;
      if (cover < minCover[i]) {
        minCover[i] = cover;
      }
      boolean below = after < totalTarget[l] * BELOW_TARGET_FACTOR;
      belowToday[i] = below ? 1 : 0;
      if (below) {
        daysBelow[i]++;
      }
      if (totalOwed[l] > maxOwed[i]) {
        maxOwed[i] = totalOwed[l];
      }
    }
  }

  /**
   * Totals over materials: a day counts when any material has a shortfall, is below target or
   * draws stock. The flows are lane-minor.
   */
  void dayTotals(int t, double[] shortfallToday, double[] fromStockToday) {
    for (int l = 0; l < LANES; l++) {
      // Sums of values that are never negative: positive exactly where any material's is.
      double shortfallSum = 0;
      double belowSum = 0;
      double releaseSum = 0;
      for (int i = l; i < compiled.materialCount * LANES; i += LANES) {
        shortfallSum += shortfallToday[i];
        belowSum += belowToday[i];
        releaseSum += fromStockToday[i];
      }
      boolean anyShortfall = shortfallSum > 0;
      if (anyShortfall) {
        totalShortfallDays[l]++;
      }
      double run = anyShortfall ? totalShortfallRun[l] + 1 : 0;
      totalShortfallRun[l] = run;
      if (run > totalLongestRun[l]) {
        totalLongestRun[l] = run;
      }
      if (anyShortfall && totalFirstShortfall[l] == horizon) {
        totalFirstShortfall[l] = t;
      }
      if (belowSum > 0) {
        totalDaysBelow[l]++;
      }
      if (releaseSum > 0) {
        totalReleaseDays[l]++;
      }
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
    for (int m = 0; m < compiled.materialCount; m++) {
      int i = m * LANES + l;
      double demanded = demand[i];
      double initialCost = 0;
      double acquisition = 0;
      double holding = 0;
      double capital = 0;
      double usedValue = 0;
      double endValue = 0;
      double premiums = 0;
      for (int j = 0; j < compiled.tierCount(m); j++) {
        int tier = compiled.tierIndex(m, j);
        int k = tier * LANES + l;
        initialCost += compiled.tierInitial[tier] * compiled.basePrice[m];
        acquisition += tierAcquisition[k];
        holding += tierHolding[k];
        capital += tierCapital[k];
        usedValue += tierUsedValue[k];
        endValue += tierEndValue[k];
        premiums += tierPremiums[k];
      }
      double netCost = initialCost + acquisition + holding + capital + shortageCost[i] - usedValue - endValue;
      row[offset + layout.material(m, Metric.SHORTFALL_UNITS)] = shortfall[i];
      row[offset + layout.material(m, Metric.SHORTFALL_WITH_STOCK_UNITS)] = shortfallWithStock[i];
      row[offset + layout.material(m, Metric.SHORTFALL_STOCK_EMPTY_UNITS)] = shortfall[i] - shortfallWithStock[i];
      row[offset + layout.material(m, Metric.SHORTFALL_SHARE)] = demanded > 0 ? shortfall[i] / demanded : 0;
      row[offset + layout.material(m, Metric.SHORTFALL_DAYS)] = shortfallDays[i];
      row[offset + layout.material(m, Metric.LONGEST_SHORTFALL_RUN_DAYS)] = longestRun[i];
      row[offset + layout.material(m, Metric.FIRST_SHORTFALL_DAY)] = firstShortfall[i];
      row[offset + layout.material(m, Metric.MIN_DAYS_OF_COVER)] = minCover[i];
      row[offset + layout.material(m, Metric.DAYS_BELOW_TARGET)] = daysBelow[i];
      row[offset + layout.material(m, Metric.COMPLIANCE)] = 1 - daysBelow[i] / (double) horizon;
      row[offset + layout.material(m, Metric.FILL_RATE)] = demanded > 0 ? Math.min(1, served[i] / demanded) : 1;
      row[offset + layout.material(m, Metric.INITIAL_STOCK_COST)] = initialCost;
      row[offset + layout.material(m, Metric.ACQUISITION_COST)] = acquisition;
      row[offset + layout.material(m, Metric.HOLDING_COST)] = holding;
      row[offset + layout.material(m, Metric.CAPITAL_COST)] = capital;
      row[offset + layout.material(m, Metric.SHORTAGE_COST)] = shortageCost[i];
      row[offset + layout.material(m, Metric.STOCK_USED_VALUE)] = usedValue;
      row[offset + layout.material(m, Metric.END_STOCK_VALUE)] = endValue;
      row[offset + layout.material(m, Metric.NET_COST)] = netCost;
      row[offset + layout.material(m, Metric.LOAN_PREMIUMS)] = premiums;
      row[offset + layout.material(m, Metric.EXCESS_UNITS)] = excess[i];
      row[offset + layout.material(m, Metric.EXCESS_SHOCKED_UNITS)] = excessShocked[i];
      row[offset + layout.material(m, Metric.EXCESS_LIMITED_UNITS)] = excessLimited[i];
      row[offset + layout.material(m, Metric.EXCESS_FULL_UNITS)] = excess[i] - excessShocked[i] - excessLimited[i];
      row[offset + layout.material(m, Metric.RELEASED_UNITS)] = released[i];
      row[offset + layout.material(m, Metric.RELEASE_DAYS)] = releaseDays[i];
      row[offset + layout.material(m, Metric.MAX_LOANS_OUTSTANDING)] = maxOwed[i];
      for (int j = 0; j < compiled.tierCount(m); j++) {
        int k = compiled.tierIndex(m, j) * LANES + l;
        row[offset + layout.tier(m, j, Metric.SHORTFALL_WITH_STOCK_UNITS)] = tierShortfallWithStock[k];
        row[offset + layout.tier(m, j, Metric.MIN_DAYS_OF_COVER)] = tierMinCover[k];
        row[offset + layout.tier(m, j, Metric.DAYS_BELOW_TARGET)] = tierDaysBelow[k];
        row[offset + layout.tier(m, j, Metric.COMPLIANCE)] = 1 - tierDaysBelow[k] / (double) horizon;
        row[offset + layout.tier(m, j, Metric.INITIAL_STOCK_COST)] =
            compiled.tierInitial[compiled.tierIndex(m, j)] * compiled.basePrice[m];
        row[offset + layout.tier(m, j, Metric.ACQUISITION_COST)] = tierAcquisition[k];
        row[offset + layout.tier(m, j, Metric.HOLDING_COST)] = tierHolding[k];
        row[offset + layout.tier(m, j, Metric.CAPITAL_COST)] = tierCapital[k];
        row[offset + layout.tier(m, j, Metric.STOCK_USED_VALUE)] = tierUsedValue[k];
        row[offset + layout.tier(m, j, Metric.END_STOCK_VALUE)] = tierEndValue[k];
        row[offset + layout.tier(m, j, Metric.LOAN_PREMIUMS)] = tierPremiums[k];
        row[offset + layout.tier(m, j, Metric.RELEASED_UNITS)] = tierReleased[k];
        row[offset + layout.tier(m, j, Metric.RELEASE_DAYS)] = tierReleaseDays[k];
        row[offset + layout.tier(m, j, Metric.MAX_LOANS_OUTSTANDING)] = tierMaxOwed[k];
      }
      totalMinCover = Math.min(totalMinCover, minCover[i]);
      double value = compiled.basePrice[m] > 0 ? compiled.basePrice[m] : 1;
      totalDemandValue += demanded * value;
      totalServedValue += served[i] * value;
      totalShortfallValue += shortfall[i] * value;
      totals[Metric.INITIAL_STOCK_COST.ordinal()] += initialCost;
      totals[Metric.ACQUISITION_COST.ordinal()] += acquisition;
      totals[Metric.HOLDING_COST.ordinal()] += holding;
      totals[Metric.CAPITAL_COST.ordinal()] += capital;
      totals[Metric.SHORTAGE_COST.ordinal()] += shortageCost[i];
      totals[Metric.STOCK_USED_VALUE.ordinal()] += usedValue;
      totals[Metric.END_STOCK_VALUE.ordinal()] += endValue;
      totals[Metric.NET_COST.ordinal()] += netCost;
      totals[Metric.LOAN_PREMIUMS.ordinal()] += premiums;
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
    for (Metric metric : Metric.TOTAL) {
      row[offset + layout.total(metric)] = totals[metric.ordinal()];
    }
  }
}
