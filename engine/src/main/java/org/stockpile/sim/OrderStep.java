package org.stockpile.sim;

import static jdk.incubator.vector.DoubleVector.fromArray;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LE;
import static jdk.incubator.vector.VectorOperators.NE;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/** Step 3 of the day: what the economy orders (an order-up-to rule on its inventory position). */
final class OrderStep {
  private static final int L = Lanes.COUNT;
  private static final VectorSpecies<Double> S = Lanes.SPECIES;

  private final CompiledScenario c;
  private final double[] shocked;
  private final double[] safetyFactor;
  private final int[] firstFreeTier;
  private final double[] flowLeadDays;
  private final double[] inTransit;
  private final double[] backlogUnits;
  private final double[] stock;
  private final double[] owed;
  private final double[] installment;
  private final double[] budgetLeft;
  private final double[] drawn;
  private final double[] repaidToday;
  private final double[] todayPrice;
  private final double[] expected;
  private final double[] recycled;
  private final double[] importNeed;
  private final double[] stockBefore;
  private final double[] order;
  private final double[] unstored;

  OrderStep(LaneState state) {
    this.c = state.c;
    this.shocked = state.shocked;
    this.safetyFactor = state.safetyFactor;
    this.firstFreeTier = state.firstFreeTier;
    this.flowLeadDays = state.flowLeadDays;
    this.inTransit = state.inTransit;
    this.backlogUnits = state.backlogUnits;
    this.stock = state.stock;
    this.owed = state.owed;
    this.installment = state.installment;
    this.budgetLeft = state.budgetLeft;
    this.drawn = state.drawn;
    this.repaidToday = state.repaidToday;
    this.todayPrice = state.todayPrice;
    this.expected = state.expected;
    this.recycled = state.recycled;
    this.importNeed = state.importNeed;
    this.stockBefore = state.stockBefore;
    this.order = state.order;
    this.unstored = state.unstored;
  }

  /**
   * 3. Orders: order-up-to on the inventory position. The economy orders today's expected
   * imports (expected demand less recycling), plus what its position lacks: the pipeline
   * (expected imports x lead times) less what is in transit, the backlog, what tiers miss below
   * their aims and what they are owed. Free tiers' stock above its aim, in-transit surpluses and
   * supply waiting unstored count against it. Tiers' buying is capped by their refill rules, loans by their installments.
   */
  void order(int m) {
    final int mL = m * L;
    final DoubleVector zero = DoubleVector.zero(S);
    final DoubleVector expectedNow = fromArray(S, expected, 0);
    final DoubleVector net = expectedNow.sub(fromArray(S, recycled, 0));
    final DoubleVector need = net.blend(0, net.compare(LE, 0));
    final DoubleVector pipelineGap = need.mul(fromArray(S, flowLeadDays, mL)).sub(fromArray(S, inTransit, mL));
    final DoubleVector backlog = fromArray(S, backlogUnits, mL);
    final DoubleVector safety = expectedNow.mul(safetyFactor[m]);
    final DoubleVector unitPrice = fromArray(S, todayPrice, 0);
    final VectorMask<Double> priced = unitPrice.compare(GT, 0);
    final VectorMask<Double> shockedToday = fromArray(S, shocked, mL).compare(NE, 0);
    DoubleVector positionGap = pipelineGap.add(backlog).sub(fromArray(S, unstored, mL));
    DoubleVector orderable = pipelineGap.blend(0, pipelineGap.compare(LE, 0)).add(backlog);
    DoubleVector before = zero;
    for (int k = c.tierStart[m]; k < c.tierEnd[m]; k++) {
      final int kL = k * L;
      DoubleVector units = fromArray(S, stock, kL);
      DoubleVector due = fromArray(S, owed, kL);
      before = before.add(units);
      zero.intoArray(drawn, kL);
      zero.intoArray(repaidToday, kL);
      DoubleVector aim = DoubleVector.broadcast(S, c.tierTarget[k]).add(safety, S.maskAll(k == firstFreeTier[m]));
      DoubleVector want = aim.sub(units).sub(due);
      // A ruled tier's stock above target does not count against the order; a free tier's does.
      DoubleVector counted = want.blend(0, want.compare(LE, 0).and(S.maskAll(c.tierRuled[k])));
      positionGap = positionGap.add(counted.add(due));
      DoubleVector installments = fromArray(S, installment, kL);
      DoubleVector repay = due.blend(installments, due.compare(GT, installments));
      orderable = orderable.add(repay, due.compare(GT, 0));
      VectorMask<Double> blocked = shockedToday.and(S.maskAll(!c.tierBuyWhileShocked[k]));
      VectorMask<Double> buying = want.compare(GT, 0).andNot(blocked);
      double maxBuy = c.tierMaxBuy[k];
      DoubleVector buy = want.blend(maxBuy, want.compare(GT, maxBuy));
      DoubleVector budget = fromArray(S, budgetLeft, kL);
      VectorMask<Double> overBudget = priced.and(buy.mul(unitPrice).compare(GT, budget));
      buy = buy.blend(budget.div(unitPrice), overBudget);
      orderable = orderable.add(buy, buying);
    }
    before.intoArray(stockBefore, 0);
    need.intoArray(importNeed, 0);
    DoubleVector wanted = need.add(positionGap.blend(orderable, positionGap.compare(GT, orderable)));
    wanted.blend(0, wanted.compare(LE, 0)).intoArray(order, 0);
  }
}
