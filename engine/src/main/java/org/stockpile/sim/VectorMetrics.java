package org.stockpile.sim;

import static jdk.incubator.vector.VectorOperators.EQ;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LT;
import static org.stockpile.sim.Lanes.SPECIES;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import org.stockpile.metrics.MetricLayout;

/**
 * The vector twin of {@link ReplicateMetrics}'s accumulators: all lanes at once, the same bits.
 */
final class VectorMetrics extends ReplicateMetrics {
  VectorMetrics(CompiledScenario compiled, MetricLayout layout) {
    super(compiled, layout);
  }

  @Override
  void acquisition(int k, double[] cost) {
    DoubleVector.fromArray(SPECIES, tierAcquisition, k).add(DoubleVector.fromArray(SPECIES, cost, 0))
        .intoArray(tierAcquisition, k);
  }

  @Override
  void stockUsed(int k, double[] value) {
    DoubleVector.fromArray(SPECIES, tierUsedValue, k).add(DoubleVector.fromArray(SPECIES, value, 0))
        .intoArray(tierUsedValue, k);
  }

  @Override
  void premiums(int k, double[] premiums) {
    DoubleVector.fromArray(SPECIES, tierPremiums, k).add(DoubleVector.fromArray(SPECIES, premiums, 0))
        .intoArray(tierPremiums, k);
  }

  @Override
  void excess(int m, double[] units, double[] shocked, double[] limited) {
    DoubleVector.fromArray(SPECIES, excess, m).add(DoubleVector.fromArray(SPECIES, units, 0)).intoArray(excess, m);
    DoubleVector.fromArray(SPECIES, excessShocked, m).add(DoubleVector.fromArray(SPECIES, shocked, 0))
        .intoArray(excessShocked, m);
    DoubleVector.fromArray(SPECIES, excessLimited, m).add(DoubleVector.fromArray(SPECIES, limited, 0))
        .intoArray(excessLimited, m);
  }

  @Override
  void endValue(int k, double[] stock, double[] price, int priceAt, double discount) {
    DoubleVector units = DoubleVector.fromArray(SPECIES, stock, k);
    units.mul(DoubleVector.fromArray(SPECIES, price, priceAt)).mul(discount).intoArray(tierEndValue, k);
  }

  @Override
  void tierDay(int k, double[] stock, double[] owed, double[] drawn, double holdingPerDay, double capitalPerDay,
      double[] price, double basePrice, double discount, double[] target, double perReference, double[] shortfallToday,
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
    DoubleVector.fromArray(SPECIES, tierDaysBelow, k).add(1, units.compare(LT, DoubleVector.fromArray(SPECIES, target, k).mul(BELOW_TARGET_FACTOR)))
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

  @Override
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

  @Override
  void materialStocks(int m, double[] stockAfter, double[] totalTarget, double[] totalOwed, double perReference) {
    DoubleVector after = DoubleVector.fromArray(SPECIES, stockAfter, 0);
    DoubleVector cover = after.mul(perReference);
    DoubleVector lowest = DoubleVector.fromArray(SPECIES, minCover, m);
    lowest.blend(cover, cover.compare(LT, lowest)).intoArray(minCover, m);
    VectorMask<Double> below = after.compare(LT, DoubleVector.fromArray(SPECIES, totalTarget, 0).mul(BELOW_TARGET_FACTOR));
    DoubleVector.zero(SPECIES).blend(1, below).intoArray(belowToday, m);
    DoubleVector.fromArray(SPECIES, daysBelow, m).add(1, below).intoArray(daysBelow, m);
    DoubleVector debt = DoubleVector.fromArray(SPECIES, totalOwed, 0);
    DoubleVector most = DoubleVector.fromArray(SPECIES, maxOwed, m);
    most.blend(debt, debt.compare(GT, most)).intoArray(maxOwed, m);
  }

  @Override
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
}
