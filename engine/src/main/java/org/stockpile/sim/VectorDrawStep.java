package org.stockpile.sim;

import static jdk.incubator.vector.DoubleVector.fromArray;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.NE;
import static org.stockpile.sim.Lanes.SPECIES;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;

/** {@link DrawStep} a vector of lanes at a time: the same bits. */
final class VectorDrawStep extends DrawStep {


  VectorDrawStep(LaneState state) {
    super(state);
  }

  /**
   * 5. Stock draws: freely drawn tiers first; a tier with a release rule releases once the unmet share it faces has
   * exceeded its trigger on more than latencyDays consecutive days, and keeps releasing until the
   * trigger has stayed off as long (hysteresis: one calm day does not end a release programme).
   * A loan is owed back in units; its premium is money, due at the day's market price. (What was
   * drawn is valued, as stock used, with the day's other metrics: {@link ReplicateMetrics#tierDay}.)
   */
  @Override
  void draw(int m, int t) {
    final int atMaterial = m * LANES;
    final DoubleVector need = fromArray(SPECIES, toServe, 0);
    DoubleVector unserved = fromArray(SPECIES, gap, 0);
    DoubleVector fromStock = DoubleVector.zero(SPECIES);
    for (int k = compiled.tierStart[m]; k < compiled.tierEnd[m]; k++) {
      final int atTier = k * LANES;
      DoubleVector units = fromArray(SPECIES, stock, atTier);
      DoubleVector take = unserved.blend(units, unserved.compare(GT, units));
      if (compiled.tierReleasePolicy[k] != null) {
        // A custom policy decides lane by lane, with the arithmetic of DrawStep.
        unserved.intoArray(gap, 0);
        take.intoArray(scratch, 0);
        for (int l = 0; l < LANES; l++) {
          scratch[l] = releaseByPolicy(k, m, l, t, toServe[l], gap[l], scratch[l]);
        }
        take = fromArray(SPECIES, scratch, 0);
      } else if (compiled.tierRuled[k]) {
        // A tier with a release rule releases once the unmet share it faces has exceeded its
        // trigger on more than latencyDays consecutive days, until the trigger has stayed off as
        // long; at most its daily cap. Unmet share > trigger, without a division.
        VectorMask<Double> triggered = unserved.compare(GT, need.mul(compiled.tierTrigger[k]))
            .and(unserved.compare(GT, 0));
        DoubleVector onDays = fromArray(SPECIES, triggerDays, atTier).add(1).blend(0, triggered.not());
        DoubleVector offDays = fromArray(SPECIES, calmDays, atTier).add(1).blend(0, triggered);
        onDays.intoArray(triggerDays, atTier);
        offDays.intoArray(calmDays, atTier);
        double latency = compiled.tierLatency[k];
        VectorMask<Double> was = fromArray(SPECIES, releasing, atTier).compare(NE, 0);
        VectorMask<Double> on = was.andNot(offDays.compare(GT, latency)).or(onDays.compare(GT, latency));
        DoubleVector.zero(SPECIES).blend(1, on).intoArray(releasing, atTier);
        double cap = compiled.tierMaxRelease[k];
        take = take.blend(cap, take.compare(GT, cap)).blend(0, on.not());
        if (compiled.tierLoan[k]) {
          // A loan is owed back in units, in equal installments; its premium is money.
          VectorMask<Double> lending = take.compare(GT, 0);
          DoubleVector debt = fromArray(SPECIES, owed, atTier).add(take, lending);
          debt.intoArray(owed, atTier);
          if (compiled.tierLoanPremium[k] > 0 && lending.anyTrue()) {
            DoubleVector premium = take.mul(fromArray(SPECIES, todayPrice, 0))
                .mul(compiled.tierLoanPremium[k] * compiled.discount[t]);
            premium.blend(0, lending.not()).intoArray(scratch, 0);
            metrics.premiums(atTier, scratch);
          }
          fromArray(SPECIES, installment, atTier).blend(debt.div(compiled.tierPayback[k]), lending)
              .intoArray(installment, atTier);
        }
      }
      VectorMask<Double> drawing = take.compare(GT, 0);
      units.sub(take, drawing).intoArray(stock, atTier);
      unserved = unserved.sub(take, drawing);
      fromStock = fromStock.add(take, drawing);
      take.blend(0, drawing.not()).intoArray(drawn, atTier);
    }
    unserved.intoArray(gap, 0);
    fromStock.intoArray(servedFromStockToday, atMaterial);
  }
}
