package org.stockpile.sim;

import static jdk.incubator.vector.DoubleVector.fromArray;
import static org.stockpile.sim.Lanes.SPECIES;

import jdk.incubator.vector.DoubleVector;

/** {@link DemandStep} a vector of lanes at a time: the same bits. */
final class VectorDemandStep extends DemandStep {


  VectorDemandStep(LaneState state) {
    super(state);
  }

  /**
   * The day's demand noise of every noisy material and lane: the next uniform number of each
   * lane's stream ({@link StreamLanes}), then the lognormal factor ({@link NoiseLanes}), both on
   * whole vectors and both the bits of a lone replicate's {@link PortableMath#lognormalQuantile}.
   */
  @Override
  void drawNoise() {
    for (int m = 0; m < compiled.materialCount; m++) {
      if (noisy[m]) {
        demandRandom.nextUniforms(m * LANES, uniform);
        NoiseLanes.lognormal(uniform, compiled.noiseMu[m], compiled.noiseSigma[m], noise, m * LANES, quantileRatio);
      }
    }
  }

  /** 2. Demand, and what recycling returns of what was consumed {@code lag} days ago. */
  @Override
  void demand(int m, int t) {
    final int atMaterial = m * LANES;
    final double base = compiled.baselineDemand[t * compiled.materialCount + m];
    fromArray(SPECIES, price, atMaterial).intoArray(todayPrice, 0);
    DoubleVector substituted = fromArray(SPECIES, substitution, atMaterial).neg().add(1);
    DoubleVector expectedNow = fromArray(SPECIES, demandMultiplier, atMaterial).mul(base).mul(substituted);
    expectedNow.intoArray(expected, 0);
    expectedNow.intoArray(demand, 0);
    if (noisy[m]) {
      expectedNow.mul(fromArray(SPECIES, noise, atMaterial)).intoArray(demand, 0);
    }
    fromArray(SPECIES, demand, 0).add(fromArray(SPECIES, backlogUnits, atMaterial)).intoArray(toServe, 0);
    int lag = compiled.recyclingLag[m];
    if (lag > 0 && t >= lag) {
      int from = (((t - lag) & (consumedDays - 1)) * compiled.materialCount + m) * LANES;
      fromArray(SPECIES, consumed, from).mul(compiled.recyclingShare[m]).intoArray(recycled, 0);
    } else {
      Lanes.clear(recycled);
    }
  }
}
