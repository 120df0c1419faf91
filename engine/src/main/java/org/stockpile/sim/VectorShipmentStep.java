package org.stockpile.sim;

import static jdk.incubator.vector.DoubleVector.fromArray;
import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.I2D;
import static jdk.incubator.vector.VectorOperators.LE;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.NE;
import static org.stockpile.sim.Lanes.SPECIES;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * Shipments and arrivals (steps 3 and 4 of the day): what each source ships of the order within
 * its limits and surge allowance, the journey through the pipeline ring, and what arrives today.
 */
final class VectorShipmentStep extends ShipmentStep {
  /** Ints as many as the lanes (half the bits of the doubles' vector). */
  private static final VectorSpecies<Integer> INTS =
      VectorSpecies.of(int.class, VectorShape.forBitSize(SPECIES.length() * Integer.SIZE));

  VectorShipmentStep(LaneState state) {
    super(state);
  }

  /**
   * Shipments: each source ships its share of the order, within capacity x availability, any
   * quota or licensing cap, and its normal flow plus the surge allowance it has built up. What is
   * not shipped goes to sources with room left, in proportion to that room; allowances grow while
   * orders go unshipped.
   */
  @Override
  void ship(int m, int t) {
    final int atMaterial = m * LANES;
    final double base = compiled.baselineDemand[t * compiled.materialCount + m];
    final int s0 = compiled.sourceStart[m];
    final int s1 = compiled.sourceEnd[m];
    final DoubleVector ordered = fromArray(SPECIES, order, 0);
    DoubleVector unshippedUnits = DoubleVector.zero(SPECIES);
    for (int s = s0; s < s1; s++) {
      final int atSource = s * LANES;
      final double share = compiled.share[s];
      final double normal = share * base;
      DoubleVector limit = fromArray(SPECIES, capacityNow, atSource).mul(fromArray(SPECIES, availability, atSource));
      DoubleVector allowed = fromArray(SPECIES, quota, atSource);
      DoubleVector quotaLimit = allowed.mul(normal);
      limit = limit.blend(quotaLimit, allowed.compare(LT, 1).and(limit.compare(GT, quotaLimit)));
      limit.intoArray(capacityLimit, atSource);
      DoubleVector wanted = ordered.mul(share);
      DoubleVector ceiling = fromArray(SPECIES, surgeAllowance, atSource).add(normal);
      ceiling = limit.blend(ceiling, limit.compare(GT, ceiling));
      DoubleVector sent = wanted.blend(ceiling, wanted.compare(GT, ceiling));
      sent.intoArray(shipped, atSource);
      unshippedUnits = unshippedUnits.add(wanted.sub(sent));
    }
    unshippedUnits.intoArray(unmet, 0);
    VectorMask<Double> unshipped = unshippedUnits.compare(GT, ordered.mul(1e-12));
    VectorMask<Double> relaxing = fromArray(SPECIES, surging, atMaterial).compare(NE, 0).andNot(unshipped);
    if (unshipped.or(relaxing).anyTrue()) {
      DoubleVector.zero(SPECIES).blend(1, unshipped).intoArray(surgeLanes, 0);
      DoubleVector.zero(SPECIES).blend(1, relaxing).intoArray(relaxLanes, 0);
      adjustSurge(atMaterial, s0, s1, base);
    }
  }

  /**
   * Dispatch, then 4. arrivals of the day (unless a logistics shock holds them), which with
   * recycling and what waited unstored since yesterday serve demand.
   */
  @Override
  void arrive(int m, int t) {
    final double[] pipelineUnits = state.pipelineUnits;
    final double[] pipelineValue = state.pipelineValue;
    final int atMaterial = m * LANES;
    final DoubleVector unitPrice = fromArray(SPECIES, todayPrice, 0);
    DoubleVector sent = DoubleVector.zero(SPECIES);
    DoubleVector sentDays = DoubleVector.zero(SPECIES);
    DoubleVector arrived = DoubleVector.zero(SPECIES);
    DoubleVector arrivedValue = DoubleVector.zero(SPECIES);
    for (int s = compiled.sourceStart[m]; s < compiled.sourceEnd[m]; s++) {
      final int atSource = s * LANES;
      final int lead = compiled.leadTime[s];
      // Dispatch. Lanes shipping nothing add zeros: the same bits as skipping them.
      DoubleVector units = fromArray(SPECIES, shipped, atSource);
      DoubleVector travel = ((DoubleVector) IntVector.fromArray(INTS, delay, atSource).convertShape(I2D, SPECIES, 0))
          .add(lead);
      sent = sent.add(units);
      sentDays = sentDays.add(units.mul(travel));
      int firstDelay = delay[atSource];
      if (!sameDelayInEveryLane(atSource)) {
        dispatchLaneByLane(s, t);
      } else if (t + lead + firstDelay < horizon) {
        int slot = state.pipelineSlot(t + lead + firstDelay, s);
        fromArray(SPECIES, pipelineUnits, slot).add(units).intoArray(pipelineUnits, slot);
        DoubleVector taxed = fromArray(SPECIES, tax, atSource).add(premiumFactor[s]);
        DoubleVector value = units.mul(unitPrice).mul(taxed);
        fromArray(SPECIES, pipelineValue, slot).add(value).intoArray(pipelineValue, slot);
      }
      // Arrivals; held shipments wait a day more.
      final int today = state.pipelineSlot(t, s);
      DoubleVector due = fromArray(SPECIES, pipelineUnits, today);
      DoubleVector value = fromArray(SPECIES, pipelineValue, today);
      DoubleVector zero = DoubleVector.zero(SPECIES);
      zero.intoArray(pipelineUnits, today);
      zero.intoArray(pipelineValue, today);
      VectorMask<Double> hold = fromArray(SPECIES, held, atSource).compare(NE, 0);
      if (t + 1 < horizon && hold.anyTrue()) {
        int next = state.pipelineSlot(t + 1, s);
        fromArray(SPECIES, pipelineUnits, next).add(due, hold).intoArray(pipelineUnits, next);
        fromArray(SPECIES, pipelineValue, next).add(value, hold).intoArray(pipelineValue, next);
      }
      VectorMask<Double> free = hold.not();
      arrived = arrived.add(due, free);
      arrivedValue = arrivedValue.add(value, free);
    }
    arrived.intoArray(arrivals, 0);
    arrivedValue.intoArray(arrivalsValue, 0);
    fromArray(SPECIES, inTransit, atMaterial).add(sent.sub(arrived)).intoArray(inTransit, atMaterial);
    // The pipeline needed tomorrow follows where the flow goes now, not the normal shares: when a
    // source is cut, others carry its flow with their own lead times.
    DoubleVector leadDays = sentDays.div(sent);
    fromArray(SPECIES, flowLeadDays, atMaterial).blend(leadDays, sent.compare(GT, 0))
        .intoArray(flowLeadDays, atMaterial);
    // Arrivals, recycling and what waited unstored since yesterday serve demand first.
    DoubleVector waiting = fromArray(SPECIES, unstored, atMaterial);
    waiting.intoArray(carried, 0);
    DoubleVector available = arrived.add(fromArray(SPECIES, recycled, 0)).add(waiting);
    available.intoArray(supply, 0);
    DoubleVector need = fromArray(SPECIES, toServe, 0);
    DoubleVector served = need.blend(available, need.compare(GT, available));
    served.intoArray(servedFromArrivals, 0);
    DoubleVector unserved = need.sub(served);
    unserved.intoArray(gap, 0);
    DoubleVector.zero(SPECIES).blend(1, unserved.compare(GT, 0)).intoArray(stressed, 0);
  }

  /**
   * Surge allowances. In the lanes of {@code surgeLanes}, some of the order could not be shipped:
   * allowances grow, and sources with room take the rest, in proportion to that room. In the
   * lanes of {@code relaxLanes}, all of it could: allowances shrink back, never below what is in
   * use, and the material stops surging once none is left.
   */
  private void adjustSurge(int atMaterial, int s0, int s1, double base) {
    DoubleVector roomSum = DoubleVector.zero(SPECIES);
    DoubleVector largest = DoubleVector.zero(SPECIES);
    for (int s = s0; s < s1; s++) {
      final int atSource = s * LANES;
      final double normal = compiled.share[s] * base;
      VectorMask<Double> growing = fromArray(SPECIES, surgeLanes, 0).compare(NE, 0);
      VectorMask<Double> shrinking = fromArray(SPECIES, relaxLanes, 0).compare(NE, 0);
      DoubleVector capacity = fromArray(SPECIES, capacityNow, atSource);
      DoubleVector allowance = fromArray(SPECIES, surgeAllowance, atSource);
      DoubleVector step = capacity.mul(compiled.surgeRate[s]);
      DoubleVector sent = fromArray(SPECIES, shipped, atSource);
      DoubleVector grown = allowance.add(step);
      grown = capacity.blend(grown, capacity.compare(GT, grown));
      DoubleVector used = sent.sub(normal);
      DoubleVector inUse = used.blend(0, used.compare(LE, 0));
      DoubleVector shrunk = allowance.sub(step);
      shrunk = inUse.blend(shrunk, inUse.compare(LT, shrunk));
      allowance.blend(grown, growing).blend(shrunk, shrinking).intoArray(surgeAllowance, atSource);
      DoubleVector limit = fromArray(SPECIES, capacityLimit, atSource);
      DoubleVector ceiling = grown.add(normal);
      DoubleVector free = limit.blend(ceiling, limit.compare(GT, ceiling)).sub(sent);
      DoubleVector open = free.blend(0, free.compare(LE, 0));
      open.intoArray(headroom, atSource);
      roomSum = roomSum.add(open);
      largest = largest.blend(shrunk, shrunk.compare(GT, largest));
    }
    VectorMask<Double> growing = fromArray(SPECIES, surgeLanes, 0).compare(NE, 0);
    VectorMask<Double> calm = fromArray(SPECIES, relaxLanes, 0).compare(NE, 0)
        .and(largest.compare(LE, 0));
    fromArray(SPECIES, surging, atMaterial).blend(1, growing).blend(0, calm).intoArray(surging, atMaterial);
    DoubleVector total = roomSum;
    VectorMask<Double> spread = growing.and(total.compare(GT, 0));
    if (spread.anyTrue()) {
      DoubleVector fraction = fromArray(SPECIES, unmet, 0).div(total);
      fraction = fraction.blend(1, fraction.compare(GE, 1));
      for (int s = s0; s < s1; s++) {
        final int atSource = s * LANES;
        fromArray(SPECIES, shipped, atSource).add(fraction.mul(fromArray(SPECIES, headroom, atSource)), spread)
            .intoArray(shipped, atSource);
      }
    }
  }
}
