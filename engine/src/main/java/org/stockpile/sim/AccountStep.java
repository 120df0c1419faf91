package org.stockpile.sim;

import org.stockpile.metrics.SeriesBlock;

/**
 * Steps 8 and 9 of the day, lane by lane: costs, tomorrow's price and substitution, the metrics,
 * the observed flows and the daily series. {@link VectorAccountStep} computes the costs, prices
 * and metrics with the same bits a vector of lanes at a time.
 */
class AccountStep extends LaneArrays {
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
    final int k0 = compiled.tierStart[m];
    final int k1 = compiled.tierEnd[m];
    for (int l = 0; l < LANES; l++) {
      double after = 0;
      double owedTotal = 0;
      double targets = 0;
      for (int k = k0; k < k1; k++) {
        after += stock[k * LANES + l];
        owedTotal += owed[k * LANES + l];
        targets += targetNow[k * LANES + l];
      }
      stockAfter[l] = after;
      totalOwed[l] = owedTotal;
      totalTarget[l] = targets;
    }
    for (int k = k0; k < k1; k++) {
      metrics.tierDay(k * LANES, stock, owed, drawn, compiled.tierHoldingPerDay[k], compiled.tierCapitalPerDay[k],
          todayPrice, compiled.basePrice[m], discount,
          targetNow, perReference, shortfallToday, atMaterial);
    }
    tomorrow(m);
    final int consumedAt = ((t & (consumedDays - 1)) * compiled.materialCount + m) * LANES;
    for (int l = 0; l < LANES; l++) {
      consumed[consumedAt + l] = servedFromArrivals[l] + servedFromStockToday[atMaterial + l];
    }
    metrics.materialFlows(atMaterial, t, demand, consumed, consumedAt, shortfallToday, servedFromStockToday, stockAfter,
        compiled.shortageCost[m], discount);
    metrics.materialStocks(atMaterial, stockAfter, totalTarget, totalOwed, perReference);
    if (observed) {
      observe(atMaterial);
    }
  }

  /** Tomorrow's price (elasticity to today's shortfall) and substitution (up while stressed, else down). */
  void tomorrow(int m) {
    final int atMaterial = m * LANES;
    final double basePrice = compiled.basePrice[m];
    final double elasticity = compiled.elasticity[m];
    final double step = compiled.substitutionStep[m];
    final double most = compiled.substitutionMax[m];
    for (int l = 0; l < LANES; l++) {
      final int i = atMaterial + l;
      final double shortfall = shortfallToday[i];
      // basePrice x (1 + elasticity x shortfall / toServe) where short and elastic.
      price[i] = shortfall > 0 && elasticity > 0 ? (shortfall / toServe[l] * elasticity + 1) * basePrice : basePrice;
      if (step > 0) {
        final double share = substitution[i];
        double up = share + step;
        up = up >= most ? most : up;
        double down = share - step;
        down = down <= 0 ? 0 : down;
        substitution[i] = stressed[l] != 0 ? up : down;
      }
    }
  }

  /** What an observer sees of material {@code m}'s day (its first lane at {@code atMaterial}), every lane. */
  final void observe(int atMaterial) {
    for (int l = 0; l < LANES; l++) {
      flows.record(atMaterial + l, demand[l], toServe[l], arrivals[l], recycled[l], servedFromArrivals[l],
          stockBefore[l], stockAfter[l], todayPrice[l], carried[l], unstored[atMaterial + l]);
    }
  }

  /**
   * After the last day: every tier's stock credited at the final market price (tomorrow's, set by
   * the last day's shortfall), discounted from the end of the run.
   */
  final void end() {
    final double discount = compiled.discount[compiled.horizon];
    for (int m = 0; m < compiled.materialCount; m++) {
      for (int k = compiled.tierStart[m]; k < compiled.tierEnd[m]; k++) {
        metrics.endValue(k * LANES, stock, price, m * LANES, discount);
      }
    }
  }

  /** Material {@code m}'s days of cover for the reported lanes, lane {@code l} at {@code at + l x stride}. */
  final void cover(int m, double[] out, int at, int stride, int count) {
    final double perReference = inverseReference[m];
    for (int l = 0; l < count; l++) {
      out[at + l * stride] = stockAfter[l] * perReference;
    }
  }

  /** Daily series of material {@code m} for the reported lanes. */
  final void record(int m, int t, SeriesBlock series, int row, int count) {
    final int atMaterial = m * LANES;
    final double perReference = inverseReference[m];
    final double basePrice = compiled.basePrice[m];
    final int at = t * seriesCount + seriesOffset[m];
    final int[] fileOrder = compiled.tierReportOrder[m];
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
        series.put(row + l, at + SERIES + j, stock[fileOrder[j] * LANES + l] * perReference);
      }
    }
  }
}
