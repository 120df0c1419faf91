package org.stockpile.sim;

import java.util.Arrays;
import org.stockpile.metrics.MetricLayout;

/**
 * The state of one group of {@link Kernel#LANES} replicates stepped side by side: every array the
 * steps of the day read and write, lane-minor (entity {@code i} of lane {@code l} at
 * {@code i x LANES + l}), with the scenario constants they need, and the start of a group
 * ({@link #reset}). The steps ({@link DemandStep}, {@link OrderStep}, {@link ShipmentStep},
 * {@link DrawStep}, {@link RefillStep}, {@link AccountStep}) work on it in the model's order; the
 * arrays are shared fields rather than accessors because they are the hot loop's data.
 */
final class LaneState {
  private static final int L = Lanes.COUNT;

  final CompiledScenario c;
  final int horizon;
  final ShockTimeline[] timelines = new ShockTimeline[L];
  final StreamGenerator[] demandRandom;
  final boolean[] noisy;

  // Shock effects of the day (step 1), read through these aliases of its arrays.
  final DailyShocks shocks;
  final double[] availability;
  final double[] quota;
  final int[] delay;
  final double[] tax;
  final double[] held;
  final double[] demandMultiplier;
  final double[] shocked;

  // Scenario constants per material.
  final double[] basePipelineDays;
  final double[] safetyFactor;
  final double[] inverseReference;
  final int[] firstFreeTier;
  final boolean[] lendingMaterial;

  // Sources, per lane.
  // Shipments under way, by arrival day: a ring of pipelineDays days (a power of two longer than
  // any journey, lead time plus every delay the replicates' shocks could add), so that the
  // pipeline stays in cache instead of spanning the horizon.
  double[] pipelineUnits;
  double[] pipelineValue;
  int pipelineDays;
  final int longestLeadTime;
  final double[] capacityNow;
  final double[] surgeAllowance;
  final double[] shipped;
  final double[] headroom;
  final double[] premiumFactor;
  final double[] capacityLimit;

  // Materials, per lane.
  final double[] surging;
  final double[] flowLeadDays;
  final double[] inTransit;
  final double[] backlogUnits;
  final double[] substitution;
  final double[] price;
  final double[] noise;
  // What was consumed, by day: a ring of consumedDays days (a power of two above the longest
  // recycling lag).
  final double[] consumed;
  final int consumedDays;
  final double[] shortfallToday;
  final double[] servedFromStockToday;
  // Supply no tier could take yet, and what it cost landed: it waits and serves demand first.
  final double[] unstored;
  final double[] unstoredValue;

  // Tiers (priority order), per lane.
  final double[] stock;
  final double[] owed;
  final double[] installment;
  final double[] budgetLeft;
  final double[] triggerDays;
  final double[] calmDays;
  final double[] releasing;
  final double[] drawn;
  final double[] repaidToday;
  final double[] intake;

  // One material-day's intermediate values, one per lane.
  final double[] todayPrice = new double[L];
  final double[] expected = new double[L];
  final double[] demand = new double[L];
  final double[] toServe = new double[L];
  final double[] recycled = new double[L];
  final double[] importNeed = new double[L];
  final double[] stockBefore = new double[L];
  final double[] order = new double[L];
  final double[] unmet = new double[L];
  final double[] arrivals = new double[L];
  final double[] arrivalsValue = new double[L];
  final double[] supply = new double[L];
  final double[] servedFromArrivals = new double[L];
  final double[] gap = new double[L];
  final double[] stressed = new double[L];
  final double[] surgeLanes = new double[L];
  final double[] relaxLanes = new double[L];
  final double[] surplusNow = new double[L];
  final double[] unitCost = new double[L];
  final double[] repaidNow = new double[L];
  final double[] dueNow = new double[L];
  final double[] movedNow = new double[L];
  final double[] stockAfter = new double[L];
  final double[] totalOwed = new double[L];
  final double[] carried = new double[L];
  final double[] refusedLanes = new double[L];
  final double[] limitedLanes = new double[L];
  // Scratch for values handed to the metrics (see ReplicateMetrics).
  final double[] scratch = new double[L];
  final double[] scratchShocked = new double[L];
  final double[] scratchLimited = new double[L];

  final ReplicateMetrics metrics;
  final LaneFlows flows;

  LaneState(CompiledScenario compiled, MetricLayout layout) {
    this.c = compiled;
    this.horizon = compiled.horizon;
    int materials = compiled.materialCount;
    int sources = compiled.sourceCount;
    int tiers = compiled.tierCount;
    metrics = new ReplicateMetrics(compiled, layout);
    for (int l = 0; l < L; l++) {
      timelines[l] = new ShockTimeline();
    }
    demandRandom = new StreamGenerator[materials * L];
    for (int i = 0; i < demandRandom.length; i++) {
      demandRandom[i] = new StreamGenerator();
    }
    noisy = new boolean[materials];
    for (int m = 0; m < materials; m++) {
      noisy[m] = compiled.noiseSigma[m] > 0;
    }

    shocks = new DailyShocks(compiled, L);
    availability = shocks.availability;
    quota = shocks.quota;
    delay = shocks.delay;
    tax = shocks.tax;
    held = shocks.held;
    demandMultiplier = shocks.demandMultiplier;
    shocked = shocks.shocked;

    basePipelineDays = new double[materials];
    safetyFactor = new double[materials];
    inverseReference = new double[materials];
    firstFreeTier = new int[materials];
    lendingMaterial = new boolean[materials];
    for (int m = 0; m < materials; m++) {
      for (int s = compiled.sourceStart[m]; s < compiled.sourceEnd[m]; s++) {
        basePipelineDays[m] += compiled.share[s] * compiled.leadTime[s];
      }
      // Firms aim a little above their target: two standard deviations of demand over the
      // lead time, so that demand noise alone does not push them below it.
      double cv = Math.sqrt(Math.expm1(compiled.noiseSigma[m] * compiled.noiseSigma[m]));
      safetyFactor[m] = Kernel.SAFETY_DEVIATIONS * cv * Math.sqrt(1 + basePipelineDays[m]);
      inverseReference[m] = 1 / compiled.referencePerDay[m];
      firstFreeTier[m] = -1;
      for (int k = compiled.tierStart[m]; k < compiled.tierEnd[m]; k++) {
        if (!compiled.tierRuled[k]) {
          firstFreeTier[m] = k;
          break;
        }
      }
    }
    for (int k = 0; k < tiers; k++) {
      lendingMaterial[compiled.tierMaterial[k]] |= compiled.tierLoan[k];
    }

    int longestLead = 0;
    for (int s = 0; s < sources; s++) {
      longestLead = Math.max(longestLead, compiled.leadTime[s]);
    }
    longestLeadTime = longestLead;
    pipelineUnits = new double[0];
    pipelineValue = new double[0];
    capacityNow = new double[sources * L];
    surgeAllowance = new double[sources * L];
    shipped = new double[sources * L];
    headroom = new double[sources * L];
    capacityLimit = new double[sources * L];
    premiumFactor = new double[sources];
    for (int s = 0; s < sources; s++) {
      premiumFactor[s] = 1 + compiled.premium[s];
    }

    surging = new double[materials * L];
    flowLeadDays = new double[materials * L];
    inTransit = new double[materials * L];
    backlogUnits = new double[materials * L];
    substitution = new double[materials * L];
    price = new double[materials * L];
    noise = new double[materials * L];
    int longestLag = 0;
    for (int m = 0; m < materials; m++) {
      longestLag = Math.max(longestLag, compiled.recyclingLag[m]);
    }
    consumedDays = powerOfTwoAbove(longestLag);
    consumed = new double[Math.multiplyExact(Math.multiplyExact(materials, consumedDays), L)];
    shortfallToday = new double[materials * L];
    servedFromStockToday = new double[materials * L];
    unstored = new double[materials * L];
    unstoredValue = new double[materials * L];

    stock = new double[tiers * L];
    owed = new double[tiers * L];
    installment = new double[tiers * L];
    budgetLeft = new double[tiers * L];
    triggerDays = new double[tiers * L];
    calmDays = new double[tiers * L];
    releasing = new double[tiers * L];
    drawn = new double[tiers * L];
    repaidToday = new double[tiers * L];
    intake = new double[tiers * L];

    flows = new LaneFlows(materials, tiers, L);
  }

  /** Smallest power of two above {@code days}. */
  private static int powerOfTwoAbove(int days) {
    return Integer.highestOneBit(Math.max(days, 1)) << 1;
  }

  /** Slot of source {@code s} on day {@code day} in the pipeline ring (first lane). */
  int pipelineSlot(int day, int s) {
    return ((day & (pipelineDays - 1)) * c.sourceCount + s) * L;
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
    for (int l = 0; l < L; l++) {
      if (draws != null && first + l < draws.replicates()) {
        draws.fill(timelines[l], c, first + l);
      } else {
        timelines[l].draw(c, seed, first + l);
      }
      shocks.reset(l, timelines[l]);
      longestDelays = Math.max(longestDelays, timelines[l].totalDelayDays());
    }
    // Every instance could overlap: a shipment's journey is at most its lead time plus all delays.
    // Shipments arriving after the horizon are never recorded, so no journey needs more days.
    int days = powerOfTwoAbove((int) Math.min(horizon, (long) longestLeadTime + longestDelays));
    if (days > pipelineDays) {
      pipelineDays = days;
      pipelineUnits = new double[Math.multiplyExact(Math.multiplyExact(c.sourceCount, days), L)];
      pipelineValue = new double[pipelineUnits.length];
    } else {
      Arrays.fill(pipelineUnits, 0);
      Arrays.fill(pipelineValue, 0);
    }
    metrics.reset();
    for (int s = 0; s < c.sourceCount; s++) {
      for (int l = 0; l < L; l++) {
        capacityNow[s * L + l] = c.capacity[s];
      }
    }
    Arrays.fill(surgeAllowance, 0);
    for (int m = 0; m < c.materialCount; m++) {
      double transit = 0;
      // Start in steady state: what left before day 0 arrives on days 0 .. lead - 1.
      double base = c.baselineDemand[m];
      for (int s = c.sourceStart[m]; s < c.sourceEnd[m]; s++) {
        double flow = Math.min(c.share[s] * base, c.capacity[s]);
        double value = flow * c.basePrice[m] * (1 + c.premium[s]);
        for (int d = 0; d < Math.min(c.leadTime[s], horizon); d++) {
          int slot = pipelineSlot(d, s);
          Arrays.fill(pipelineUnits, slot, slot + L, flow);
          Arrays.fill(pipelineValue, slot, slot + L, value);
          transit += flow;
        }
      }
      for (int l = 0; l < L; l++) {
        int i = m * L + l;
        demandRandom[i].reseed(RandomStreams.streamSeed(seed, first + l, c.demandPurposeHash[m]));
        backlogUnits[i] = 0;
        surging[i] = 0;
        flowLeadDays[i] = basePipelineDays[m];
        substitution[i] = 0;
        price[i] = c.basePrice[m];
        inTransit[i] = transit;
        unstored[i] = 0;
        unstoredValue[i] = 0;
      }
    }
    for (int k = 0; k < c.tierCount; k++) {
      for (int l = 0; l < L; l++) {
        stock[k * L + l] = c.tierInitial[k];
      }
    }
    Arrays.fill(owed, 0);
    Arrays.fill(installment, 0);
    Arrays.fill(triggerDays, 0);
    Arrays.fill(calmDays, 0);
    Arrays.fill(releasing, 0);
  }
}
