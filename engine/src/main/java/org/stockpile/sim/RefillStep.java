package org.stockpile.sim;

import static jdk.incubator.vector.DoubleVector.fromArray;
import static jdk.incubator.vector.VectorOperators.EQ;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.NE;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * Steps 6 and 7 of the day: the shortfall (lost or carried as backlog), then refills from what
 * arrived beyond demand and loan repayments.
 */
final class RefillStep {
  private static final int L = Lanes.COUNT;
  private static final VectorSpecies<Double> S = Lanes.SPECIES;

  private final CompiledScenario c;
  private final double[] shocked;
  private final boolean[] lendingMaterial;
  private final double[] backlogUnits;
  private final double[] shortfallToday;
  private final double[] stock;
  private final double[] owed;
  private final double[] installment;
  private final double[] budgetLeft;
  private final double[] releasing;
  private final double[] repaidToday;
  private final double[] todayPrice;
  private final double[] recycled;
  private final double[] arrivalsValue;
  private final double[] supply;
  private final double[] servedFromArrivals;
  private final double[] gap;
  private final double[] surplusNow;
  private final double[] unitCost;
  private final double[] repaidNow;
  private final double[] dueNow;
  private final double[] movedNow;
  private final double[] intake;
  private final double[] unstored;
  private final double[] unstoredValue;
  private final double[] carried;
  private final double[] refusedLanes;
  private final double[] limitedLanes;
  private final ReplicateMetrics metrics;
  private final double[] scratch;
  private final double[] scratchShocked;
  private final double[] scratchLimited;
  private final LaneFlows flows;

  RefillStep(LaneState state) {
    this.c = state.c;
    this.shocked = state.shocked;
    this.lendingMaterial = state.lendingMaterial;
    this.backlogUnits = state.backlogUnits;
    this.shortfallToday = state.shortfallToday;
    this.stock = state.stock;
    this.owed = state.owed;
    this.installment = state.installment;
    this.budgetLeft = state.budgetLeft;
    this.releasing = state.releasing;
    this.repaidToday = state.repaidToday;
    this.todayPrice = state.todayPrice;
    this.recycled = state.recycled;
    this.arrivalsValue = state.arrivalsValue;
    this.supply = state.supply;
    this.servedFromArrivals = state.servedFromArrivals;
    this.gap = state.gap;
    this.surplusNow = state.surplusNow;
    this.unitCost = state.unitCost;
    this.repaidNow = state.repaidNow;
    this.dueNow = state.dueNow;
    this.movedNow = state.movedNow;
    this.intake = state.intake;
    this.unstored = state.unstored;
    this.unstoredValue = state.unstoredValue;
    this.carried = state.carried;
    this.refusedLanes = state.refusedLanes;
    this.limitedLanes = state.limitedLanes;
    this.metrics = state.metrics;
    this.scratch = state.scratch;
    this.scratchShocked = state.scratchShocked;
    this.scratchLimited = state.scratchLimited;
    this.flows = state.flows;
  }

  /**
   * 6. Shortfall: lost, or carried as backlog. 7. Refill from what arrived beyond demand: free
   * tiers up to their targets, loan repayments (once the lender's release has ended), ruled tiers
   * up to their targets, then free tiers up to their capacity. What no tier may take waits,
   * unstored, for tomorrow (where it serves demand first); what it adds to the waiting supply
   * today is the day's excess. A lane whose surplus is used up goes through the rest as a no-op.
   */
  void refill(int m, int t) {
    final int mL = m * L;
    final int k0 = c.tierStart[m];
    final int k1 = c.tierEnd[m];
    final double discount = c.discount[t];
    DoubleVector shortfall = fromArray(S, gap, 0);
    shortfall.intoArray(shortfallToday, mL);
    shortfall.mul(c.backlog[m] ? 1 : 0).intoArray(backlogUnits, mL);
    DoubleVector available = fromArray(S, supply, 0);
    DoubleVector surplus = available.sub(fromArray(S, servedFromArrivals, 0));
    surplus.intoArray(surplusNow, 0);
    Lanes.clear(repaidNow);
    if (surplus.compare(GT, 0).anyTrue()) {
      // Read by putAside only when something is left, which takes a surplus.
      Lanes.clear(refusedLanes);
      Lanes.clear(limitedLanes);
      DoubleVector unitPrice = fromArray(S, todayPrice, 0);
      DoubleVector landed = fromArray(S, arrivalsValue, 0).add(fromArray(S, recycled, 0).mul(unitPrice))
          .add(fromArray(S, unstoredValue, mL));
      unitPrice.blend(landed.div(available), available.compare(GT, 0)).intoArray(unitCost, 0);
      for (int k = k0; k < k1; k++) {
        DoubleVector.zero(S).intoArray(intake, k * L);
        if (!c.tierRuled[k]) {
          deposit(k, Math.min(c.tierTarget[k], c.tierCapacity[k]), 0, mL, discount);
        } else {
          repayLoan(k, discount);
        }
      }
      for (int k = k0; k < k1; k++) {
        if (c.tierRuled[k]) {
          deposit(k, c.tierTarget[k], 1, mL, discount);
        }
      }
      for (int k = k0; k < k1; k++) {
        if (!c.tierRuled[k]) {
          deposit(k, Double.POSITIVE_INFINITY, 0, mL, discount);
        }
      }
    }
    if (lendingMaterial[m]) {
      repayFromFirmsExcess(k0, k1, c.basePrice[m] * discount);
    }
    fromArray(S, repaidNow, 0).intoArray(flows.repaid, mL);
    putAside(mL);
  }

  /**
   * What is left of the surplus waits unstored until tomorrow, at its landed cost. The day's
   * excess is what this adds to what already waited, put down to the first cause that applies:
   * a tier refused it while shocked, a budget or buying cap held a tier back, or every tier was
   * full (at its target or capacity).
   */
  private void putAside(int mL) {
    DoubleVector left = fromArray(S, surplusNow, 0);
    left.intoArray(unstored, mL);
    VectorMask<Double> leftover = left.compare(GT, 0);
    if (!leftover.anyTrue()) {
      DoubleVector.zero(S).intoArray(unstoredValue, mL);
      return;
    }
    left.mul(fromArray(S, unitCost, 0)).blend(0, leftover.not()).intoArray(unstoredValue, mL);
    DoubleVector added = left.sub(fromArray(S, carried, 0));
    VectorMask<Double> adding = added.compare(GT, 0);
    if (!adding.anyTrue()) {
      return;
    }
    DoubleVector zero = DoubleVector.zero(S);
    DoubleVector excess = added.blend(0, adding.not());
    VectorMask<Double> refused = fromArray(S, refusedLanes, 0).compare(NE, 0);
    VectorMask<Double> limited = fromArray(S, limitedLanes, 0).compare(NE, 0).andNot(refused);
    excess.intoArray(scratch, 0);
    zero.blend(excess, refused).intoArray(scratchShocked, 0);
    zero.blend(excess, limited).intoArray(scratchLimited, 0);
    metrics.excess(mL, scratch, scratchShocked, scratchLimited);
  }

  /** Installments of tier {@code k}'s loans, paid from the surplus once its release has ended. */
  private void repayLoan(int k, double discount) {
    final int kL = k * L;
    DoubleVector debt = fromArray(S, owed, kL);
    VectorMask<Double> paying = debt.compare(GT, 0).and(fromArray(S, releasing, kL).compare(EQ, 0));
    if (!paying.anyTrue()) {
      return;
    }
    DoubleVector units = fromArray(S, stock, kL);
    DoubleVector surplus = fromArray(S, surplusNow, 0);
    DoubleVector installments = fromArray(S, installment, kL);
    DoubleVector due = debt.blend(installments, debt.compare(GT, installments));
    DoubleVector room = units.neg().add(c.tierCapacity[k]);
    DoubleVector fits = surplus.blend(room, surplus.compare(GT, room));
    DoubleVector pay = due.blend(fits, due.compare(GT, fits));
    VectorMask<Double> paid = paying.and(pay.compare(GT, 0));
    units.add(pay, paid).intoArray(stock, kL);
    debt.sub(pay, paid).intoArray(owed, kL);
    surplus.sub(pay, paid).intoArray(surplusNow, 0);
    fromArray(S, repaidNow, 0).add(pay, paid).intoArray(repaidNow, 0);
    pay.blend(0, paid.not()).intoArray(repaidToday, kL);
    // Firms buy the repayment at the day's landed cost: stock the economy pays for.
    pay.mul(fromArray(S, unitCost, 0)).mul(discount).blend(0, paid.not()).intoArray(scratch, 0);
    metrics.acquisition(kL, scratch);
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
      if (!c.tierRuled[k]) {
        continue;
      }
      final int kL = k * L;
      DoubleVector debt = fromArray(S, owed, kL);
      DoubleVector installments = fromArray(S, installment, kL);
      DoubleVector paidToday = fromArray(S, repaidToday, kL);
      VectorMask<Double> owing = debt.compare(GT, 0)
          .and(fromArray(S, releasing, kL).compare(EQ, 0))
          .and(paidToday.compare(LT, installments));
      if (!owing.anyTrue()) {
        continue;
      }
      DoubleVector rest = installments.sub(paidToday);
      DoubleVector due = debt.blend(rest, debt.compare(GT, rest));
      DoubleVector room = fromArray(S, stock, kL).neg().add(c.tierCapacity[k]);
      due.blend(room, due.compare(GT, room)).blend(0, owing.not()).intoArray(dueNow, 0);
      for (int f = k0; f < k1; f++) {
        if (!c.tierRuled[f]) {
          transfer(f, k, value);
        }
      }
    }
    fromArray(S, repaidNow, 0).add(fromArray(S, movedNow, 0)).intoArray(repaidNow, 0);
  }

  /** Moves up to {@code dueNow} from free tier {@code f}'s stock above its target to ruled tier {@code k}. */
  private void transfer(int f, int k, double value) {
    final int fL = f * L;
    final int kL = k * L;
    DoubleVector left = fromArray(S, dueNow, 0);
    DoubleVector firm = fromArray(S, stock, fL);
    DoubleVector spare = firm.sub(c.tierTarget[f]);
    VectorMask<Double> pays = left.compare(GT, 0).and(spare.compare(GT, 0));
    if (!pays.anyTrue()) {
      return;
    }
    DoubleVector pay = left.blend(spare, left.compare(GT, spare));
    firm.sub(pay, pays).intoArray(stock, fL);
    fromArray(S, stock, kL).add(pay, pays).intoArray(stock, kL);
    fromArray(S, owed, kL).sub(pay, pays).intoArray(owed, kL);
    left.sub(pay, pays).intoArray(dueNow, 0);
    fromArray(S, movedNow, 0).add(pay, pays).intoArray(movedNow, 0);
    DoubleVector worth = pay.mul(value).blend(0, pays.not());
    worth.intoArray(scratch, 0);
    metrics.stockUsed(fL, scratch);
    metrics.acquisition(kL, scratch);
  }

  /**
   * Puts what it can of the lanes' surplus ({@code surplusNow}) into tier {@code k} of material
   * lanes {@code mL}: up to {@code min(aim - owedWeight x owed, capacity)}, at most its
   * {@code maxBuyPerDay} in all today, within its budget, at {@code unitCost}. Records in
   * {@code refusedLanes} the lanes where the tier had room but refused (shocked), in
   * {@code limitedLanes} those where its budget or buying cap held it back.
   */
  private void deposit(int k, double aim, double owedWeight, int mL, double discount) {
    final int kL = k * L;
    final double capacity = c.tierCapacity[k];
    final double maxBuy = c.tierMaxBuy[k];
    DoubleVector units = fromArray(S, stock, kL);
    DoubleVector upTo = DoubleVector.broadcast(S, aim).sub(fromArray(S, owed, kL).mul(owedWeight));
    DoubleVector space = upTo.blend(capacity, upTo.compare(GT, capacity)).sub(units);
    DoubleVector surplus = fromArray(S, surplusNow, 0);
    // Branch-free on vectors (a vector or mask assigned in a branch may be allocated): a tier that
    // buys while shocked has an all-false block, one without a cap an infinite allowance.
    VectorMask<Double> wanting = space.compare(GT, 0).and(surplus.compare(GT, 0));
    VectorMask<Double> blocked = fromArray(S, shocked, mL).compare(NE, 0)
        .and(S.maskAll(!c.tierBuyWhileShocked[k])).and(wanting);
    if (blocked.anyTrue()) {
      fromArray(S, refusedLanes, 0).blend(1, blocked).intoArray(refusedLanes, 0);
    }
    VectorMask<Double> taking = wanting.andNot(blocked);
    if (!taking.anyTrue()) {
      return;
    }
    DoubleVector cost = fromArray(S, unitCost, 0);
    DoubleVector budget = fromArray(S, budgetLeft, kL);
    DoubleVector taken = fromArray(S, intake, kL);
    DoubleVector wanted = space.blend(surplus, space.compare(GT, surplus));
    DoubleVector allowed = taken.neg().add(maxBuy);
    DoubleVector capped = wanted.blend(allowed, wanted.compare(GT, allowed));
    DoubleVector put = capped.blend(budget.div(cost), cost.compare(GT, 0).and(budget.compare(LT, capped.mul(cost))));
    VectorMask<Double> held = taking.and(put.compare(LT, wanted));
    if (held.anyTrue()) {
      fromArray(S, limitedLanes, 0).blend(1, held).intoArray(limitedLanes, 0);
    }
    taking = taking.and(put.compare(GT, 0));
    if (!taking.anyTrue()) {
      return;
    }
    units.add(put, taking).intoArray(stock, kL);
    taken.add(put, taking).intoArray(intake, kL);
    DoubleVector paid = put.mul(cost).blend(0, taking.not());
    budget.sub(paid, taking).intoArray(budgetLeft, kL);
    paid.mul(discount).intoArray(scratch, 0);
    metrics.acquisition(kL, scratch);
    surplus.sub(put, taking).intoArray(surplusNow, 0);
  }
}
