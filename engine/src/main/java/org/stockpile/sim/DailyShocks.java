package org.stockpile.sim;

import java.util.Arrays;

/**
 * Step 1 of the day: what the shocks active today do to every source (availability, quota,
 * extra delay, export tax, held shipments) and material (demand multiplier, "shocked"), for each
 * of the kernel's lanes from that lane's {@link ShockTimeline}. Overlapping shocks combine:
 * availabilities and demand multipliers multiply, the tightest quota wins, delays and taxes add
 * up. Arrays are lane-minor: source {@code s} of lane {@code l} is at {@code s x lanes + l}.
 */
final class DailyShocks {
  final double[] availability;
  final double[] quota;
  final int[] delay;
  final double[] tax;
  /** 1 where shipments under way are held today, else 0. */
  final double[] held;
  final double[] demandMultiplier;
  /** 1 where a material is under a shock today, else 0. */
  final double[] shocked;
  /** Per material and lane, days since it was last shocked (counted only when a tier waits after shocks). */
  final double[] sinceShocked;
  /**
   * Per material and lane, the days until the first shock announced by today that will hit the
   * material (mark it shocked) starts, from its announcement to the eve of its start;
   * {@code +Infinity} when none is (kept only when tiers' policies may read it).
   */
  final double[] untilAnnounced;
  private final boolean countCalm;
  private final boolean watchAnnouncements;

  private final int lanes;
  private final int[] sourceMaterial;
  private final ShockTimeline[] timeline;
  private final int[][] active;
  private final int[] activeCount;
  private final int[] nextInstance;
  private boolean delayed;

  DailyShocks(CompiledScenario compiled, int lanes) {
    this.lanes = lanes;
    int sources = compiled.sourceCount;
    int materials = compiled.materialCount;
    sourceMaterial = compiled.sourceMaterial;
    availability = new double[sources * lanes];
    quota = new double[sources * lanes];
    delay = new int[sources * lanes];
    tax = new double[sources * lanes];
    held = new double[sources * lanes];
    demandMultiplier = new double[materials * lanes];
    shocked = new double[materials * lanes];
    sinceShocked = new double[materials * lanes];
    untilAnnounced = new double[materials * lanes];
    Arrays.fill(untilAnnounced, Double.POSITIVE_INFINITY);
    // Only refill delays and tiers' policies read the days since a shock; only policies announcements.
    countCalm = compiled.refillDelays || compiled.policies;
    watchAnnouncements = compiled.policies;
    timeline = new ShockTimeline[lanes];
    active = new int[lanes][16];
    activeCount = new int[lanes];
    nextInstance = new int[lanes];
  }

  /** Starts a replicate in lane {@code lane}, facing {@code shocks}. */
  void reset(int lane, ShockTimeline shocks) {
    timeline[lane] = shocks;
    for (int i = lane; i < sinceShocked.length; i += lanes) {
      sinceShocked[i] = Double.POSITIVE_INFINITY;
      untilAnnounced[i] = Double.POSITIVE_INFINITY;
    }
    delayed = false;
    activeCount[lane] = 0;
    nextInstance[lane] = 0;
    clear(lane);
  }

  private void clear(int lane) {
    for (int i = lane; i < availability.length; i += lanes) {
      availability[i] = 1;
      quota[i] = 1;
      delay[i] = 0;
      tax[i] = 0;
      held[i] = 0;
    }
    for (int i = lane; i < shocked.length; i += lanes) {
      demandMultiplier[i] = 1;
      shocked[i] = 0;
    }
  }

  /**
   * The effects of day {@code t} in every lane. A lane's effects are computed again only on days
   * they can change: when an instance starts or ends, or while one ramps up or recovers. At full
   * severity they stay as they were (most days of most shocks).
   */
  void apply(int t) {
    boolean changed = false;
    for (int lane = 0; lane < lanes; lane++) {
      if (admit(t, lane) || changing(t, lane)) {
        clear(lane);
        apply(t, lane);
        changed = true;
      }
    }
    if (changed) {
      delayed = false;
      for (int days : delay) {
        delayed |= days != 0;
      }
    }
    if (countCalm) {
      for (int i = 0; i < shocked.length; i++) {
        sinceShocked[i] = shocked[i] != 0 ? 0 : sinceShocked[i] + 1;
      }
    }
    if (watchAnnouncements) {
      for (int lane = 0; lane < lanes; lane++) {
        if (timeline[lane].longestLead() > 0) {
          announce(t, lane);
        }
      }
    }
  }

  /**
   * Lane {@code lane}'s days until announced shocks on day {@code t}: instances not yet started
   * (from the next to admit on, in start order) that are known by today. None starting later than
   * today plus the timeline's longest lead can be, so the scan stops there.
   */
  private void announce(int t, int lane) {
    for (int i = lane; i < untilAnnounced.length; i += lanes) {
      untilAnnounced[i] = Double.POSITIVE_INFINITY;
    }
    ShockTimeline shocks = timeline[lane];
    long horizon = (long) t + shocks.longestLead();
    for (int i = nextInstance[lane]; i < shocks.size() && shocks.sortedStart[i] <= horizon; i++) {
      if (shocks.sortedAnnounced[i] > t) {
        continue;
      }
      double days = shocks.sortedStart[i] - t;
      ShockEffect effect = shocks.sortedEffect[i];
      // The materials it will mark shocked: its sources' and, when it moves demand, its own.
      for (int s : effect.sources()) {
        int at = sourceMaterial[s] * lanes + lane;
        untilAnnounced[at] = Math.min(untilAnnounced[at], days);
      }
      if (effect.demandMultiplier() != 1) {
        for (int m : effect.materials()) {
          int at = m * lanes + lane;
          untilAnnounced[at] = Math.min(untilAnnounced[at], days);
        }
      }
    }
  }

  /** Whether any shipment leaving today, in any lane, is delayed. */
  boolean delayed() {
    return delayed;
  }

  /** Adds lane {@code lane}'s instances starting by day {@code t} to its active ones; whether any did. */
  private boolean admit(int t, int lane) {
    ShockTimeline shocks = timeline[lane];
    int next = nextInstance[lane];
    if (next >= shocks.size() || shocks.sortedStart[next] > t) {
      return false;
    }
    int[] ids = active[lane];
    int count = activeCount[lane];
    while (next < shocks.size() && shocks.sortedStart[next] <= t) {
      if (count == ids.length) {
        ids = Arrays.copyOf(ids, count * 2);
        active[lane] = ids;
      }
      ids[count++] = next++;
    }
    nextInstance[lane] = next;
    activeCount[lane] = count;
    return true;
  }

  /**
   * Whether an active instance of lane {@code lane} is ramping up (up to and including its first
   * day at full severity), recovering or over on day {@code t}.
   */
  private boolean changing(int t, int lane) {
    ShockTimeline shocks = timeline[lane];
    int[] ids = active[lane];
    for (int a = 0; a < activeCount[lane]; a++) {
      int i = ids[a];
      ShockEffect effect = shocks.sortedEffect[i];
      int day = t - shocks.sortedStart[i];
      if (day <= effect.rampUpDays() || day >= effect.rampUpDays() + shocks.sortedDuration[i]) {
        return true;
      }
    }
    return false;
  }

  /** Applies lane {@code lane}'s active instances on day {@code t}, dropping those that have ended. */
  private void apply(int t, int lane) {
    ShockTimeline shocks = timeline[lane];
    int[] ids = active[lane];
    int count = activeCount[lane];
    int kept = 0;
    for (int a = 0; a < count; a++) {
      int i = ids[a];
      ShockEffect effect = shocks.sortedEffect[i];
      int start = shocks.sortedStart[i];
      int duration = shocks.sortedDuration[i];
      if (t >= start + effect.span(duration)) {
        continue;
      }
      ids[kept++] = i;
      double x = ShockEffect.intensity(t, start, duration, effect.rampUpDays(), effect.recoveryDays())
          * shocks.sortedSeverity[i];
      if (x <= 0) {
        continue;
      }
      boolean holding = effect.holdsInTransit() && t < start + effect.rampUpDays() + duration;
      int extraDays = (int) Math.round(x * effect.delayDays());
      for (int s : effect.sources()) {
        int at = s * lanes + lane;
        availability[at] *= 1 - x * effect.availabilityLoss();
        quota[at] = Math.min(quota[at], 1 - x * (1 - effect.quotaShare()));
        delay[at] += extraDays;
        tax[at] += x * effect.taxRate();
        if (holding) {
          held[at] = 1;
        }
        shocked[sourceMaterial[s] * lanes + lane] = 1;
      }
      if (effect.demandMultiplier() != 1) {
        for (int m : effect.materials()) {
          demandMultiplier[m * lanes + lane] *= 1 + x * (effect.demandMultiplier() - 1);
          shocked[m * lanes + lane] = 1;
        }
      }
    }
    activeCount[lane] = kept;
  }
}
