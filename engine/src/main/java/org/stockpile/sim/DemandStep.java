package org.stockpile.sim;

/**
 * Step 2 of the day, lane by lane: demand, with its noise, and what recycling returns.
 * {@link VectorDemandStep} computes the same bits a vector of lanes at a time.
 */
class DemandStep extends LaneArrays {

  DemandStep(LaneState state) {
    super(state);
  }

  /**
   * The day's demand noise of every noisy material and lane: the next uniform number of each
   * lane's stream ({@link StreamLanes}), then {@link PortableMath#lognormalQuantile}.
   */
  void drawNoise() {
    for (int m = 0; m < compiled.materialCount; m++) {
      if (noisy[m]) {
        final int at = m * LANES;
        demandRandom.nextUniforms(at, uniform);
        for (int i = at; i < at + LANES; i++) {
          noise[i] = PortableMath.lognormalQuantile(uniform[i], compiled.noiseMu[m], compiled.noiseSigma[m]);
        }
      }
    }
  }

  /** 2. Demand, and what recycling returns of what was consumed {@code lag} days ago. */
  void demand(int m, int t) {
    final int atMaterial = m * LANES;
    final double base = compiled.baselineDemand[t * compiled.materialCount + m];
    final int lag = compiled.recyclingLag[m];
    final boolean recycling = lag > 0 && t >= lag;
    final int from = recycling ? (((t - lag) & (consumedDays - 1)) * compiled.materialCount + m) * LANES : 0;
    for (int l = 0; l < LANES; l++) {
      final int i = atMaterial + l;
      todayPrice[l] = price[i];
      double expectedNow = demandMultiplier[i] * base * (-substitution[i] + 1);
      expected[l] = expectedNow;
      double demanded = noisy[m] ? expectedNow * noise[i] : expectedNow;
      demand[l] = demanded;
      toServe[l] = demanded + backlogUnits[i];
      recycled[l] = recycling ? consumed[from + l] * compiled.recyclingShare[m] : 0;
    }
  }
}
