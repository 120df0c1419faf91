package org.stockpile.sim;

/**
 * Step 3 of the day, lane by lane: what the economy orders (an order-up-to rule on its inventory
 * position). {@link VectorOrderStep} computes the same bits a vector of lanes at a time.
 */
class OrderStep extends LaneArrays {

  OrderStep(LaneState state) {
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
  void order(int m) {
    final int atMaterial = m * LANES;
    final int k0 = compiled.tierStart[m];
    final int k1 = compiled.tierEnd[m];
    for (int l = 0; l < LANES; l++) {
      final int i = atMaterial + l;
      final double expectedNow = expected[l];
      final double net = expectedNow - recycled[l];
      final double need = net <= 0 ? 0 : net;
      final double pipelineGap = need * flowLeadDays[i] - inTransit[i];
      final double backlog = backlogUnits[i];
      final double safety = expectedNow * safetyFactor[m];
      final double unitPrice = todayPrice[l];
      final boolean priced = unitPrice > 0;
      final boolean shockedToday = shocked[i] != 0;
      double positionGap = pipelineGap + backlog - unstored[i];
      double orderable = (pipelineGap <= 0 ? 0 : pipelineGap) + backlog;
      double before = 0;
      double tierBuys = 0;
      for (int k = k0; k < k1; k++) {
        final int at = k * LANES + l;
        final double units = stock[at];
        final double due = owed[at];
        before += units;
        drawn[at] = 0;
        repaidToday[at] = 0;
        final double aim = k == firstFreeTier[m] ? targetNow[at] + safety : targetNow[at];
        final double want = aim - units - due;
        final double counted = want <= 0 && compiled.tierRuled[k] ? 0 : want;
        positionGap += counted + due;
        final double installments = installment[at];
        final double repay = due > installments ? installments : due;
        if (due > 0) {
          orderable += repay;
        }
        final boolean blocked = shockedToday && !compiled.tierBuyWhileShocked[k]
            || sinceShocked[i] < compiled.tierRefillDelay[k];
        final boolean buying = want > 0 && !blocked;
        final double maxBuy = maxBuyNow[at];
        double buy = want > maxBuy ? maxBuy : want;
        final double budget = budgetLeft[at];
        if (priced && buy * unitPrice > budget) {
          buy = budget / unitPrice;
        }
        if (buying) {
          orderable += buy;
          tierBuys += buy;
        }
      }
      stockBefore[l] = before;
      importNeed[l] = need;
      final double wanted = need + (positionGap > orderable ? orderable : positionGap);
      final double ordered = wanted <= 0 ? 0 : wanted;
      order[l] = ordered;
      // Reserve buying: the tiers' refills, as far as the order goes beyond today's expected imports.
      double beyond = ordered - need;
      beyond = beyond <= 0 ? 0 : beyond;
      reserveOrder[l] = tierBuys > beyond ? beyond : tierBuys;
    }
  }
}
