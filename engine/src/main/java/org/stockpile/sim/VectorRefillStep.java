package org.stockpile.sim;

import static jdk.incubator.vector.DoubleVector.fromArray;
import static jdk.incubator.vector.VectorOperators.EQ;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.NE;
import static org.stockpile.sim.Lanes.SPECIES;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;

/**
 * Steps 6 and 7 of the day: the shortfall (lost or carried as backlog), then refills from what
 * arrived beyond demand and loan repayments.
 */
final class VectorRefillStep extends RefillStep {


  VectorRefillStep(LaneState state) {
    super(state);
  }

  /**
   * 6. Shortfall: lost, or carried as backlog. 7. Refill from what arrived beyond demand: free
   * tiers up to their targets, loan repayments (once the lender's release has ended), tiers with a release rule
   * up to their targets, then freely drawn tiers up to their capacity. What no tier may take waits,
   * unstored, for tomorrow (where it serves demand first); what it adds to the waiting supply
   * today is the day's excess. A lane whose surplus is used up goes through the rest as a no-op.
   */
  @Override
  void refill(int m, int t) {
    final int atMaterial = m * LANES;
    final int k0 = compiled.tierStart[m];
    final int k1 = compiled.tierEnd[m];
    final double discount = compiled.discount[t];
    DoubleVector shortfall = fromArray(SPECIES, gap, 0);
    shortfall.intoArray(shortfallToday, atMaterial);
    shortfall.mul(compiled.backlog[m] ? 1 : 0).intoArray(backlogUnits, atMaterial);
    DoubleVector available = fromArray(SPECIES, supply, 0);
    DoubleVector surplus = available.sub(fromArray(SPECIES, servedFromArrivals, 0));
    surplus.intoArray(surplusNow, 0);
    Lanes.clear(repaidNow);
    // What tiers take in today (read by their buying caps, and by a world's market as reserve buying).
    for (int k = k0; k < k1; k++) {
      DoubleVector.zero(SPECIES).intoArray(intake, k * LANES);
    }
    if (surplus.compare(GT, 0).anyTrue()) {
      // Read by putAside only when something is left, which takes a surplus.
      Lanes.clear(refusedLanes);
      Lanes.clear(limitedLanes);
      DoubleVector unitPrice = fromArray(SPECIES, todayPrice, 0);
      DoubleVector landed = fromArray(SPECIES, arrivalsValue, 0).add(fromArray(SPECIES, recycled, 0).mul(unitPrice))
          .add(fromArray(SPECIES, unstoredValue, atMaterial));
      unitPrice.blend(landed.div(available), available.compare(GT, 0)).intoArray(unitCost, 0);
      fillTiers(k0, k1, atMaterial, discount);
    }
    if (lendingMaterial[m]) {
      repayFromFirmsExcess(k0, k1, compiled.basePrice[m] * discount);
    }
    fromArray(SPECIES, repaidNow, 0).intoArray(flows.repaid, atMaterial);
    putAside(atMaterial);
  }

  /**
   * What is left of the surplus waits unstored until tomorrow, at its landed cost. The day's
   * excess is what this adds to what already waited, put down to the first cause that applies:
   * a tier refused it while shocked, a budget or buying cap held a tier back, or every tier was
   * full (at its target or capacity).
   */
  private void putAside(int atMaterial) {
    DoubleVector left = fromArray(SPECIES, surplusNow, 0);
    left.intoArray(unstored, atMaterial);
    VectorMask<Double> leftover = left.compare(GT, 0);
    if (!leftover.anyTrue()) {
      DoubleVector.zero(SPECIES).intoArray(unstoredValue, atMaterial);
      return;
    }
    left.mul(fromArray(SPECIES, unitCost, 0)).blend(0, leftover.not()).intoArray(unstoredValue, atMaterial);
    DoubleVector added = left.sub(fromArray(SPECIES, carried, 0));
    VectorMask<Double> adding = added.compare(GT, 0);
    if (!adding.anyTrue()) {
      return;
    }
    DoubleVector zero = DoubleVector.zero(SPECIES);
    DoubleVector excess = added.blend(0, adding.not());
    VectorMask<Double> refused = fromArray(SPECIES, refusedLanes, 0).compare(NE, 0);
    VectorMask<Double> limited = fromArray(SPECIES, limitedLanes, 0).compare(NE, 0).andNot(refused);
    excess.intoArray(scratch, 0);
    zero.blend(excess, refused).intoArray(scratchShocked, 0);
    zero.blend(excess, limited).intoArray(scratchLimited, 0);
    metrics.excess(atMaterial, scratch, scratchShocked, scratchLimited);
  }

  /** Installments of tier {@code k}'s loans, paid from the surplus once its release has ended. */
  @Override
  void repayLoan(int k, double discount) {
    final int atTier = k * LANES;
    DoubleVector debt = fromArray(SPECIES, owed, atTier);
    VectorMask<Double> paying = debt.compare(GT, 0).and(fromArray(SPECIES, releasing, atTier).compare(EQ, 0));
    if (!paying.anyTrue()) {
      return;
    }
    DoubleVector units = fromArray(SPECIES, stock, atTier);
    DoubleVector surplus = fromArray(SPECIES, surplusNow, 0);
    DoubleVector installments = fromArray(SPECIES, installment, atTier);
    DoubleVector due = debt.blend(installments, debt.compare(GT, installments));
    DoubleVector room = units.neg().add(compiled.tierCapacity[k]);
    DoubleVector fits = surplus.blend(room, surplus.compare(GT, room));
    DoubleVector pay = due.blend(fits, due.compare(GT, fits));
    VectorMask<Double> paid = paying.and(pay.compare(GT, 0));
    units.add(pay, paid).intoArray(stock, atTier);
    debt.sub(pay, paid).intoArray(owed, atTier);
    surplus.sub(pay, paid).intoArray(surplusNow, 0);
    fromArray(SPECIES, repaidNow, 0).add(pay, paid).intoArray(repaidNow, 0);
    pay.blend(0, paid.not()).intoArray(repaidToday, atTier);
    // Firms buy the repayment at the day's landed cost: stock the economy pays for.
    pay.mul(fromArray(SPECIES, unitCost, 0)).mul(discount).blend(0, paid.not()).intoArray(scratch, 0);
    metrics.acquisition(atTier, scratch);
  }

  /**
   * Installments still due today are paid from firms' stock above their target: what firms
   * ordered to repay a loan may have reached them on a day demand took the surplus. A transfer
   * between tiers: total stock does not change; the lending tier's books take the units in at
   * {@code value} a unit (the base price, discounted) and firms' books give them out at the same.
   */
  private void repayFromFirmsExcess(int k0, int k1, double value) {
    Lanes.clear(movedNow);
    for (int k = k0; k < k1; k++) {
      if (!compiled.tierRuled[k]) {
        continue;
      }
      final int atTier = k * LANES;
      DoubleVector debt = fromArray(SPECIES, owed, atTier);
      DoubleVector installments = fromArray(SPECIES, installment, atTier);
      DoubleVector paidToday = fromArray(SPECIES, repaidToday, atTier);
      VectorMask<Double> owing = debt.compare(GT, 0)
          .and(fromArray(SPECIES, releasing, atTier).compare(EQ, 0))
          .and(paidToday.compare(LT, installments));
      if (!owing.anyTrue()) {
        continue;
      }
      DoubleVector rest = installments.sub(paidToday);
      DoubleVector due = debt.blend(rest, debt.compare(GT, rest));
      DoubleVector room = fromArray(SPECIES, stock, atTier).neg().add(compiled.tierCapacity[k]);
      due.blend(room, due.compare(GT, room)).blend(0, owing.not()).intoArray(dueNow, 0);
      for (int f = k0; f < k1; f++) {
        if (!compiled.tierRuled[f]) {
          transfer(f, k, value);
        }
      }
    }
    fromArray(SPECIES, repaidNow, 0).add(fromArray(SPECIES, movedNow, 0)).intoArray(repaidNow, 0);
  }

  /**
   * Moves up to {@code dueNow} from freely drawn tier {@code f}'s stock above its target to tier
   * {@code k}, which has a release rule.
   */
  private void transfer(int f, int k, double value) {
    final int atFree = f * LANES;
    final int atTier = k * LANES;
    DoubleVector left = fromArray(SPECIES, dueNow, 0);
    DoubleVector firm = fromArray(SPECIES, stock, atFree);
    DoubleVector spare = firm.sub(fromArray(SPECIES, targetNow, atFree));
    VectorMask<Double> pays = left.compare(GT, 0).and(spare.compare(GT, 0));
    if (!pays.anyTrue()) {
      return;
    }
    DoubleVector pay = left.blend(spare, left.compare(GT, spare));
    firm.sub(pay, pays).intoArray(stock, atFree);
    fromArray(SPECIES, stock, atTier).add(pay, pays).intoArray(stock, atTier);
    fromArray(SPECIES, owed, atTier).sub(pay, pays).intoArray(owed, atTier);
    left.sub(pay, pays).intoArray(dueNow, 0);
    fromArray(SPECIES, movedNow, 0).add(pay, pays).intoArray(movedNow, 0);
    DoubleVector worth = pay.mul(value).blend(0, pays.not());
    worth.intoArray(scratch, 0);
    metrics.stockUsed(atFree, scratch);
    metrics.acquisition(atTier, scratch);
  }

  /**
   * Puts what it can of the lanes' surplus ({@code surplusNow}) into tier {@code k} of material
   * lanes {@code mL}: up to {@code min(aim - owedWeight x owed, capacity)}, at most its
   * {@code maxBuyPerDay} in all today, within its budget, at {@code unitCost}. Records in
   * {@code refusedLanes} the lanes where the tier had room but refused (shocked), in
   * {@code limitedLanes} those where its budget or buying cap held it back.
   */
  @Override
  void deposit(int k, double[] aims, int aimAt, double owedWeight, int atMaterial, double discount) {
    final int atTier = k * LANES;
    final double capacity = compiled.tierCapacity[k];
    DoubleVector units = fromArray(SPECIES, stock, atTier);
    DoubleVector upTo = fromArray(SPECIES, aims, aimAt).sub(fromArray(SPECIES, owed, atTier).mul(owedWeight));
    DoubleVector space = upTo.blend(capacity, upTo.compare(GT, capacity)).sub(units);
    DoubleVector surplus = fromArray(SPECIES, surplusNow, 0);
    // Branch-free on vectors (a vector or mask assigned in a branch may be allocated): a tier that
    // buys while shocked has an all-false block, one without a cap an infinite allowance.
    VectorMask<Double> wanting = space.compare(GT, 0).and(surplus.compare(GT, 0));
    // Without a refill delay the days since a shock are never below 0.
    VectorMask<Double> blocked = fromArray(SPECIES, shocked, atMaterial).compare(NE, 0)
        .and(SPECIES.maskAll(!compiled.tierBuyWhileShocked[k]))
        .or(fromArray(SPECIES, sinceShocked, atMaterial).compare(LT, compiled.tierRefillDelay[k]))
        .and(wanting);
    if (blocked.anyTrue()) {
      fromArray(SPECIES, refusedLanes, 0).blend(1, blocked).intoArray(refusedLanes, 0);
    }
    VectorMask<Double> taking = wanting.andNot(blocked);
    if (!taking.anyTrue()) {
      return;
    }
    DoubleVector cost = fromArray(SPECIES, unitCost, 0);
    DoubleVector budget = fromArray(SPECIES, budgetLeft, atTier);
    DoubleVector taken = fromArray(SPECIES, intake, atTier);
    DoubleVector wanted = space.blend(surplus, space.compare(GT, surplus));
    DoubleVector allowed = taken.neg().add(fromArray(SPECIES, maxBuyNow, atTier));
    DoubleVector capped = wanted.blend(allowed, wanted.compare(GT, allowed));
    DoubleVector put = capped.blend(budget.div(cost), cost.compare(GT, 0).and(budget.compare(LT, capped.mul(cost))));
    VectorMask<Double> held = taking.and(put.compare(LT, wanted));
    if (held.anyTrue()) {
      fromArray(SPECIES, limitedLanes, 0).blend(1, held).intoArray(limitedLanes, 0);
    }
    taking = taking.and(put.compare(GT, 0));
    if (!taking.anyTrue()) {
      return;
    }
    units.add(put, taking).intoArray(stock, atTier);
    taken.add(put, taking).intoArray(intake, atTier);
    DoubleVector paid = put.mul(cost).blend(0, taking.not());
    budget.sub(paid, taking).intoArray(budgetLeft, atTier);
    paid.mul(discount).intoArray(scratch, 0);
    metrics.acquisition(atTier, scratch);
    surplus.sub(put, taking).intoArray(surplusNow, 0);
  }
}
