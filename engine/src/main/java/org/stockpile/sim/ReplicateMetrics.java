package org.stockpile.sim;

import static jdk.incubator.vector.VectorOperators.EQ;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LT;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;
import org.stockpile.metrics.Metric;
import org.stockpile.metrics.MetricLayout;

/**
 * What a replicate's metrics need, accumulated day by day by the {@link Kernel} (step 9 of the
 * day) in all its lanes at once, and written as one row of {@link MetricLayout} per lane at the
 * end. Arrays are lane-minor (material or tier {@code i} of lane {@code l} at
 * {@code i x lanes + l}); day counts are kept as doubles (exact far beyond any horizon) so that
 * they add up as vectors. Reused from replicate to replicate: nothing is allocated per day or per
 * replicate.
 */
final class ReplicateMetrics {
  private static final double BELOW_TARGET_FACTOR = 1 - 1e-9;
  private static final int LANES = Lanes.COUNT;
  private static final VectorSpecies<Double> SPECIES = Lanes.SPECIES;

  private final CompiledScenario compiled;
  private final MetricLayout layout;
  private final int horizon;

  // Per material.
  private final double[] demand;
  private final double[] served;
  private final double[] shortfall;
  private final double[] shortfallWithStock;
  private final double[] shortfallDays;
  private final double[] shortfallRun;
  private final double[] longestRun;
  private final double[] firstShortfall;
  private final double[] minCover;
  private final double[] daysBelow;
  private final double[] belowToday;
  private final double[] shortageCost;
  private final double[] excess;
  private final double[] excessShocked;
  private final double[] excessLimited;
  private final double[] released;
  private final double[] releaseDays;
  private final double[] maxOwed;

  // Per tier (global index, priority order).
  private final double[] tierShortfallWithStock;
  private final double[] tierMinCover;
  private final double[] tierDaysBelow;
  private final double[] tierAcquisition;
  private final double[] tierHolding;
  private final double[] tierCapital;
  private final double[] tierUsedValue;
  private final double[] tierEndValue;
  private final double[] tierPremiums;
  private final double[] tierReleased;
  private final double[] tierReleaseDays;
  private final double[] tierMaxOwed;

  // Over all materials, per lane.
  private final double[] totals = new double[Metric.values().length];
  private final double[] totalShortfallDays = new double[LANES];
  private final double[] totalShortfallRun = new double[LANES];
  private final double[] totalLongestRun = new double[LANES];
  private final double[] totalFirstShortfall = new double[LANES];
  private final double[] totalDaysBelow = new double[LANES];
  private final double[] totalReleaseDays = new double[LANES];

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
   * The accumulators below take one value per lane in a scratch array, not a vector: a vector
   * passed to a method the JIT does not inline is allocated.
   */

  /**
   * Money spent on units put into tier {@code k} (lane-minor offset of its first lane), as a
   * present value: {@code cost} holds one value per lane, zero where nothing was bought.
   */
  void acquisition(int k, double[] cost) {
    DoubleVector.fromArray(SPECIES, tierAcquisition, k).add(DoubleVector.fromArray(SPECIES, cost, 0))
        .intoArray(tierAcquisition, k);
  }

  /** Stock tier {@code k} drew to serve demand today, at the base price (present value). */
  void stockUsed(int k, double[] value) {
    DoubleVector.fromArray(SPECIES, tierUsedValue, k).add(DoubleVector.fromArray(SPECIES, value, 0))
        .intoArray(tierUsedValue, k);
  }

  /** Loan premiums (money, present value) owed to tier {@code k} for today's loans. */
  void premiums(int k, double[] premiums) {
    DoubleVector.fromArray(SPECIES, tierPremiums, k).add(DoubleVector.fromArray(SPECIES, premiums, 0))
        .intoArray(tierPremiums, k);
  }

  /**
   * Supply put aside today by material {@code m} (offset of its first lane): {@code units} in all,
   * of which {@code shocked} refused while shocked and {@code limited} held back by budgets or
   * buying caps (the rest came with every tier full).
   */
  void excess(int m, double[] units, double[] shocked, double[] limited) {
    DoubleVector.fromArray(SPECIES, excess, m).add(DoubleVector.fromArray(SPECIES, units, 0)).intoArray(excess, m);
    DoubleVector.fromArray(SPECIES, excessShocked, m).add(DoubleVector.fromArray(SPECIES, shocked, 0))
        .intoArray(excessShocked, m);
    DoubleVector.fromArray(SPECIES, excessLimited, m).add(DoubleVector.fromArray(SPECIES, limited, 0))
        .intoArray(excessLimited, m);
  }

  /**
   * Tier {@code k}'s stock left at the end of the run, credited at the final market price
   * {@code price} (one per lane) discounted by {@code discount}.
   */
  void endValue(int k, double[] stock, double[] price, int priceAt, double discount) {
    DoubleVector units = DoubleVector.fromArray(SPECIES, stock, k);
    units.mul(DoubleVector.fromArray(SPECIES, price, priceAt)).mul(discount).intoArray(tierEndValue, k);
  }

  /**
   * Tier {@code k} (offset of its first lane in the kernel's tier arrays) at the end of a day; the
   * material's shortfall of the day is at {@code m} of {@code shortfallToday}. Storage is
   * {@code holdingPerDay} a unit, capital {@code capitalPerDay} of the value at {@code price} (one
   * per lane), stock drawn is used at {@code basePrice}, all discounted by {@code discount}.
   */
  void tierDay(int k, double[] stock, double[] owed, double[] drawn, double holdingPerDay, double capitalPerDay,
      double[] price, double basePrice, double discount, double target, double perReference, double[] shortfallToday,
      int m) {
    DoubleVector units = DoubleVector.fromArray(SPECIES, stock, k);
    DoubleVector.fromArray(SPECIES, tierShortfallWithStock, k).add(DoubleVector.fromArray(SPECIES, shortfallToday, m),
        units.compare(GT, 0)).intoArray(tierShortfallWithStock, k);
    DoubleVector.fromArray(SPECIES, tierHolding, k).add(units.mul(holdingPerDay * discount)).intoArray(tierHolding, k);
    if (capitalPerDay > 0) {
      DoubleVector value = units.mul(DoubleVector.fromArray(SPECIES, price, 0));
      DoubleVector.fromArray(SPECIES, tierCapital, k).add(value.mul(capitalPerDay * discount))
          .intoArray(tierCapital, k);
    }
    DoubleVector cover = units.mul(perReference);
    DoubleVector lowest = DoubleVector.fromArray(SPECIES, tierMinCover, k);
    lowest.blend(cover, cover.compare(LT, lowest)).intoArray(tierMinCover, k);
    DoubleVector.fromArray(SPECIES, tierDaysBelow, k).add(1, units.compare(LT, target * BELOW_TARGET_FACTOR))
        .intoArray(tierDaysBelow, k);
    DoubleVector released = DoubleVector.fromArray(SPECIES, drawn, k);
    VectorMask<Double> release = released.compare(GT, 0);
    DoubleVector.fromArray(SPECIES, tierReleased, k).add(released, release).intoArray(tierReleased, k);
    DoubleVector.fromArray(SPECIES, tierUsedValue, k).add(released.mul(basePrice * discount), release)
        .intoArray(tierUsedValue, k);
    DoubleVector.fromArray(SPECIES, tierReleaseDays, k).add(1, release).intoArray(tierReleaseDays, k);
    DoubleVector debt = DoubleVector.fromArray(SPECIES, owed, k);
    DoubleVector most = DoubleVector.fromArray(SPECIES, tierMaxOwed, k);
    most.blend(debt, debt.compare(GT, most)).intoArray(tierMaxOwed, k);
  }

  /**
   * Flows of material {@code m} (offset of its first lane) on day {@code t}: the day's demand (one
   * per lane), what was consumed (at {@code consumedAt}), shortfall and draws from stock (at
   * {@code m}), the stock left in all tiers (one per lane), and the shortage cost per unit,
   * discounted to day 0 by {@code discount}.
   */
  void materialFlows(int m, int t, double[] demanded, double[] consumed, int consumedAt, double[] shortfallToday,
      double[] fromStockToday, double[] stockAfter, double shortageCostPerUnit, double discount) {
    DoubleVector unserved = DoubleVector.fromArray(SPECIES, shortfallToday, m);
    DoubleVector.fromArray(SPECIES, shortfallWithStock, m).add(unserved, DoubleVector.fromArray(SPECIES, stockAfter, 0)
        .compare(GT, 0)).intoArray(shortfallWithStock, m);
    DoubleVector fromStock = DoubleVector.fromArray(SPECIES, fromStockToday, m);
    DoubleVector.fromArray(SPECIES, demand, m).add(DoubleVector.fromArray(SPECIES, demanded, 0)).intoArray(demand, m);
    DoubleVector.fromArray(SPECIES, served, m).add(DoubleVector.fromArray(SPECIES, consumed, consumedAt))
        .intoArray(served, m);
    DoubleVector.fromArray(SPECIES, shortfall, m).add(unserved).intoArray(shortfall, m);
    DoubleVector.fromArray(SPECIES, shortageCost, m).add(unserved.mul(shortageCostPerUnit * discount))
        .intoArray(shortageCost, m);
    DoubleVector.fromArray(SPECIES, released, m).add(fromStock).intoArray(released, m);
    DoubleVector.fromArray(SPECIES, releaseDays, m).add(1, fromStock.compare(GT, 0)).intoArray(releaseDays, m);
    VectorMask<Double> shortToday = unserved.compare(GT, 0);
    DoubleVector.fromArray(SPECIES, shortfallDays, m).add(1, shortToday).intoArray(shortfallDays, m);
    DoubleVector run = DoubleVector.fromArray(SPECIES, shortfallRun, m).add(1).blend(0, shortToday.not());
    run.intoArray(shortfallRun, m);
    DoubleVector longest = DoubleVector.fromArray(SPECIES, longestRun, m);
    longest.blend(run, run.compare(GT, longest)).intoArray(longestRun, m);
    DoubleVector first = DoubleVector.fromArray(SPECIES, firstShortfall, m);
    first.blend((double) t, shortToday.and(first.compare(EQ, (double) horizon))).intoArray(firstShortfall, m);
  }

  /**
   * Stocks of material {@code m} (offset of its first lane) at the end of a day: its total stock
   * and loans outstanding (one per lane) and the sum of its tiers' targets.
   */
  void materialStocks(int m, double[] stockAfter, double totalTarget, double[] totalOwed, double perReference) {
    DoubleVector after = DoubleVector.fromArray(SPECIES, stockAfter, 0);
    DoubleVector cover = after.mul(perReference);
    DoubleVector lowest = DoubleVector.fromArray(SPECIES, minCover, m);
    lowest.blend(cover, cover.compare(LT, lowest)).intoArray(minCover, m);
    VectorMask<Double> below = after.compare(LT, totalTarget * BELOW_TARGET_FACTOR);
    DoubleVector.zero(SPECIES).blend(1, below).intoArray(belowToday, m);
    DoubleVector.fromArray(SPECIES, daysBelow, m).add(1, below).intoArray(daysBelow, m);
    DoubleVector debt = DoubleVector.fromArray(SPECIES, totalOwed, 0);
    DoubleVector most = DoubleVector.fromArray(SPECIES, maxOwed, m);
    most.blend(debt, debt.compare(GT, most)).intoArray(maxOwed, m);
  }

  /**
   * Totals over materials: a day counts when any material has a shortfall, is below target or
   * draws stock. The flows are lane-minor.
   */
  void dayTotals(int t, double[] shortfallToday, double[] fromStockToday) {
    // Sums of values that are never negative: positive exactly where any material's is.
    DoubleVector shortfallSum = DoubleVector.zero(SPECIES);
    DoubleVector belowSum = DoubleVector.zero(SPECIES);
    DoubleVector releaseSum = DoubleVector.zero(SPECIES);
    for (int i = 0; i < compiled.materialCount * LANES; i += LANES) {
      shortfallSum = shortfallSum.add(DoubleVector.fromArray(SPECIES, shortfallToday, i));
      belowSum = belowSum.add(DoubleVector.fromArray(SPECIES, belowToday, i));
      releaseSum = releaseSum.add(DoubleVector.fromArray(SPECIES, fromStockToday, i));
    }
    VectorMask<Double> anyShortfall = shortfallSum.compare(GT, 0);
    VectorMask<Double> below = belowSum.compare(GT, 0);
    VectorMask<Double> release = releaseSum.compare(GT, 0);
    DoubleVector.fromArray(SPECIES, totalShortfallDays, 0).add(1, anyShortfall).intoArray(totalShortfallDays, 0);
    DoubleVector run = DoubleVector.fromArray(SPECIES, totalShortfallRun, 0).add(1).blend(0, anyShortfall.not());
    run.intoArray(totalShortfallRun, 0);
    DoubleVector longest = DoubleVector.fromArray(SPECIES, totalLongestRun, 0);
    longest.blend(run, run.compare(GT, longest)).intoArray(totalLongestRun, 0);
    DoubleVector first = DoubleVector.fromArray(SPECIES, totalFirstShortfall, 0);
    first.blend((double) t, anyShortfall.and(first.compare(EQ, (double) horizon))).intoArray(totalFirstShortfall, 0);
    DoubleVector.fromArray(SPECIES, totalDaysBelow, 0).add(1, below).intoArray(totalDaysBelow, 0);
    DoubleVector.fromArray(SPECIES, totalReleaseDays, 0).add(1, release).intoArray(totalReleaseDays, 0);
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
