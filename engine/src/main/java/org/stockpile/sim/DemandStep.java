package org.stockpile.sim;

import static jdk.incubator.vector.DoubleVector.fromArray;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/** Step 2 of the day: demand, with its noise, and what recycling returns. */
final class DemandStep {
  private static final int L = Lanes.COUNT;
  private static final VectorSpecies<Double> S = Lanes.SPECIES;

  private final CompiledScenario c;
  private final StreamGenerator[] demandRandom;
  private final boolean[] noisy;
  private final double[] demandMultiplier;
  private final double[] backlogUnits;
  private final double[] substitution;
  private final double[] price;
  private final double[] noise;
  private final double[] consumed;
  private final int consumedDays;
  private final double[] todayPrice;
  private final double[] expected;
  private final double[] demand;
  private final double[] toServe;
  private final double[] recycled;

  DemandStep(LaneState state) {
    this.c = state.c;
    this.demandRandom = state.demandRandom;
    this.noisy = state.noisy;
    this.demandMultiplier = state.demandMultiplier;
    this.backlogUnits = state.backlogUnits;
    this.substitution = state.substitution;
    this.price = state.price;
    this.noise = state.noise;
    this.consumed = state.consumed;
    this.consumedDays = state.consumedDays;
    this.todayPrice = state.todayPrice;
    this.expected = state.expected;
    this.demand = state.demand;
    this.toServe = state.toServe;
    this.recycled = state.recycled;
  }

  /**
   * The day's demand noise of every noisy material and lane, drawn lane by lane (the same stream
   * and the same {@link Math#exp} as a lone replicate) before the materials are stepped, so that
   * the vector reads of {@code noise} come long after these scalar writes.
   */
  void drawNoise() {
    for (int m = 0; m < c.materialCount; m++) {
      if (noisy[m]) {
        final double mu = c.noiseMu[m];
        final double sigma = c.noiseSigma[m];
        for (int i = m * L; i < m * L + L; i++) {
          noise[i] = Math.exp(mu + sigma * demandRandom[i].nextGaussian());
        }
      }
    }
  }

  /** 2. Demand, and what recycling returns of what was consumed {@code lag} days ago. */
  void demand(int m, int t) {
    final int mL = m * L;
    final double base = c.baselineDemand[t * c.materialCount + m];
    fromArray(S, price, mL).intoArray(todayPrice, 0);
    DoubleVector substituted = fromArray(S, substitution, mL).neg().add(1);
    DoubleVector expectedNow = fromArray(S, demandMultiplier, mL).mul(base).mul(substituted);
    expectedNow.intoArray(expected, 0);
    expectedNow.intoArray(demand, 0);
    if (noisy[m]) {
      expectedNow.mul(fromArray(S, noise, mL)).intoArray(demand, 0);
    }
    fromArray(S, demand, 0).add(fromArray(S, backlogUnits, mL)).intoArray(toServe, 0);
    int lag = c.recyclingLag[m];
    if (lag > 0 && t >= lag) {
      int from = (((t - lag) & (consumedDays - 1)) * c.materialCount + m) * L;
      fromArray(S, consumed, from).mul(c.recyclingShare[m]).intoArray(recycled, 0);
    } else {
      Lanes.clear(recycled);
    }
  }
}
