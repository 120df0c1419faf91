package org.stockpile.sim;

import jdk.incubator.vector.VectorSpecies;

/**
 * What the steps of the day ({@link DemandStep}, {@link OrderStep}, {@link ShipmentStep},
 * {@link DrawStep}, {@link RefillStep}, {@link AccountStep}) read and write: the {@link LaneState}'s
 * arrays, named once here so that every step uses them as its own fields (the hot loop reads a
 * field of the step, as before, not a field of a field).
 */
abstract class DayStep {
  static final int LANES = Lanes.COUNT;
  static final VectorSpecies<Double> SPECIES = Lanes.SPECIES;

  final CompiledScenario compiled;
  final int horizon;
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
  final double[] safetyFactor;
  final double[] inverseReference;
  final int[] firstFreeTier;
  final boolean[] lendingMaterial;

  // Sources, per lane (the pipeline ring, reallocated when a replicate's delays need it, is read
  // through the state).
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
  final double[] todayPrice;
  final double[] expected;
  final double[] demand;
  final double[] toServe;
  final double[] recycled;
  final double[] importNeed;
  final double[] stockBefore;
  final double[] order;
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

  DayStep(LaneState state) {
    this.compiled = state.compiled;
    this.horizon = state.horizon;
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
    this.safetyFactor = state.safetyFactor;
    this.inverseReference = state.inverseReference;
    this.firstFreeTier = state.firstFreeTier;
    this.lendingMaterial = state.lendingMaterial;
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
    this.todayPrice = state.todayPrice;
    this.expected = state.expected;
    this.demand = state.demand;
    this.toServe = state.toServe;
    this.recycled = state.recycled;
    this.importNeed = state.importNeed;
    this.stockBefore = state.stockBefore;
    this.order = state.order;
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
  }
}
