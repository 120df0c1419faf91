package org.stockpile.sim;

import org.stockpile.metrics.MetricLayout;

/**
 * The arrays and constants of one group of {@link Kernel#LANES} replicates stepped side by side,
 * lane-minor (entity {@code i} of lane {@code l} at {@code i x LANES + l}), named once: the
 * {@link LaneState} allocates them (and keeps what a group reallocates, the pipeline ring), and
 * every step of the day ({@link DemandStep}, {@link OrderStep}, {@link ShipmentStep},
 * {@link DrawStep}, {@link RefillStep}, {@link AccountStep}) shares them as its own fields, so the
 * hot loop reads a field of the step, not a field of a field.
 */
abstract class LaneArrays {
  static final int LANES = LaneWidth.COUNT;

  final CompiledScenario compiled;
  final int horizon;
  final ShockTimeline[] timelines;
  final StreamLanes demandRandom;
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
  final double[] sinceShocked;

  // Scenario constants per material.
  final double[] basePipelineDays;
  final double[] safetyFactor;
  final double[] inverseReference;
  final int[] firstFreeTier;
  final boolean[] lendingMaterial;

  // Sources, per lane (the pipeline ring, reallocated by a group, is the LaneState's).
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
  // Each noisy material's uniform draw of the day, per lane (the noise's input).
  final double[] uniform;
  // Two vectors' lanes: the noise's normal quantile, numerator then denominator.
  final double[] quantileRatio;
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
  /**
   * Per tier and lane, its target in units today: its file's target this year (it moves for a tier
   * counted on net imports), or what its target policy set today.
   */
  final double[] targetNow;
  /** Per tier and lane, the most it buys today: its file's maxBuyPerDay, or what its buy policy set today. */
  final double[] maxBuyNow;
  /** Per lane, the sum of a material's tiers' targets today. */
  final double[] totalTarget;
  /** Per lane, no limit: the aim of a tier filling up to its capacity. */
  final double[] unlimited;

  // One material-day's intermediate values, one per lane.
  final double[] todayPrice;
  final double[] expected;
  final double[] demand;
  final double[] toServe;
  final double[] recycled;
  final double[] importNeed;
  final double[] stockBefore;
  final double[] order;
  /** What the tiers' refills add to the order (beyond today's expected imports): reserve buying, for a world's market. */
  final double[] reserveOrder;
  final double[] unmet;
  final double[] arrivals;
  final double[] arrivalsValue;
  final double[] supply;
  final double[] servedFromArrivals;
  final double[] gap;
  final double[] stressed;
  final double[] surgeLanes;
  final double[] relaxLanes;
  final double[] surplusNow;
  final double[] unitCost;
  final double[] repaidNow;
  final double[] dueNow;
  final double[] movedNow;
  final double[] stockAfter;
  final double[] totalOwed;
  final double[] carried;
  final double[] refusedLanes;
  final double[] limitedLanes;
  // Scratch for values handed to the metrics (see ReplicateMetrics).
  final double[] scratch;
  final double[] scratchShocked;
  final double[] scratchLimited;

  final ReplicateMetrics metrics;
  final LaneFlows flows;
  /** What tiers' custom policies see and their lanes' instances; null when no tier has one. */
  final PolicyView policyView;

  /**
   * The arrays of a new group of {@code compiled}'s replicates, at their sizes; with
   * {@code vectors}, the metrics and random streams that step a vector of lanes at a time.
   */
  LaneArrays(CompiledScenario compiled, MetricLayout layout, boolean vectors) {
    timelines = new ShockTimeline[LANES];
    todayPrice = new double[LANES];
    expected = new double[LANES];
    demand = new double[LANES];
    toServe = new double[LANES];
    recycled = new double[LANES];
    importNeed = new double[LANES];
    stockBefore = new double[LANES];
    order = new double[LANES];
    reserveOrder = new double[LANES];
    unmet = new double[LANES];
    arrivals = new double[LANES];
    arrivalsValue = new double[LANES];
    supply = new double[LANES];
    servedFromArrivals = new double[LANES];
    gap = new double[LANES];
    stressed = new double[LANES];
    surgeLanes = new double[LANES];
    relaxLanes = new double[LANES];
    surplusNow = new double[LANES];
    unitCost = new double[LANES];
    repaidNow = new double[LANES];
    dueNow = new double[LANES];
    movedNow = new double[LANES];
    stockAfter = new double[LANES];
    totalOwed = new double[LANES];
    carried = new double[LANES];
    refusedLanes = new double[LANES];
    limitedLanes = new double[LANES];
    scratch = new double[LANES];
    scratchShocked = new double[LANES];
    scratchLimited = new double[LANES];

    this.compiled = compiled;
    this.horizon = compiled.horizon;
    int materials = compiled.materialCount;
    int sources = compiled.sourceCount;
    int tiers = compiled.tierCount;
    metrics = vectors ? new VectorMetrics(compiled, layout) : new ReplicateMetrics(compiled, layout);
    for (int l = 0; l < LANES; l++) {
      timelines[l] = new ShockTimeline();
    }
    demandRandom = vectors ? new VectorStreamLanes(materials) : new StreamLanes(materials);
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
    sinceShocked = shocks.sinceShocked;

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
      double cv = Math.sqrt(StrictMath.expm1(compiled.noiseSigma[m] * compiled.noiseSigma[m]));
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
    uniform = new double[materials * LANES];
    quantileRatio = new double[2 * LANES];
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
    targetNow = new double[tiers * LANES];
    for (int k = 0; k < tiers; k++) {
      java.util.Arrays.fill(targetNow, k * LANES, k * LANES + LANES, compiled.tierTarget[k]);
    }
    maxBuyNow = new double[tiers * LANES];
    for (int k = 0; k < tiers; k++) {
      java.util.Arrays.fill(maxBuyNow, k * LANES, k * LANES + LANES, compiled.tierMaxBuy[k]);
    }
    totalTarget = new double[LANES];
    unlimited = new double[LANES];
    java.util.Arrays.fill(unlimited, Double.POSITIVE_INFINITY);

    flows = new LaneFlows(materials, tiers, LANES);
    // Last: the view reads these arrays (and only when a policy is called).
    policyView = compiled.policies ? new PolicyView(this) : null;
  }

  /** The arrays {@code state} holds, shared. */
  LaneArrays(LaneArrays state) {
    this.compiled = state.compiled;
    this.horizon = state.horizon;
    this.timelines = state.timelines;
    this.demandRandom = state.demandRandom;
    this.noisy = state.noisy;
    this.shocks = state.shocks;
    this.availability = state.availability;
    this.quota = state.quota;
    this.delay = state.delay;
    this.tax = state.tax;
    this.held = state.held;
    this.demandMultiplier = state.demandMultiplier;
    this.shocked = state.shocked;
    this.sinceShocked = state.sinceShocked;
    this.basePipelineDays = state.basePipelineDays;
    this.safetyFactor = state.safetyFactor;
    this.inverseReference = state.inverseReference;
    this.firstFreeTier = state.firstFreeTier;
    this.lendingMaterial = state.lendingMaterial;
    this.longestLeadTime = state.longestLeadTime;
    this.capacityNow = state.capacityNow;
    this.surgeAllowance = state.surgeAllowance;
    this.shipped = state.shipped;
    this.headroom = state.headroom;
    this.premiumFactor = state.premiumFactor;
    this.capacityLimit = state.capacityLimit;
    this.surging = state.surging;
    this.flowLeadDays = state.flowLeadDays;
    this.inTransit = state.inTransit;
    this.backlogUnits = state.backlogUnits;
    this.substitution = state.substitution;
    this.price = state.price;
    this.noise = state.noise;
    this.uniform = state.uniform;
    this.quantileRatio = state.quantileRatio;
    this.consumed = state.consumed;
    this.consumedDays = state.consumedDays;
    this.shortfallToday = state.shortfallToday;
    this.servedFromStockToday = state.servedFromStockToday;
    this.unstored = state.unstored;
    this.unstoredValue = state.unstoredValue;
    this.stock = state.stock;
    this.owed = state.owed;
    this.installment = state.installment;
    this.budgetLeft = state.budgetLeft;
    this.triggerDays = state.triggerDays;
    this.calmDays = state.calmDays;
    this.releasing = state.releasing;
    this.drawn = state.drawn;
    this.repaidToday = state.repaidToday;
    this.intake = state.intake;
    this.targetNow = state.targetNow;
    this.totalTarget = state.totalTarget;
    this.maxBuyNow = state.maxBuyNow;
    this.unlimited = state.unlimited;
    this.todayPrice = state.todayPrice;
    this.expected = state.expected;
    this.demand = state.demand;
    this.toServe = state.toServe;
    this.recycled = state.recycled;
    this.importNeed = state.importNeed;
    this.stockBefore = state.stockBefore;
    this.order = state.order;
    this.reserveOrder = state.reserveOrder;
    this.unmet = state.unmet;
    this.arrivals = state.arrivals;
    this.arrivalsValue = state.arrivalsValue;
    this.supply = state.supply;
    this.servedFromArrivals = state.servedFromArrivals;
    this.gap = state.gap;
    this.stressed = state.stressed;
    this.surgeLanes = state.surgeLanes;
    this.relaxLanes = state.relaxLanes;
    this.surplusNow = state.surplusNow;
    this.unitCost = state.unitCost;
    this.repaidNow = state.repaidNow;
    this.dueNow = state.dueNow;
    this.movedNow = state.movedNow;
    this.stockAfter = state.stockAfter;
    this.totalOwed = state.totalOwed;
    this.carried = state.carried;
    this.refusedLanes = state.refusedLanes;
    this.limitedLanes = state.limitedLanes;
    this.scratch = state.scratch;
    this.scratchShocked = state.scratchShocked;
    this.scratchLimited = state.scratchLimited;
    this.metrics = state.metrics;
    this.flows = state.flows;
    this.policyView = state.policyView;
  }

  /** Smallest power of two above {@code days}. */
  static int powerOfTwoAbove(int days) {
    return Integer.highestOneBit(Math.max(days, 1)) << 1;
  }
}
