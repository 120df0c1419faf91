package org.stockpile.sim;

import static jdk.incubator.vector.DoubleVector.fromArray;
import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.I2D;
import static jdk.incubator.vector.VectorOperators.LE;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.NE;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * Shipments and arrivals (steps 3 and 4 of the day): what each source ships of the order within
 * its limits and surge allowance, the journey through the pipeline ring, and what arrives today.
 */
final class ShipmentStep {
  private static final int L = Lanes.COUNT;
  private static final VectorSpecies<Double> S = Lanes.SPECIES;
  /** Ints as many as the lanes (half the bits of the doubles' vector). */
  private static final VectorSpecies<Integer> INTS =
      VectorSpecies.of(int.class, VectorShape.forBitSize(S.length() * Integer.SIZE));

  private final LaneState state;
  private final CompiledScenario c;
  private final int horizon;
  private final DailyShocks shocks;
  private final double[] availability;
  private final double[] quota;
  private final int[] delay;
  private final double[] tax;
  private final double[] held;
  private final double[] capacityNow;
  private final double[] surgeAllowance;
  private final double[] shipped;
  private final double[] headroom;
  private final double[] premiumFactor;
  private final double[] capacityLimit;
  private final double[] surging;
  private final double[] flowLeadDays;
  private final double[] inTransit;
  private final double[] todayPrice;
  private final double[] toServe;
  private final double[] recycled;
  private final double[] order;
  private final double[] unmet;
  private final double[] arrivals;
  private final double[] arrivalsValue;
  private final double[] supply;
  private final double[] servedFromArrivals;
  private final double[] gap;
  private final double[] stressed;
  private final double[] surgeLanes;
  private final double[] relaxLanes;
  private final double[] unstored;
  private final double[] carried;

  ShipmentStep(LaneState state) {
    this.state = state;
    this.c = state.c;
    this.horizon = state.horizon;
    this.shocks = state.shocks;
    this.availability = state.availability;
    this.quota = state.quota;
    this.delay = state.delay;
    this.tax = state.tax;
    this.held = state.held;
    this.capacityNow = state.capacityNow;
    this.surgeAllowance = state.surgeAllowance;
    this.shipped = state.shipped;
    this.headroom = state.headroom;
    this.premiumFactor = state.premiumFactor;
    this.capacityLimit = state.capacityLimit;
    this.surging = state.surging;
    this.flowLeadDays = state.flowLeadDays;
    this.inTransit = state.inTransit;
    this.todayPrice = state.todayPrice;
    this.toServe = state.toServe;
    this.recycled = state.recycled;
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
    this.unstored = state.unstored;
    this.carried = state.carried;
  }

  /**
   * Shipments: each source ships its share of the order, within capacity x availability, any
   * quota or licensing cap, and its normal flow plus the surge allowance it has built up. What is
   * not shipped goes to sources with room left, in proportion to that room; allowances grow while
   * orders go unshipped.
   */
  void ship(int m, int t) {
    final int mL = m * L;
    final double base = c.baselineDemand[t * c.materialCount + m];
    final int s0 = c.sourceStart[m];
    final int s1 = c.sourceEnd[m];
    final DoubleVector ordered = fromArray(S, order, 0);
    DoubleVector unshippedUnits = DoubleVector.zero(S);
    for (int s = s0; s < s1; s++) {
      final int sL = s * L;
      final double share = c.share[s];
      final double normal = share * base;
      DoubleVector limit = fromArray(S, capacityNow, sL).mul(fromArray(S, availability, sL));
      DoubleVector allowed = fromArray(S, quota, sL);
      DoubleVector quotaLimit = allowed.mul(normal);
      limit = limit.blend(quotaLimit, allowed.compare(LT, 1).and(limit.compare(GT, quotaLimit)));
      limit.intoArray(capacityLimit, sL);
      DoubleVector wanted = ordered.mul(share);
      DoubleVector ceiling = fromArray(S, surgeAllowance, sL).add(normal);
      ceiling = limit.blend(ceiling, limit.compare(GT, ceiling));
      DoubleVector sent = wanted.blend(ceiling, wanted.compare(GT, ceiling));
      sent.intoArray(shipped, sL);
      unshippedUnits = unshippedUnits.add(wanted.sub(sent));
    }
    unshippedUnits.intoArray(unmet, 0);
    VectorMask<Double> unshipped = unshippedUnits.compare(GT, ordered.mul(1e-12));
    VectorMask<Double> relaxing = fromArray(S, surging, mL).compare(NE, 0).andNot(unshipped);
    if (unshipped.or(relaxing).anyTrue()) {
      DoubleVector.zero(S).blend(1, unshipped).intoArray(surgeLanes, 0);
      DoubleVector.zero(S).blend(1, relaxing).intoArray(relaxLanes, 0);
      adjustSurge(mL, s0, s1, base);
    }
  }

  /**
   * Dispatch, then 4. arrivals of the day (unless a logistics shock holds them), which with
   * recycling and what waited unstored since yesterday serve demand.
   */
  void arrive(int m, int t) {
    final double[] pipelineUnits = state.pipelineUnits;
    final double[] pipelineValue = state.pipelineValue;
    final int mL = m * L;
    final DoubleVector unitPrice = fromArray(S, todayPrice, 0);
    DoubleVector sent = DoubleVector.zero(S);
    DoubleVector sentDays = DoubleVector.zero(S);
    DoubleVector arrived = DoubleVector.zero(S);
    DoubleVector arrivedValue = DoubleVector.zero(S);
    for (int s = c.sourceStart[m]; s < c.sourceEnd[m]; s++) {
      final int sL = s * L;
      final int lead = c.leadTime[s];
      // Dispatch. Lanes shipping nothing add zeros: the same bits as skipping them.
      DoubleVector units = fromArray(S, shipped, sL);
      DoubleVector travel = ((DoubleVector) IntVector.fromArray(INTS, delay, sL).convertShape(I2D, S, 0)).add(lead);
      sent = sent.add(units);
      sentDays = sentDays.add(units.mul(travel));
      int firstDelay = delay[sL];
      boolean sameDelay = true;
      if (shocks.delayed()) {
        for (int l = 1; l < L; l++) {
          sameDelay &= delay[sL + l] == firstDelay;
        }
      }
      if (!sameDelay) {
        dispatchLaneByLane(s, t);
      } else if (t + lead + firstDelay < horizon) {
        int slot = state.pipelineSlot(t + lead + firstDelay, s);
        fromArray(S, pipelineUnits, slot).add(units).intoArray(pipelineUnits, slot);
        DoubleVector taxed = fromArray(S, tax, sL).add(premiumFactor[s]);
        DoubleVector value = units.mul(unitPrice).mul(taxed);
        fromArray(S, pipelineValue, slot).add(value).intoArray(pipelineValue, slot);
      }
      // Arrivals; held shipments wait a day more.
      final int today = state.pipelineSlot(t, s);
      DoubleVector due = fromArray(S, pipelineUnits, today);
      DoubleVector value = fromArray(S, pipelineValue, today);
      DoubleVector zero = DoubleVector.zero(S);
      zero.intoArray(pipelineUnits, today);
      zero.intoArray(pipelineValue, today);
      VectorMask<Double> hold = fromArray(S, held, sL).compare(NE, 0);
      if (t + 1 < horizon && hold.anyTrue()) {
        int next = state.pipelineSlot(t + 1, s);
        fromArray(S, pipelineUnits, next).add(due, hold).intoArray(pipelineUnits, next);
        fromArray(S, pipelineValue, next).add(value, hold).intoArray(pipelineValue, next);
      }
      VectorMask<Double> free = hold.not();
      arrived = arrived.add(due, free);
      arrivedValue = arrivedValue.add(value, free);
    }
    arrived.intoArray(arrivals, 0);
    arrivedValue.intoArray(arrivalsValue, 0);
    fromArray(S, inTransit, mL).add(sent.sub(arrived)).intoArray(inTransit, mL);
    // The pipeline needed tomorrow follows where the flow goes now, not the normal shares: when a
    // source is cut, others carry its flow with their own lead times.
    DoubleVector leadDays = sentDays.div(sent);
    fromArray(S, flowLeadDays, mL).blend(leadDays, sent.compare(GT, 0)).intoArray(flowLeadDays, mL);
    // Arrivals, recycling and what waited unstored since yesterday serve demand first.
    DoubleVector waiting = fromArray(S, unstored, mL);
    waiting.intoArray(carried, 0);
    DoubleVector available = arrived.add(fromArray(S, recycled, 0)).add(waiting);
    available.intoArray(supply, 0);
    DoubleVector need = fromArray(S, toServe, 0);
    DoubleVector served = need.blend(available, need.compare(GT, available));
    served.intoArray(servedFromArrivals, 0);
    DoubleVector unserved = need.sub(served);
    unserved.intoArray(gap, 0);
    DoubleVector.zero(S).blend(1, unserved.compare(GT, 0)).intoArray(stressed, 0);
  }

  /**
   * Surge allowances. In the lanes of {@code surgeLanes}, some of the order could not be shipped:
   * allowances grow, and sources with room take the rest, in proportion to that room. In the
   * lanes of {@code relaxLanes}, all of it could: allowances shrink back, never below what is in
   * use, and the material stops surging once none is left.
   */
  private void adjustSurge(int mL, int s0, int s1, double base) {
    DoubleVector roomSum = DoubleVector.zero(S);
    DoubleVector largest = DoubleVector.zero(S);
    for (int s = s0; s < s1; s++) {
      final int sL = s * L;
      final double normal = c.share[s] * base;
      VectorMask<Double> growing = fromArray(S, surgeLanes, 0).compare(NE, 0);
      VectorMask<Double> shrinking = fromArray(S, relaxLanes, 0).compare(NE, 0);
      DoubleVector capacity = fromArray(S, capacityNow, sL);
      DoubleVector allowance = fromArray(S, surgeAllowance, sL);
      DoubleVector step = capacity.mul(c.surgeRate[s]);
      DoubleVector sent = fromArray(S, shipped, sL);
      DoubleVector grown = allowance.add(step);
      grown = capacity.blend(grown, capacity.compare(GT, grown));
      DoubleVector used = sent.sub(normal);
      DoubleVector inUse = used.blend(0, used.compare(LE, 0));
      DoubleVector shrunk = allowance.sub(step);
      shrunk = inUse.blend(shrunk, inUse.compare(LT, shrunk));
      allowance.blend(grown, growing).blend(shrunk, shrinking).intoArray(surgeAllowance, sL);
      DoubleVector limit = fromArray(S, capacityLimit, sL);
      DoubleVector ceiling = grown.add(normal);
      DoubleVector free = limit.blend(ceiling, limit.compare(GT, ceiling)).sub(sent);
      DoubleVector open = free.blend(0, free.compare(LE, 0));
      open.intoArray(headroom, sL);
      roomSum = roomSum.add(open);
      largest = largest.blend(shrunk, shrunk.compare(GT, largest));
    }
    VectorMask<Double> growing = fromArray(S, surgeLanes, 0).compare(NE, 0);
    VectorMask<Double> calm = fromArray(S, relaxLanes, 0).compare(NE, 0)
        .and(largest.compare(LE, 0));
    fromArray(S, surging, mL).blend(1, growing).blend(0, calm).intoArray(surging, mL);
    DoubleVector total = roomSum;
    VectorMask<Double> spread = growing.and(total.compare(GT, 0));
    if (spread.anyTrue()) {
      DoubleVector fraction = fromArray(S, unmet, 0).div(total);
      fraction = fraction.blend(1, fraction.compare(GE, 1));
      for (int s = s0; s < s1; s++) {
        final int sL = s * L;
        fromArray(S, shipped, sL).add(fraction.mul(fromArray(S, headroom, sL)), spread).intoArray(shipped, sL);
      }
    }
  }

  /**
   * The pipeline part of dispatch from source {@code s} when its lanes face different delays (some
   * shocked, some not): each lane's shipment lands on its own day.
   */
  private void dispatchLaneByLane(int s, int t) {
    final double[] pipelineUnits = state.pipelineUnits;
    final double[] pipelineValue = state.pipelineValue;
    for (int l = 0; l < L; l++) {
      int i = s * L + l;
      double units = shipped[i];
      int arrival = t + c.leadTime[s] + delay[i];
      if (units > 0 && arrival < horizon) {
        int slot = state.pipelineSlot(arrival, s) + l;
        pipelineUnits[slot] += units;
        pipelineValue[slot] += units * todayPrice[l] * (premiumFactor[s] + tax[i]);
      }
    }
  }
}
