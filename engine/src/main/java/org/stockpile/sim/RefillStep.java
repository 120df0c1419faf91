package org.stockpile.sim;

import java.util.Arrays;

/**
 * Steps 6 and 7 of the day, lane by lane in plain Java (no Vector API): the shortfall (lost or
 * carried as backlog), then refills from what arrived beyond demand and loan repayments.
 *
 * <p>{@link VectorRefillStep} is its vector twin and gives the same bits in every lane: each lane
 * computes the same operations in the same order, writes the same lane arrays, and hands the
 * metrics the same values (zeros included) in the same calls. Where the vector code runs a block
 * only when some lane needs it, this class first asks whether any lane does, then runs the block
 * for every lane.
 */
class RefillStep extends LaneArrays {
  /** What {@link #deposit} puts into its tier in each lane: 0 in a lane that takes nothing. */
  private final double[] putLanes = new double[LANES];

  /** A step on {@code state}'s arrays, shared. */
  RefillStep(LaneState state) {
    super(state);
  }

  /**
   * 6. Shortfall: lost, or carried as backlog. 7. Refill from what arrived beyond demand: free
   * tiers up to their targets, loan repayments (once the lender's release has ended), tiers with a
   * release rule up to their targets, then freely drawn tiers up to their capacity. What no tier
   * may take waits, unstored, for tomorrow (where it serves demand first); what it adds to the
   * waiting supply today is the day's excess. The same bits as {@link VectorRefillStep#refill}.
   */
  void refill(int m, int t) {
    final int atMaterial = m * LANES;
    final int k0 = compiled.tierStart[m];
    final int k1 = compiled.tierEnd[m];
    final double discount = compiled.discount[t];
    final double backlogFactor = compiled.backlog[m] ? 1 : 0;
    boolean anySurplus = false;
    for (int l = 0; l < LANES; l++) {
      double shortfall = gap[l];
      shortfallToday[atMaterial + l] = shortfall;
      backlogUnits[atMaterial + l] = shortfall * backlogFactor;
      double surplus = supply[l] - servedFromArrivals[l];
      surplusNow[l] = surplus;
      anySurplus |= surplus > 0;
    }
    Arrays.fill(repaidNow, 0);
    // What tiers take in today (read by their buying caps, and by a world's market as reserve buying).
    Arrays.fill(intake, k0 * LANES, k1 * LANES, 0);
    if (anySurplus) {
      // Read by putAside only when something is left, which takes a surplus.
      Arrays.fill(refusedLanes, 0);
      Arrays.fill(limitedLanes, 0);
      landedUnitCost(atMaterial);
      fillTiers(k0, k1, atMaterial, discount);
    }
    if (lendingMaterial[m]) {
      repayFromFirmsExcess(k0, k1, compiled.basePrice[m] * discount);
    }
    System.arraycopy(repaidNow, 0, flows.repaid, atMaterial, LANES);
    putAside(atMaterial);
  }

  /**
   * 7. The order in which tiers of material lanes {@code atMaterial} take the surplus: freely drawn
   * tiers up to their targets, with loans repaid, then tiers with a release rule up to their
   * targets, then freely drawn tiers up to their capacity ({@link #deposit}, {@link #repayLoan}:
   * lane by lane here, on vectors in {@link VectorRefillStep}).
   */
  final void fillTiers(int k0, int k1, int atMaterial, double discount) {
    for (int k = k0; k < k1; k++) {
      if (!compiled.tierRuled[k]) {
        deposit(k, targetNow, k * LANES, 0, atMaterial, discount);
      } else {
        repayLoan(k, discount);
      }
    }
    for (int k = k0; k < k1; k++) {
      if (compiled.tierRuled[k]) {
        deposit(k, targetNow, k * LANES, 1, atMaterial, discount);
      }
    }
    for (int k = k0; k < k1; k++) {
      if (!compiled.tierRuled[k]) {
        deposit(k, unlimited, 0, 0, atMaterial, discount);
      }
    }
  }

  /**
   * The surplus's landed cost a unit ({@code unitCost}): what arrived, what recycling returned at
   * today's price and what waited unstored, over the supply; today's price without supply.
   */
  private void landedUnitCost(int atMaterial) {
    for (int l = 0; l < LANES; l++) {
      double unitPrice = todayPrice[l];
      double available = supply[l];
      double landed = arrivalsValue[l] + recycled[l] * unitPrice + unstoredValue[atMaterial + l];
      unitCost[l] = available > 0 ? landed / available : unitPrice;
    }
  }

  /**
   * What is left of the surplus waits unstored until tomorrow, at its landed cost. The day's
   * excess is what this adds to what already waited, put down to the first cause that applies:
   * a tier refused it while shocked, a budget or buying cap held a tier back, or every tier was
   * full (at its target or capacity). As VectorRefillStep's putAside.
   */
  private void putAside(int atMaterial) {
    boolean anyLeft = false;
    for (int l = 0; l < LANES; l++) {
      double left = surplusNow[l];
      unstored[atMaterial + l] = left;
      anyLeft |= left > 0;
    }
    if (!anyLeft) {
      Arrays.fill(unstoredValue, atMaterial, atMaterial + LANES, 0);
      return;
    }
    boolean anyAdded = false;
    for (int l = 0; l < LANES; l++) {
      double left = surplusNow[l];
      unstoredValue[atMaterial + l] = left > 0 ? left * unitCost[l] : 0;
      anyAdded |= left - carried[l] > 0;
    }
    if (!anyAdded) {
      return;
    }
    for (int l = 0; l < LANES; l++) {
      double added = surplusNow[l] - carried[l];
      double excess = added > 0 ? added : 0;
      boolean refused = refusedLanes[l] != 0;
      boolean limited = limitedLanes[l] != 0 && !refused;
      scratch[l] = excess;
      scratchShocked[l] = refused ? excess : 0;
      scratchLimited[l] = limited ? excess : 0;
    }
    metrics.excess(atMaterial, scratch, scratchShocked, scratchLimited);
  }

  /**
   * Installments of tier {@code k}'s loans, paid from the surplus once its release has ended. As
   * VectorRefillStep's repayLoan: once any lane pays, every lane's {@code repaidToday} is written
   * (0 where nothing is paid) and the acquisition metric takes every lane's cost.
   */
  void repayLoan(int k, double discount) {
    final int atTier = k * LANES;
    boolean anyPaying = false;
    for (int l = 0; l < LANES; l++) {
      anyPaying |= repaying(atTier + l);
    }
    if (!anyPaying) {
      return;
    }
    final double capacity = compiled.tierCapacity[k];
    for (int l = 0; l < LANES; l++) {
      final int at = atTier + l;
      double debt = owed[at];
      double units = stock[at];
      double surplus = surplusNow[l];
      double installments = installment[at];
      double due = debt > installments ? installments : debt;
      double room = -units + capacity;
      double fits = surplus > room ? room : surplus;
      double pay = due > fits ? fits : due;
      boolean paid = repaying(at) && pay > 0;
      if (paid) {
        stock[at] = units + pay;
        owed[at] = debt - pay;
        surplusNow[l] = surplus - pay;
        repaidNow[l] = repaidNow[l] + pay;
      }
      repaidToday[at] = paid ? pay : 0;
      // Firms buy the repayment at the day's landed cost: stock the economy pays for.
      scratch[l] = paid ? pay * unitCost[l] * discount : 0;
    }
    metrics.acquisition(atTier, scratch);
  }

  /** Whether the tier and lane at {@code at} owes on a loan whose release has ended. */
  private boolean repaying(int at) {
    return owed[at] > 0 && releasing[at] == 0;
  }

  /**
   * Installments still due today are paid from firms' stock above their target: what firms
   * ordered to repay a loan may have reached them on a day demand took the surplus. A transfer
   * between tiers: total stock does not change; the lending tier's books take the units in at
   * {@code value} a unit (the base price, discounted) and firms' books give them out at the same.
   * As VectorRefillStep's repayFromFirmsExcess.
   */
  private void repayFromFirmsExcess(int k0, int k1, double value) {
    Arrays.fill(movedNow, 0);
    for (int k = k0; k < k1; k++) {
      if (!compiled.tierRuled[k]) {
        continue;
      }
      final int atTier = k * LANES;
      boolean anyOwing = false;
      for (int l = 0; l < LANES; l++) {
        anyOwing |= owesInstallment(atTier + l);
      }
      if (!anyOwing) {
        continue;
      }
      final double capacity = compiled.tierCapacity[k];
      for (int l = 0; l < LANES; l++) {
        final int at = atTier + l;
        double debt = owed[at];
        double rest = installment[at] - repaidToday[at];
        double due = debt > rest ? rest : debt;
        double room = -stock[at] + capacity;
        dueNow[l] = owesInstallment(at) ? (due > room ? room : due) : 0;
      }
      for (int f = k0; f < k1; f++) {
        if (!compiled.tierRuled[f]) {
          transfer(f, k, value);
        }
      }
    }
    for (int l = 0; l < LANES; l++) {
      repaidNow[l] = repaidNow[l] + movedNow[l];
    }
  }

  /**
   * Whether the tier and lane at {@code at} owes on a loan whose release has ended and has not
   * yet paid today's installment in full.
   */
  private boolean owesInstallment(int at) {
    return repaying(at) && repaidToday[at] < installment[at];
  }

  /**
   * Moves up to {@code dueNow} from freely drawn tier {@code f}'s stock above its target to tier
   * {@code k}, which has a release rule. As VectorRefillStep's transfer: once any lane moves
   * stock, both metrics take every lane's value (0 where nothing moves).
   */
  private void transfer(int f, int k, double value) {
    final int atFree = f * LANES;
    final int atTier = k * LANES;
    boolean anyPays = false;
    for (int l = 0; l < LANES; l++) {
      anyPays |= dueNow[l] > 0 && stock[atFree + l] - targetNow[atFree + l] > 0;
    }
    if (!anyPays) {
      return;
    }
    for (int l = 0; l < LANES; l++) {
      double left = dueNow[l];
      double firm = stock[atFree + l];
      double spare = firm - targetNow[atFree + l];
      boolean pays = left > 0 && spare > 0;
      double pay = left > spare ? spare : left;
      if (pays) {
        stock[atFree + l] = firm - pay;
        stock[atTier + l] = stock[atTier + l] + pay;
        owed[atTier + l] = owed[atTier + l] - pay;
        dueNow[l] = left - pay;
        movedNow[l] = movedNow[l] + pay;
      }
      scratch[l] = pays ? pay * value : 0;
    }
    metrics.stockUsed(atFree, scratch);
    metrics.acquisition(atTier, scratch);
  }

  /**
   * Puts what it can of the lanes' surplus ({@code surplusNow}) into tier {@code k} of material
   * lanes {@code atMaterial}: up to {@code min(aim - owedWeight x owed, capacity)}, each lane's
   * aim in {@code aims} from {@code aimAt}, at most its
   * {@code maxBuyPerDay} in all today, within its budget, at {@code unitCost}. Records in
   * {@code refusedLanes} the lanes where the tier had room but refused (shocked), in
   * {@code limitedLanes} those where its budget or buying cap held it back. As VectorRefillStep's
   * deposit: once any lane takes, the acquisition metric takes every lane's cost.
   */
  void deposit(int k, double[] aims, int aimAt, double owedWeight, int atMaterial, double discount) {
    final int atTier = k * LANES;
    final double capacity = compiled.tierCapacity[k];
    final boolean refusesWhileShocked = !compiled.tierBuyWhileShocked[k];
    final int refillDelay = compiled.tierRefillDelay[k];
    boolean anyTaking = false;
    for (int l = 0; l < LANES; l++) {
      final int at = atTier + l;
      double upTo = aims[aimAt + l] - owed[at] * owedWeight;
      double space = (upTo > capacity ? capacity : upTo) - stock[at];
      double surplus = surplusNow[l];
      boolean wanting = space > 0 && surplus > 0;
      // Without a refill delay the days since a shock are never below 0.
      boolean blocked = ((shocked[atMaterial + l] != 0 && refusesWhileShocked)
          || sinceShocked[atMaterial + l] < refillDelay) && wanting;
      if (blocked) {
        refusedLanes[l] = 1;
      }
      double put = 0;
      if (wanting && !blocked) {
        double wanted = space > surplus ? surplus : space;
        put = affordable(wanted, at, l, maxBuyNow[at]);
        if (put < wanted) {
          limitedLanes[l] = 1;
        }
        put = put > 0 ? put : 0;
      }
      putLanes[l] = put;
      anyTaking |= put > 0;
    }
    if (!anyTaking) {
      return;
    }
    for (int l = 0; l < LANES; l++) {
      final int at = atTier + l;
      double put = putLanes[l];
      boolean taking = put > 0;
      double paid = taking ? put * unitCost[l] : 0;
      if (taking) {
        stock[at] = stock[at] + put;
        intake[at] = intake[at] + put;
        budgetLeft[at] = budgetLeft[at] - paid;
        surplusNow[l] = surplusNow[l] - put;
      }
      scratch[l] = paid * discount;
    }
    metrics.acquisition(atTier, scratch);
  }

  /**
   * What tier and lane {@code at} (lane {@code l}) may put in of the {@code wanted} units: what its
   * buying cap {@code maxBuy} still allows today, and what its budget buys at {@code unitCost}.
   */
  private double affordable(double wanted, int at, int l, double maxBuy) {
    double cost = unitCost[l];
    double budget = budgetLeft[at];
    double allowed = -intake[at] + maxBuy;
    double capped = wanted > allowed ? allowed : wanted;
    return cost > 0 && budget < capped * cost ? budget / cost : capped;
  }
}
