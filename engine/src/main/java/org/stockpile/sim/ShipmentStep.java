package org.stockpile.sim;

import java.util.Arrays;

/**
 * Shipments and arrivals (steps 3 and 4 of the day), lane by lane: what each source ships of the
 * order within its limits and surge allowance, the journey through the pipeline ring, and what
 * arrives today. It needs no Vector API; {@link VectorShipmentStep} is its vector twin, and both
 * give the same bits in every lane.
 */
class ShipmentStep extends LaneArrays {
  final LaneState state;

  ShipmentStep(LaneState state) {
    super(state);
    this.state = state;
  }

  /**
   * Shipments of material {@code m} on day {@code t}: each source ships its share of the order
   * within its limits, and surge allowances move; the same bits as {@link VectorShipmentStep#ship}.
   */
  void ship(int m, int t) {
    final int atMaterial = m * LANES;
    final double base = compiled.baselineDemand[t * compiled.materialCount + m];
    final int s0 = compiled.sourceStart[m];
    final int s1 = compiled.sourceEnd[m];
    boolean surgeMoves = false;
    for (int l = 0; l < LANES; l++) {
      unmet[l] = shipLane(l, s0, s1, base);
      // Some of the order went unshipped, or a surging material shipped all of it.
      final boolean unshipped = unmet[l] > order[l] * 1e-12;
      final boolean relaxing = surging[atMaterial + l] != 0 && !unshipped;
      surgeLanes[l] = unshipped ? 1.0 : 0.0;
      relaxLanes[l] = relaxing ? 1.0 : 0.0;
      surgeMoves |= unshipped || relaxing;
    }
    // As in the vector twin, every lane's headroom is rewritten when any lane's surge moves.
    if (surgeMoves) {
      adjustSurge(atMaterial, s0, s1, base);
    }
  }

  /**
   * Lane {@code l}'s shipments from sources {@code s0} to {@code s1 - 1} (with each source's
   * {@code capacityLimit}), returning the units of its order none of them shipped.
   */
  private double shipLane(int l, int s0, int s1, double base) {
    double unshippedUnits = 0.0;
    for (int s = s0; s < s1; s++) {
      final int i = s * LANES + l;
      final double share = compiled.share[s];
      final double normal = share * base;
      double limit = capacityNow[i] * availability[i];
      final double allowed = quota[i];
      final double quotaLimit = allowed * normal;
      if (allowed < 1 && limit > quotaLimit) {
        limit = quotaLimit;
      }
      capacityLimit[i] = limit;
      final double wanted = order[l] * share;
      final double flowCap = surgeAllowance[i] + normal;
      final double ceiling = limit > flowCap ? flowCap : limit;
      final double sent = wanted > ceiling ? ceiling : wanted;
      shipped[i] = sent;
      unshippedUnits += wanted - sent;
    }
    return unshippedUnits;
  }

  /**
   * Surge allowances, lane by lane, as {@link VectorShipmentStep}'s {@code adjustSurge} (the same
   * bits): in the lanes of {@code surgeLanes} allowances grow and sources with room take the rest
   * of the order; in the lanes of {@code relaxLanes} they shrink back, never below what is in use.
   */
  private void adjustSurge(int atMaterial, int s0, int s1, double base) {
    for (int l = 0; l < LANES; l++) {
      final boolean growing = surgeLanes[l] != 0;
      final boolean shrinking = relaxLanes[l] != 0;
      double roomSum = 0.0;
      double largest = 0.0;
      for (int s = s0; s < s1; s++) {
        final int i = s * LANES + l;
        final double normal = compiled.share[s] * base;
        final double capacity = capacityNow[i];
        final double allowance = surgeAllowance[i];
        final double step = capacity * compiled.surgeRate[s];
        final double sent = shipped[i];
        final double grownUncapped = allowance + step;
        final double grown = capacity > grownUncapped ? grownUncapped : capacity;
        final double used = sent - normal;
        final double inUse = used <= 0 ? 0.0 : used;
        final double shrunkUnfloored = allowance - step;
        final double shrunk = inUse < shrunkUnfloored ? shrunkUnfloored : inUse;
        surgeAllowance[i] = shrinking ? shrunk : growing ? grown : allowance;
        final double limit = capacityLimit[i];
        final double ceiling = grown + normal;
        final double free = (limit > ceiling ? ceiling : limit) - sent;
        final double open = free <= 0 ? 0.0 : free;
        headroom[i] = open;
        roomSum += open;
        largest = shrunk > largest ? shrunk : largest;
      }
      final int at = atMaterial + l;
      final boolean calm = shrinking && largest <= 0;
      surging[at] = calm ? 0.0 : growing ? 1.0 : surging[at];
      if (growing && roomSum > 0) {
        spreadUnmet(l, s0, s1, roomSum);
      }
    }
  }

  /**
   * Lane {@code l}'s unshipped units go to sources {@code s0} to {@code s1 - 1} in proportion to
   * their {@code headroom} (whose sum is {@code roomSum}), never more than all of it.
   */
  private void spreadUnmet(int l, int s0, int s1, double roomSum) {
    final double ratio = unmet[l] / roomSum;
    final double fraction = ratio >= 1 ? 1.0 : ratio;
    for (int s = s0; s < s1; s++) {
      final int i = s * LANES + l;
      shipped[i] += fraction * headroom[i];
    }
  }

  /**
   * Dispatch, then 4. arrivals of the day (unless a logistics shock holds them), which with
   * recycling and what waited unstored since yesterday serve demand; the same bits as
   * {@link VectorShipmentStep#arrive}.
   */
  void arrive(int m, int t) {
    Arrays.fill(arrivals, 0.0);
    Arrays.fill(arrivalsValue, 0.0);
    for (int s = compiled.sourceStart[m]; s < compiled.sourceEnd[m]; s++) {
      dispatch(s, t);
      receive(s, t);
    }
    final int atMaterial = m * LANES;
    for (int l = 0; l < LANES; l++) {
      double sent = 0.0;
      double sentDays = 0.0;
      for (int s = compiled.sourceStart[m]; s < compiled.sourceEnd[m]; s++) {
        final int i = s * LANES + l;
        final double units = shipped[i];
        sent += units;
        sentDays += units * ((double) delay[i] + compiled.leadTime[s]);
      }
      final int at = atMaterial + l;
      final double arrived = arrivals[l];
      inTransit[at] += sent - arrived;
      // The pipeline needed tomorrow follows where the flow goes now, not the normal shares.
      if (sent > 0) {
        flowLeadDays[at] = sentDays / sent;
      }
      // Arrivals, recycling and what waited unstored since yesterday serve demand first.
      final double waiting = unstored[at];
      carried[l] = waiting;
      final double available = arrived + recycled[l] + waiting;
      supply[l] = available;
      final double need = toServe[l];
      final double served = need > available ? available : need;
      servedFromArrivals[l] = served;
      final double unserved = need - served;
      gap[l] = unserved;
      stressed[l] = unserved > 0 ? 1.0 : 0.0;
    }
  }

  /**
   * Puts today's shipments from source {@code s} into the pipeline ring, on the day they land:
   * every lane's on one slot when their delays agree (lanes shipping nothing add zeros, as the
   * vector twin does), else each lane's on its own day.
   */
  private void dispatch(int s, int t) {
    final int atSource = s * LANES;
    final int arrival = t + compiled.leadTime[s] + delay[atSource];
    if (!sameDelayInEveryLane(atSource)) {
      dispatchLaneByLane(s, t);
    } else if (arrival < horizon) {
      final double[] pipelineUnits = state.pipelineUnits;
      final double[] pipelineValue = state.pipelineValue;
      final int slot = state.pipelineSlot(arrival, s);
      for (int l = 0; l < LANES; l++) {
        final int i = atSource + l;
        final double units = shipped[i];
        pipelineUnits[slot + l] += units;
        pipelineValue[slot + l] += units * todayPrice[l] * (tax[i] + premiumFactor[s]);
      }
    }
  }

  /** Whether source {@code s}'s lanes (from {@code atSource}) all face the same delay today. */
  final boolean sameDelayInEveryLane(int atSource) {
    if (!shocks.delayed()) {
      return true;
    }
    for (int l = 1; l < LANES; l++) {
      if (delay[atSource + l] != delay[atSource]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The pipeline part of dispatch from source {@code s} when its lanes face different delays (some
   * shocked, some not): each lane's shipment lands on its own day. Shared by both twins.
   */
  void dispatchLaneByLane(int s, int t) {
    final double[] pipelineUnits = state.pipelineUnits;
    final double[] pipelineValue = state.pipelineValue;
    for (int l = 0; l < LANES; l++) {
      int i = s * LANES + l;
      double units = shipped[i];
      int arrival = t + compiled.leadTime[s] + delay[i];
      if (units > 0 && arrival < horizon) {
        int slot = state.pipelineSlot(arrival, s) + l;
        pipelineUnits[slot] += units;
        pipelineValue[slot] += units * todayPrice[l] * (premiumFactor[s] + tax[i]);
      }
    }
  }

  /**
   * Takes today's slot of source {@code s} out of the pipeline ring: held lanes' shipments wait a
   * day more (dropped on the horizon's last day), the others' add to {@code arrivals} and
   * {@code arrivalsValue}.
   */
  private void receive(int s, int t) {
    final double[] pipelineUnits = state.pipelineUnits;
    final double[] pipelineValue = state.pipelineValue;
    final int atSource = s * LANES;
    final int today = state.pipelineSlot(t, s);
    final boolean tomorrowInHorizon = t + 1 < horizon;
    final int tomorrow = state.pipelineSlot(t + 1, s);
    for (int l = 0; l < LANES; l++) {
      final double due = pipelineUnits[today + l];
      final double value = pipelineValue[today + l];
      pipelineUnits[today + l] = 0.0;
      pipelineValue[today + l] = 0.0;
      if (held[atSource + l] == 0) {
        arrivals[l] += due;
        arrivalsValue[l] += value;
      } else if (tomorrowInHorizon) {
        pipelineUnits[tomorrow + l] += due;
        pipelineValue[tomorrow + l] += value;
      }
    }
  }
}
