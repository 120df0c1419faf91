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
  private static final int LANES = Lanes.COUNT;

  final CompiledScenario compiled;
  final int horizon;
  final ShockTimeline[] timelines = new ShockTimeline[LANES];
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
  final double[] todayPrice = new double[LANES];
  final double[] expected = new double[LANES];
  final double[] demand = new double[LANES];
  final double[] toServe = new double[LANES];
  final double[] recycled = new double[LANES];
  final double[] importNeed = new double[LANES];
  final double[] stockBefore = new double[LANES];
  final double[] order = new double[LANES];
  final double[] unmet = new double[LANES];
  final double[] arrivals = new double[LANES];
  final double[] arrivalsValue = new double[LANES];
  final double[] supply = new double[LANES];
  final double[] servedFromArrivals = new double[LANES];
  final double[] gap = new double[LANES];
  final double[] stressed = new double[LANES];
  final double[] surgeLanes = new double[LANES];
  final double[] relaxLanes = new double[LANES];
  final double[] surplusNow = new double[LANES];
  final double[] unitCost = new double[LANES];
  final double[] repaidNow = new double[LANES];
  final double[] dueNow = new double[LANES];
  final double[] movedNow = new double[LANES];
  final double[] stockAfter = new double[LANES];
  final double[] totalOwed = new double[LANES];
  final double[] carried = new double[LANES];
  final double[] refusedLanes = new double[LANES];
  final double[] limitedLanes = new double[LANES];
  // Scratch for values handed to the metrics (see ReplicateMetrics).
  final double[] scratch = new double[LANES];
  final double[] scratchShocked = new double[LANES];
  final double[] scratchLimited = new double[LANES];

  final ReplicateMetrics metrics;
  final LaneFlows flows;

  LaneState(CompiledScenario compiled, MetricLayout layout) {
    this.compiled = compiled;
    this.horizon = compiled.horizon;
    int materials = compiled.materialCount;
    int sources = compiled.sourceCount;
    int tiers = compiled.tierCount;
    metrics = new ReplicateMetrics(compiled, layout);
    for (int l = 0; l < LANES; l++) {
      timelines[l] = new ShockTimeline();
    }
    demandRandom = new StreamGenerator[materials * LANES];
    for (int i = 0; i < demandRandom.length; i++) {
      demandRandom[i] = new StreamGenerator();
    }
    noisy = new boolean[materials];
    for (int m = 0; m < materials; m++) {
      noisy[m] = compiled.noiseSigma[m] > 0;
    }

    shocks = new DailyShocks(compiled, LANES);
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
    capacityNow = new double[sources * LANES];
    surgeAllowance = new double[sources * LANES];
    shipped = new double[sources * LANES];
    headroom = new double[sources * LANES];
    capacityLimit = new double[sources * LANES];
    premiumFactor = new double[sources];
    for (int s = 0; s < sources; s++) {
      premiumFactor[s] = 1 + compiled.premium[s];
    }

    surging = new double[materials * LANES];
    flowLeadDays = new double[materials * LANES];
    inTransit = new double[materials * LANES];
    backlogUnits = new double[materials * LANES];
    substitution = new double[materials * LANES];
    price = new double[materials * LANES];
    noise = new double[materials * LANES];
    int longestLag = 0;
    for (int m = 0; m < materials; m++) {
      longestLag = Math.max(longestLag, compiled.recyclingLag[m]);
    }
    consumedDays = powerOfTwoAbove(longestLag);
    consumed = new double[Math.multiplyExact(Math.multiplyExact(materials, consumedDays), LANES)];
    shortfallToday = new double[materials * LANES];
    servedFromStockToday = new double[materials * LANES];
    unstored = new double[materials * LANES];
    unstoredValue = new double[materials * LANES];

    stock = new double[tiers * LANES];
    owed = new double[tiers * LANES];
    installment = new double[tiers * LANES];
    budgetLeft = new double[tiers * LANES];
    triggerDays = new double[tiers * LANES];
    calmDays = new double[tiers * LANES];
    releasing = new double[tiers * LANES];
    drawn = new double[tiers * LANES];
    repaidToday = new double[tiers * LANES];
    intake = new double[tiers * LANES];

    flows = new LaneFlows(materials, tiers, LANES);
  }

  /** Smallest power of two above {@code days}. */
  private static int powerOfTwoAbove(int days) {
    return Integer.highestOneBit(Math.max(days, 1)) << 1;
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
        demandRandom[i].reseed(RandomStreams.streamSeed(seed, first + l, compiled.demandPurposeHash[m]));
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
  }
}
