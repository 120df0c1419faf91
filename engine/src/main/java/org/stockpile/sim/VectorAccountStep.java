package org.stockpile.sim;

import static jdk.incubator.vector.DoubleVector.fromArray;
import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LE;
import static jdk.incubator.vector.VectorOperators.NE;
import static org.stockpile.sim.Lanes.SPECIES;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;

/**
 * {@link AccountStep}'s costs, tomorrow's price and substitution, and metrics, a vector of lanes at
 * a time: the same bits.
 */
final class VectorAccountStep extends AccountStep {
  VectorAccountStep(LaneState state, int[] seriesOffset, int seriesCount) {
    super(state, seriesOffset, seriesCount);
  }

  /**
   * 8. Costs (storage, capital and shortage of the day, discounted to day 0), tomorrow's price and
   * substitution; 9. what the metrics need.
   */
  @Override
  void account(int m, int t, boolean observed) {
    final int atMaterial = m * LANES;
    final double perReference = inverseReference[m];
    final double discount = compiled.discount[t];
    DoubleVector after = DoubleVector.zero(SPECIES);
    DoubleVector owedTotal = DoubleVector.zero(SPECIES);
    DoubleVector targets = DoubleVector.zero(SPECIES);
    for (int k = compiled.tierStart[m]; k < compiled.tierEnd[m]; k++) {
      final int atTier = k * LANES;
      after = after.add(fromArray(SPECIES, stock, atTier));
      owedTotal = owedTotal.add(fromArray(SPECIES, owed, atTier));
      targets = targets.add(fromArray(SPECIES, targetNow, atTier));
    }
    after.intoArray(stockAfter, 0);
    owedTotal.intoArray(totalOwed, 0);
    targets.intoArray(totalTarget, 0);
    for (int k = compiled.tierStart[m]; k < compiled.tierEnd[m]; k++) {
      metrics.tierDay(k * LANES, stock, owed, drawn, compiled.tierHoldingPerDay[k], compiled.tierCapitalPerDay[k],
          todayPrice, compiled.basePrice[m], discount,
          targetNow, perReference, shortfallToday, atMaterial);
    }
    tomorrow(m);
    final int consumedAt = ((t & (consumedDays - 1)) * compiled.materialCount + m) * LANES;
    fromArray(SPECIES, servedFromArrivals, 0).add(fromArray(SPECIES, servedFromStockToday, atMaterial))
        .intoArray(consumed, consumedAt);
    metrics.materialFlows(atMaterial, t, demand, consumed, consumedAt, shortfallToday, servedFromStockToday, stockAfter,
        compiled.shortageCost[m], discount);
    metrics.materialStocks(atMaterial, stockAfter, totalTarget, totalOwed, perReference);
    if (observed) {
      observe(atMaterial);
    }
  }

  /** Tomorrow's price (elasticity to today's shortfall) and substitution (up while stressed, else down). */
  @Override
  void tomorrow(int m) {
    final int atMaterial = m * LANES;
    final double basePrice = compiled.basePrice[m];
    final double elasticity = compiled.elasticity[m];
    DoubleVector shortfall = fromArray(SPECIES, shortfallToday, atMaterial);
    // basePrice x (1 + elasticity x shortfall / toServe) where short and elastic.
    DoubleVector raised = shortfall.div(fromArray(SPECIES, toServe, 0)).mul(elasticity).add(1).mul(basePrice);
    VectorMask<Double> rising = shortfall.compare(GT, 0).and(SPECIES.maskAll(elasticity > 0));
    DoubleVector.broadcast(SPECIES, basePrice).blend(raised, rising).intoArray(price, atMaterial);
    final double step = compiled.substitutionStep[m];
    if (step > 0) {
      double most = compiled.substitutionMax[m];
      DoubleVector share = fromArray(SPECIES, substitution, atMaterial);
      DoubleVector up = share.add(step);
      up = up.blend(most, up.compare(GE, most));
      DoubleVector down = share.sub(step);
      down = down.blend(0, down.compare(LE, 0));
      down.blend(up, fromArray(SPECIES, stressed, 0).compare(NE, 0)).intoArray(substitution, atMaterial);
    }
  }
}
