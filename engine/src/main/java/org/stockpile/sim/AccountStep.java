package org.stockpile.sim;

import static jdk.incubator.vector.DoubleVector.fromArray;
import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LE;
import static jdk.incubator.vector.VectorOperators.NE;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;
import org.stockpile.metrics.SeriesBlock;

/**
 * Steps 8 and 9 of the day: costs, tomorrow's price and substitution, the metrics, the observed
 * flows and the daily series.
 */
final class AccountStep {
  private static final int L = Lanes.COUNT;
  private static final VectorSpecies<Double> S = Lanes.SPECIES;
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
  private final CompiledScenario c;
  private final double[] inverseReference;
  private final double[] substitution;
  private final double[] price;
  private final double[] consumed;
  private final int consumedDays;
  private final double[] shortfallToday;
  private final double[] servedFromStockToday;
  private final double[] stock;
  private final double[] owed;
  private final double[] drawn;
  private final double[] todayPrice;
  private final double[] demand;
  private final double[] toServe;
  private final double[] recycled;
  private final double[] stockBefore;
  private final double[] arrivals;
  private final double[] servedFromArrivals;
  private final double[] stressed;
  private final double[] stockAfter;
  private final double[] unstored;
  private final double[] carried;
  private final double[] totalOwed;
  private final ReplicateMetrics metrics;
  private final LaneFlows flows;

  AccountStep(LaneState state, int[] seriesOffset, int seriesCount) {
    this.seriesOffset = seriesOffset;
    this.seriesCount = seriesCount;
    this.c = state.c;
    this.inverseReference = state.inverseReference;
    this.substitution = state.substitution;
    this.price = state.price;
    this.consumed = state.consumed;
    this.consumedDays = state.consumedDays;
    this.shortfallToday = state.shortfallToday;
    this.servedFromStockToday = state.servedFromStockToday;
    this.stock = state.stock;
    this.owed = state.owed;
    this.drawn = state.drawn;
    this.todayPrice = state.todayPrice;
    this.demand = state.demand;
    this.toServe = state.toServe;
    this.recycled = state.recycled;
    this.stockBefore = state.stockBefore;
    this.arrivals = state.arrivals;
    this.servedFromArrivals = state.servedFromArrivals;
    this.stressed = state.stressed;
    this.stockAfter = state.stockAfter;
    this.unstored = state.unstored;
    this.carried = state.carried;
    this.totalOwed = state.totalOwed;
    this.metrics = state.metrics;
    this.flows = state.flows;
  }

  /**
   * 8. Costs (storage, capital and shortage of the day, discounted to day 0), tomorrow's price and
   * substitution; 9. what the metrics need.
   */
  void account(int m, int t, boolean observed) {
    final int mL = m * L;
    final double perReference = inverseReference[m];
    final double discount = c.discount[t];
    DoubleVector after = DoubleVector.zero(S);
    DoubleVector owedTotal = DoubleVector.zero(S);
    double targets = 0;
    for (int k = c.tierStart[m]; k < c.tierEnd[m]; k++) {
      final int kL = k * L;
      after = after.add(fromArray(S, stock, kL));
      owedTotal = owedTotal.add(fromArray(S, owed, kL));
      targets += c.tierTarget[k];
    }
    after.intoArray(stockAfter, 0);
    owedTotal.intoArray(totalOwed, 0);
    for (int k = c.tierStart[m]; k < c.tierEnd[m]; k++) {
      metrics.tierDay(k * L, stock, owed, drawn, c.tierHoldingPerDay[k], c.tierCapitalPerDay[k], todayPrice,
          c.basePrice[m], discount,
          c.tierTarget[k], perReference, shortfallToday, mL);
    }
    tomorrow(m);
    final int consumedAt = ((t & (consumedDays - 1)) * c.materialCount + m) * L;
    fromArray(S, servedFromArrivals, 0).add(fromArray(S, servedFromStockToday, mL)).intoArray(consumed, consumedAt);
    metrics.materialFlows(mL, t, demand, consumed, consumedAt, shortfallToday, servedFromStockToday, stockAfter,
        c.shortageCost[m], discount);
    metrics.materialStocks(mL, stockAfter, targets, totalOwed, perReference);
    if (observed) {
      for (int l = 0; l < L; l++) {
        flows.record(mL + l, demand[l], toServe[l], arrivals[l], recycled[l], servedFromArrivals[l],
            stockBefore[l], stockAfter[l], todayPrice[l], carried[l], unstored[mL + l]);
      }
    }
  }

  /**
   * After the last day: every tier's stock credited at the final market price (tomorrow's, set by
   * the last day's shortfall), discounted from the end of the run.
   */
  void end() {
    final double discount = c.discount[c.horizon];
    for (int m = 0; m < c.materialCount; m++) {
      for (int k = c.tierStart[m]; k < c.tierEnd[m]; k++) {
        metrics.endValue(k * L, stock, price, m * L, discount);
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
    final int mL = m * L;
    final double perReference = inverseReference[m];
    final double basePrice = c.basePrice[m];
    final int at = t * seriesCount + seriesOffset[m];
    final int[] fileOrder = c.tierReportOrder[m];
    final int tiers = SERIES;
    for (int l = 0; l < count; l++) {
      double released = 0;
      for (int k = c.tierStart[m]; k < c.tierEnd[m]; k++) {
        if (c.tierRuled[k]) {
          released += drawn[k * L + l];
        }
      }
      series.put(row + l, at + COVER, stockAfter[l] * perReference);
      series.put(row + l, at + SHORTFALL, shortfallToday[mL + l] * perReference);
      series.put(row + l, at + PRICE, basePrice > 0 ? todayPrice[l] / basePrice : 0);
      series.put(row + l, at + RELEASED, released * perReference);
      series.put(row + l, at + LOANS, totalOwed[l] * perReference);
      series.put(row + l, at + UNSTORED, unstored[mL + l] * perReference);
      for (int j = 0; j < fileOrder.length; j++) {
        series.put(row + l, at + tiers + j, stock[fileOrder[j] * L + l] * perReference);
      }
    }
  }

  /** Tomorrow's price (elasticity to today's shortfall) and substitution (up while stressed, else down). */
  private void tomorrow(int m) {
    final int mL = m * L;
    final double basePrice = c.basePrice[m];
    final double elasticity = c.elasticity[m];
    DoubleVector shortfall = fromArray(S, shortfallToday, mL);
    // basePrice x (1 + elasticity x shortfall / toServe) where short and elastic.
    DoubleVector raised = shortfall.div(fromArray(S, toServe, 0)).mul(elasticity).add(1).mul(basePrice);
    VectorMask<Double> rising = shortfall.compare(GT, 0).and(S.maskAll(elasticity > 0));
    DoubleVector.broadcast(S, basePrice).blend(raised, rising).intoArray(price, mL);
    final double step = c.substitutionStep[m];
    if (step > 0) {
      double most = c.substitutionMax[m];
      DoubleVector share = fromArray(S, substitution, mL);
      DoubleVector up = share.add(step);
      up = up.blend(most, up.compare(GE, most));
      DoubleVector down = share.sub(step);
      down = down.blend(0, down.compare(LE, 0));
      down.blend(up, fromArray(S, stressed, 0).compare(NE, 0)).intoArray(substitution, mL);
    }
  }
}
