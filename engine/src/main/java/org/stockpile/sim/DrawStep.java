package org.stockpile.sim;

/**
 * Step 5 of the day, lane by lane: draws from stock, freely drawn tiers first, tiers with a
 * release rule by their release rules. {@link VectorDrawStep} computes the same bits a vector of
 * lanes at a time.
 */
class DrawStep extends LaneArrays {

  DrawStep(LaneState state) {
    super(state);
  }

  /**
   * 5. Stock draws: freely drawn tiers first; a tier with a release rule releases once the unmet
   * share it faces has exceeded its trigger on more than latencyDays consecutive days, and keeps
   * releasing until the trigger has stayed off as long (hysteresis: one calm day does not end a
   * release programme). A loan is owed back in units; its premium is money, due at the day's
   * market price. (What was drawn is valued, as stock used, with the day's other metrics:
   * {@link ReplicateMetrics#tierDay}.)
   */
  void draw(int m, int t) {
    final int atMaterial = m * LANES;
    final int k0 = compiled.tierStart[m];
    final int k1 = compiled.tierEnd[m];
    for (int l = 0; l < LANES; l++) {
      final double need = toServe[l];
      double unserved = gap[l];
      double fromStock = 0;
      for (int k = k0; k < k1; k++) {
        final int at = k * LANES + l;
        final double units = stock[at];
        double take = unserved > units ? units : unserved;
        if (compiled.tierReleasePolicy[k] != null) {
          take = releaseByPolicy(k, m, l, t, need, unserved, take);
        } else if (compiled.tierRuled[k]) {
          take = release(k, at, l, need, unserved, take, t);
        }
        final boolean drawing = take > 0;
        if (drawing) {
          stock[at] = units - take;
          unserved -= take;
          fromStock += take;
        } else {
          stock[at] = units;
        }
        drawn[at] = drawing ? take : 0;
      }
      gap[l] = unserved;
      servedFromStockToday[atMaterial + l] = fromStock;
    }
  }

  /**
   * What tier {@code k} (lane {@code l}, at {@code at}) with a release rule releases of
   * {@code take}: its trigger and hysteresis, its daily cap, and the loan it makes.
   */
  private double release(int k, int at, int l, double need, double unserved, double take, int t) {
    // Unmet share > trigger, without a division.
    final boolean triggered = unserved > need * compiled.tierTrigger[k] && unserved > 0;
    final double onDays = triggered ? triggerDays[at] + 1 : 0;
    final double offDays = triggered ? 0 : calmDays[at] + 1;
    triggerDays[at] = onDays;
    calmDays[at] = offDays;
    final double latency = compiled.tierLatency[k];
    final boolean on = releasing[at] != 0 && !(offDays > latency) || onDays > latency;
    releasing[at] = on ? 1 : 0;
    final double cap = compiled.tierMaxRelease[k];
    double released = take > cap ? cap : take;
    released = on ? released : 0;
    if (compiled.tierLoan[k]) {
      lend(k, at, l, released, t);
    }
    return released;
  }

  /**
   * What tier {@code k} of material {@code m}, whose release a custom policy decides, releases in
   * lane {@code l} of {@code take} (what it holds, as far as demand is unmet): at most what its
   * policy offers, given {@code need} to serve and {@code unserved} still unmet; lent on its
   * rule's terms when it lends, repaid once its policy offers nothing. The vector step calls it
   * lane by lane: the same bits.
   */
  final double releaseByPolicy(int k, int m, int l, int t, double need, double unserved, double take) {
    double offer = policyView.release(k, m, l, t, need, unserved);
    // Its release programme runs while it offers: loans are repaid only once it has ended.
    releasing[k * LANES + l] = offer > 0 ? 1 : 0;
    double released = take > offer ? offer : take;
    if (compiled.tierLoan[k]) {
      lend(k, k * LANES + l, l, released, t);
    }
    return released;
  }

  /**
   * Tier {@code k} (lane {@code l}, at {@code at}) lends what it {@code released}: owed back in
   * units, in equal installments; its premium is money.
   */
  private void lend(int k, int at, int l, double released, int t) {
    final boolean lending = released > 0;
    final double debt = lending ? owed[at] + released : owed[at];
    owed[at] = debt;
    if (compiled.tierLoanPremium[k] > 0 && lending) {
      metrics.premium(at, released * todayPrice[l] * (compiled.tierLoanPremium[k] * compiled.discount[t]));
    }
    if (lending) {
      installment[at] = debt / compiled.tierPayback[k];
    }
  }
}
