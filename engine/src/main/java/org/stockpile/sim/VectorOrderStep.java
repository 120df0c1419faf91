package org.stockpile.sim;

import static jdk.incubator.vector.DoubleVector.fromArray;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LE;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.NE;
import static org.stockpile.sim.Lanes.SPECIES;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;

/** {@link OrderStep} a vector of lanes at a time: the same bits. */
final class VectorOrderStep extends OrderStep {


  VectorOrderStep(LaneState state) {
    super(state);
  }

  /**
   * 3. Orders: order-up-to on the inventory position. The economy orders today's expected
   * imports (expected demand less recycling), plus what its position lacks: the pipeline
   * (expected imports x lead times) less what is in transit, the backlog, what tiers miss below
   * their aims and what they are owed. Freely drawn tiers' stock above its aim, in-transit
   * surpluses and supply waiting unstored count against it. Tiers' buying is capped by their
   * refill rules, loans by their installments.
   */
  @Override
  void order(int m) {
    final int atMaterial = m * LANES;
    final DoubleVector zero = DoubleVector.zero(SPECIES);
    final DoubleVector expectedNow = fromArray(SPECIES, expected, 0);
    final DoubleVector net = expectedNow.sub(fromArray(SPECIES, recycled, 0));
    final DoubleVector need = net.blend(0, net.compare(LE, 0));
    final DoubleVector pipelineGap = need.mul(fromArray(SPECIES, flowLeadDays, atMaterial))
        .sub(fromArray(SPECIES, inTransit, atMaterial));
    final DoubleVector backlog = fromArray(SPECIES, backlogUnits, atMaterial);
    final DoubleVector safety = expectedNow.mul(safetyFactor[m]);
    final DoubleVector unitPrice = fromArray(SPECIES, todayPrice, 0);
    final VectorMask<Double> priced = unitPrice.compare(GT, 0);
    final VectorMask<Double> shockedToday = fromArray(SPECIES, shocked, atMaterial).compare(NE, 0);
    final DoubleVector sinceShocked = fromArray(SPECIES, this.sinceShocked, atMaterial);
    DoubleVector positionGap = pipelineGap.add(backlog).sub(fromArray(SPECIES, unstored, atMaterial));
    DoubleVector orderable = pipelineGap.blend(0, pipelineGap.compare(LE, 0)).add(backlog);
    DoubleVector before = zero;
    DoubleVector tierBuys = zero;
    for (int k = compiled.tierStart[m]; k < compiled.tierEnd[m]; k++) {
      final int atTier = k * LANES;
      DoubleVector units = fromArray(SPECIES, stock, atTier);
      DoubleVector due = fromArray(SPECIES, owed, atTier);
      before = before.add(units);
      zero.intoArray(drawn, atTier);
      zero.intoArray(repaidToday, atTier);
      DoubleVector aim = fromArray(SPECIES, targetNow, atTier)
          .add(safety, SPECIES.maskAll(k == firstFreeTier[m]));
      DoubleVector want = aim.sub(units).sub(due);
      // A tier with a release rule's stock above target does not count against the order; a freely drawn tier's does.
      DoubleVector counted = want.blend(0, want.compare(LE, 0).and(SPECIES.maskAll(compiled.tierRuled[k])));
      positionGap = positionGap.add(counted.add(due));
      DoubleVector installments = fromArray(SPECIES, installment, atTier);
      DoubleVector repay = due.blend(installments, due.compare(GT, installments));
      orderable = orderable.add(repay, due.compare(GT, 0));
      // Branch-free: without a refill delay the days since a shock are never below 0.
      VectorMask<Double> blocked = shockedToday.and(SPECIES.maskAll(!compiled.tierBuyWhileShocked[k]))
          .or(sinceShocked.compare(LT, compiled.tierRefillDelay[k]));
      VectorMask<Double> buying = want.compare(GT, 0).andNot(blocked);
      DoubleVector maxBuy = fromArray(SPECIES, maxBuyNow, atTier);
      DoubleVector buy = want.blend(maxBuy, want.compare(GT, maxBuy));
      DoubleVector budget = fromArray(SPECIES, budgetLeft, atTier);
      VectorMask<Double> overBudget = priced.and(buy.mul(unitPrice).compare(GT, budget));
      buy = buy.blend(budget.div(unitPrice), overBudget);
      orderable = orderable.add(buy, buying);
      tierBuys = tierBuys.add(buy, buying);
    }
    before.intoArray(stockBefore, 0);
    need.intoArray(importNeed, 0);
    DoubleVector wanted = need.add(positionGap.blend(orderable, positionGap.compare(GT, orderable)));
    DoubleVector ordered = wanted.blend(0, wanted.compare(LE, 0));
    ordered.intoArray(order, 0);
    // Reserve buying: the tiers' refills, as far as the order goes beyond today's expected imports.
    DoubleVector beyond = ordered.sub(need);
    beyond = beyond.blend(0, beyond.compare(LE, 0));
    tierBuys.blend(beyond, tierBuys.compare(GT, beyond)).intoArray(reserveOrder, 0);
  }
}
