package org.stockpile.sim;

import java.util.Arrays;
import org.stockpile.metrics.MetricLayout;

/**
 * One group of {@link Kernel#LANES} replicates stepped side by side: its {@link LaneArrays}, the
 * pipeline ring (reallocated when a group's delays need a longer one), and the start of a group
 * ({@link #reset}).
 */
final class LaneState extends LaneArrays {
  // Shipments under way, by arrival day: a ring of pipelineDays days (a power of two longer than
  // any journey, lead time plus every delay the replicates' shocks could add), so that the
  // pipeline stays in cache instead of spanning the horizon.
  double[] pipelineUnits;
  double[] pipelineValue;
  int pipelineDays;

  LaneState(CompiledScenario compiled, MetricLayout layout, boolean vectors) {
    super(compiled, layout, vectors);
    pipelineUnits = new double[0];
    pipelineValue = new double[0];
  }

  /** Slot of source {@code s} on day {@code day} in the pipeline ring (first lane). */
  int pipelineSlot(int day, int s) {
    return ((day & (pipelineDays - 1)) * compiled.sourceCount + s) * LANES;
  }

  /**
   * Starts replicates {@code first} to {@code first + LANES - 1}: their shocks and streams, and
   * every stock, flow and metric as on the morning of day 0.
   */
  void reset(long seed, int first) {
    reset(seed, first, null);
  }

  /** As {@link #reset(long, int)}, with shocks drawn earlier by {@code draws} (null: draw them). */
  void reset(long seed, int first, ShockDraws draws) {
    int longestDelays = 0;
    for (int l = 0; l < LANES; l++) {
      if (draws != null && first + l < draws.replicates()) {
        draws.fill(timelines[l], compiled, first + l);
      } else {
        timelines[l].draw(compiled, seed, first + l);
      }
      shocks.reset(l, timelines[l]);
      longestDelays = Math.max(longestDelays, timelines[l].totalDelayDays());
    }
    // Every instance could overlap: a shipment's journey is at most its lead time plus all delays.
    // Shipments arriving after the horizon are never recorded, so no journey needs more days.
    int days = powerOfTwoAbove((int) Math.min(horizon, (long) longestLeadTime + longestDelays));
    if (days > pipelineDays) {
      pipelineDays = days;
      pipelineUnits = new double[Math.multiplyExact(Math.multiplyExact(compiled.sourceCount, days), LANES)];
      pipelineValue = new double[pipelineUnits.length];
    } else {
      Arrays.fill(pipelineUnits, 0);
      Arrays.fill(pipelineValue, 0);
    }
    metrics.reset();
    for (int s = 0; s < compiled.sourceCount; s++) {
      for (int l = 0; l < LANES; l++) {
        capacityNow[s * LANES + l] = compiled.capacity[s];
      }
    }
    Arrays.fill(surgeAllowance, 0);
    for (int m = 0; m < compiled.materialCount; m++) {
      double transit = 0;
      // Start in steady state: what left before day 0 arrives on days 0 .. lead - 1.
      double base = compiled.baselineDemand[m];
      for (int s = compiled.sourceStart[m]; s < compiled.sourceEnd[m]; s++) {
        double flow = Math.min(compiled.share[s] * base, compiled.capacity[s]);
        double value = flow * compiled.basePrice[m] * (1 + compiled.premium[s]);
        for (int d = 0; d < Math.min(compiled.leadTime[s], horizon); d++) {
          int slot = pipelineSlot(d, s);
          Arrays.fill(pipelineUnits, slot, slot + LANES, flow);
          Arrays.fill(pipelineValue, slot, slot + LANES, value);
          transit += flow;
        }
      }
      for (int l = 0; l < LANES; l++) {
        int i = m * LANES + l;
        demandRandom.reseed(i, RandomStreams.streamSeed(seed, first + l, compiled.demandPurposeHash[m]));
        backlogUnits[i] = 0;
        surging[i] = 0;
        flowLeadDays[i] = basePipelineDays[m];
        substitution[i] = 0;
        price[i] = compiled.basePrice[m];
        inTransit[i] = transit;
        unstored[i] = 0;
        unstoredValue[i] = 0;
      }
    }
    for (int k = 0; k < compiled.tierCount; k++) {
      for (int l = 0; l < LANES; l++) {
        stock[k * LANES + l] = compiled.tierInitial[k];
      }
    }
    Arrays.fill(owed, 0);
    Arrays.fill(installment, 0);
    Arrays.fill(triggerDays, 0);
    Arrays.fill(calmDays, 0);
    Arrays.fill(releasing, 0);
    // Yesterday's shortfall, as a policy sees it on day 0.
    Arrays.fill(shortfallToday, 0);
    if (policyView != null) {
      policyView.start(first);
    }
  }
}
