package org.stockpile.sim;

import static jdk.incubator.vector.DoubleVector.fromArray;
import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LE;
import static jdk.incubator.vector.VectorOperators.NE;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import org.stockpile.metrics.SeriesBlock;

/**
 * Steps 8 and 9 of the day: costs, tomorrow's price and substitution, the metrics, the observed
 * flows and the daily series.
 */
final class AccountStep extends LaneArrays {
  /** Series of a material before its tiers' (see {@link RunResult.Series}). */
  private static final int SERIES = RunResult.Series.values().length;
  private static final int COVER = RunResult.Series.DAYS_OF_COVER.ordinal();
  private static final int SHORTFALL = RunResult.Series.SHORTFALL.ordinal();
  private static final int PRICE = RunResult.Series.PRICE.ordinal();
  private static final int RELEASED = RunResult.Series.RELEASED.ordinal();
  private static final int LOANS = RunResult.Series.LOANS_OUTSTANDING.ordinal();
  private static final int UNSTORED = RunResult.Series.UNSTORED.ordinal();

  private final int[] seriesOffset;
  private final int seriesCount;

  AccountStep(LaneState state, int[] seriesOffset, int seriesCount) {
    super(state);
    this.seriesOffset = seriesOffset;
    this.seriesCount = seriesCount;
  }

  /**
   * 8. Costs (storage, capital and shortage of the day, discounted to day 0), tomorrow's price and
   * substitution; 9. what the metrics need.
   */
  void account(int m, int t, boolean observed) {
    final int atMaterial = m * LANES;
    final double perReference = inverseReference[m];
    final double discount = compiled.discount[t];
    DoubleVector after = DoubleVector.zero(SPECIES);
    DoubleVector owedTotal = DoubleVector.zero(SPECIES);
    double targets = 0;
    for (int k = compiled.tierStart[m]; k < compiled.tierEnd[m]; k++) {
      final int atTier = k * LANES;
      after = after.add(fromArray(SPECIES, stock, atTier));
      owedTotal = owedTotal.add(fromArray(SPECIES, owed, atTier));
      targets += targetNow[k];
    }
    after.intoArray(stockAfter, 0);
    owedTotal.intoArray(totalOwed, 0);
    for (int k = compiled.tierStart[m]; k < compiled.tierEnd[m]; k++) {
      metrics.tierDay(k * LANES, stock, owed, drawn, compiled.tierHoldingPerDay[k], compiled.tierCapitalPerDay[k],
          todayPrice, compiled.basePrice[m], discount,
          targetNow[k], perReference, shortfallToday, atMaterial);
    }
    tomorrow(m);
    final int consumedAt = ((t & (consumedDays - 1)) * compiled.materialCount + m) * LANES;
    fromArray(SPECIES, servedFromArrivals, 0).add(fromArray(SPECIES, servedFromStockToday, atMaterial))
        .intoArray(consumed, consumedAt);
    metrics.materialFlows(atMaterial, t, demand, consumed, consumedAt, shortfallToday, servedFromStockToday, stockAfter,
        compiled.shortageCost[m], discount);
    metrics.materialStocks(atMaterial, stockAfter, targets, totalOwed, perReference);
    if (observed) {
      for (int l = 0; l < LANES; l++) {
        flows.record(atMaterial + l, demand[l], toServe[l], arrivals[l], recycled[l], servedFromArrivals[l],
            stockBefore[l], stockAfter[l], todayPrice[l], carried[l], unstored[atMaterial + l]);
      }
    }
  }

  /**
   * After the last day: every tier's stock credited at the final market price (tomorrow's, set by
   * the last day's shortfall), discounted from the end of the run.
   */
  void end() {
    final double discount = compiled.discount[compiled.horizon];
    for (int m = 0; m < compiled.materialCount; m++) {
      for (int k = compiled.tierStart[m]; k < compiled.tierEnd[m]; k++) {
        metrics.endValue(k * LANES, stock, price, m * LANES, discount);
      }
    }
  }

  /** Material {@code m}'s days of cover for the reported lanes, lane {@code l} at {@code at + l x stride}. */
  void cover(int m, double[] out, int at, int stride, int count) {
    final double perReference = inverseReference[m];
    for (int l = 0; l < count; l++) {
      out[at + l * stride] = stockAfter[l] * perReference;
    }
  }

  /** Daily series of material {@code m} for the reported lanes. */
  void record(int m, int t, SeriesBlock series, int row, int count) {
    final int atMaterial = m * LANES;
    final double perReference = inverseReference[m];
    final double basePrice = compiled.basePrice[m];
    final int at = t * seriesCount + seriesOffset[m];
    final int[] fileOrder = compiled.tierReportOrder[m];
    final int tiers = SERIES;
    for (int l = 0; l < count; l++) {
      double released = 0;
      for (int k = compiled.tierStart[m]; k < compiled.tierEnd[m]; k++) {
        if (compiled.tierRuled[k]) {
          released += drawn[k * LANES + l];
        }
      }
      series.put(row + l, at + COVER, stockAfter[l] * perReference);
      series.put(row + l, at + SHORTFALL, shortfallToday[atMaterial + l] * perReference);
      series.put(row + l, at + PRICE, basePrice > 0 ? todayPrice[l] / basePrice : 0);
      series.put(row + l, at + RELEASED, released * perReference);
      series.put(row + l, at + LOANS, totalOwed[l] * perReference);
      series.put(row + l, at + UNSTORED, unstored[atMaterial + l] * perReference);
      for (int j = 0; j < fileOrder.length; j++) {
        series.put(row + l, at + tiers + j, stock[fileOrder[j] * LANES + l] * perReference);
      }
    }
  }

  /** Tomorrow's price (elasticity to today's shortfall) and substitution (up while stressed, else down). */
  private void tomorrow(int m) {
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
