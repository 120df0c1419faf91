package org.stockpile.sim;

import static jdk.incubator.vector.DoubleVector.fromArray;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.NE;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/** Step 5 of the day: draws from stock, free tiers first, ruled tiers by their release rules. */
final class DrawStep {
  private static final int L = Lanes.COUNT;
  private static final VectorSpecies<Double> S = Lanes.SPECIES;

  private final CompiledScenario c;
  private final double[] servedFromStockToday;
  private final double[] stock;
  private final double[] owed;
  private final double[] installment;
  private final double[] triggerDays;
  private final double[] calmDays;
  private final double[] releasing;
  private final double[] drawn;
  private final double[] toServe;
  private final double[] gap;
  private final double[] todayPrice;
  private final ReplicateMetrics metrics;
  private final double[] scratch;

  DrawStep(LaneState state) {
    this.c = state.c;
    this.servedFromStockToday = state.servedFromStockToday;
    this.stock = state.stock;
    this.owed = state.owed;
    this.installment = state.installment;
    this.triggerDays = state.triggerDays;
    this.calmDays = state.calmDays;
    this.releasing = state.releasing;
    this.drawn = state.drawn;
    this.toServe = state.toServe;
    this.gap = state.gap;
    this.todayPrice = state.todayPrice;
    this.metrics = state.metrics;
    this.scratch = state.scratch;
  }

  /**
   * 5. Stock draws: free tiers first; a ruled tier releases once the unmet share it faces has
   * exceeded its trigger on more than latencyDays consecutive days, and keeps releasing until the
   * trigger has stayed off as long (hysteresis: one calm day does not end a release programme).
   * A loan is owed back in units; its premium is money, due at the day's market price. (What was
   * drawn is valued, as stock used, with the day's other metrics: {@link ReplicateMetrics#tierDay}.)
   */
  void draw(int m, int t) {
    final int mL = m * L;
    final DoubleVector need = fromArray(S, toServe, 0);
    DoubleVector unserved = fromArray(S, gap, 0);
    DoubleVector fromStock = DoubleVector.zero(S);
    for (int k = c.tierStart[m]; k < c.tierEnd[m]; k++) {
      final int kL = k * L;
      DoubleVector units = fromArray(S, stock, kL);
      DoubleVector take = unserved.blend(units, unserved.compare(GT, units));
      if (c.tierRuled[k]) {
        // A ruled tier releases once the unmet share it faces has exceeded its trigger on more
        // than latencyDays consecutive days, until the trigger has stayed off as long; at most
        // its daily cap; loans are recorded, their premium in money. Unmet share > trigger,
        // without a division.
        VectorMask<Double> triggered = unserved.compare(GT, need.mul(c.tierTrigger[k])).and(unserved.compare(GT, 0));
        DoubleVector onDays = fromArray(S, triggerDays, kL).add(1).blend(0, triggered.not());
        DoubleVector offDays = fromArray(S, calmDays, kL).add(1).blend(0, triggered);
        onDays.intoArray(triggerDays, kL);
        offDays.intoArray(calmDays, kL);
        double latency = c.tierLatency[k];
        VectorMask<Double> was = fromArray(S, releasing, kL).compare(NE, 0);
        VectorMask<Double> on = was.andNot(offDays.compare(GT, latency)).or(onDays.compare(GT, latency));
        DoubleVector.zero(S).blend(1, on).intoArray(releasing, kL);
        double cap = c.tierMaxRelease[k];
        take = take.blend(cap, take.compare(GT, cap)).blend(0, on.not());
        VectorMask<Double> lending = take.compare(GT, 0).and(S.maskAll(c.tierLoan[k]));
        DoubleVector debt = fromArray(S, owed, kL).add(take, lending);
        debt.intoArray(owed, kL);
        if (c.tierLoanPremium[k] > 0 && lending.anyTrue()) {
          DoubleVector premium = take.mul(fromArray(S, todayPrice, 0)).mul(c.tierLoanPremium[k] * c.discount[t]);
          premium.blend(0, lending.not()).intoArray(scratch, 0);
          metrics.premiums(kL, scratch);
        }
        fromArray(S, installment, kL).blend(debt.div(c.tierPayback[k]), lending).intoArray(installment, kL);
      }
      VectorMask<Double> drawing = take.compare(GT, 0);
      units.sub(take, drawing).intoArray(stock, kL);
      unserved = unserved.sub(take, drawing);
      fromStock = fromStock.add(take, drawing);
      take.blend(0, drawing.not()).intoArray(drawn, kL);
    }
    unserved.intoArray(gap, 0);
    fromStock.intoArray(servedFromStockToday, mL);
  }
}
