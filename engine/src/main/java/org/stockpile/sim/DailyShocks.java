package org.stockpile.sim;

import java.util.Arrays;

/**
 * Step 1 of the day: what the shocks active today do to every source (availability, quota,
 * extra delay, export tax, held shipments) and material (demand multiplier, "shocked"), from a
 * replicate's {@link ShockTimeline}. Overlapping shocks combine: availabilities and demand
 * multipliers multiply, the tightest quota wins, delays and taxes add up.
 */
final class DailyShocks {
  final double[] availability;
  final double[] quota;
  final int[] delay;
  final double[] tax;
  final boolean[] held;
  final double[] demandMultiplier;
  final boolean[] shocked;

  private final int[] sourceMaterial;
  private ShockTimeline timeline;
  private int[] active = new int[16];
  private int activeCount;
  private int nextInstance;
  private boolean clean;

  DailyShocks(CompiledScenario compiled) {
    int sources = compiled.sourceCount;
    int materials = compiled.materialCount;
    sourceMaterial = compiled.sourceMaterial;
    availability = new double[sources];
    quota = new double[sources];
    delay = new int[sources];
    tax = new double[sources];
    held = new boolean[sources];
    demandMultiplier = new double[materials];
    shocked = new boolean[materials];
  }

  /** Starts a replicate facing {@code shocks}. */
  void reset(ShockTimeline shocks) {
    timeline = shocks;
    activeCount = 0;
    nextInstance = 0;
    clean = false;
    clear();
  }

  private void clear() {
    Arrays.fill(availability, 1);
    Arrays.fill(quota, 1);
    Arrays.fill(delay, 0);
    Arrays.fill(tax, 0);
    Arrays.fill(held, false);
    Arrays.fill(demandMultiplier, 1);
    Arrays.fill(shocked, false);
  }

  /** The effects of day {@code t}; nothing to do on days with no shock active, nor the day after. */
  void apply(int t) {
    ShockTimeline shocks = timeline;
    while (nextInstance < shocks.size() && shocks.sortedStart[nextInstance] <= t) {
      if (activeCount == active.length) {
        active = Arrays.copyOf(active, activeCount * 2);
      }
      active[activeCount++] = nextInstance++;
    }
    if (activeCount == 0 && clean) {
      return;
    }
    clear();
    int kept = 0;
    for (int a = 0; a < activeCount; a++) {
      int i = active[a];
      ShockEffect effect = shocks.sortedEffect[i];
      int start = shocks.sortedStart[i];
      int duration = shocks.sortedDuration[i];
      if (t >= start + effect.span(duration)) {
        continue;
      }
      active[kept++] = i;
      double x = ShockEffect.intensity(t, start, duration, effect.rampUpDays(), effect.recoveryDays())
          * shocks.sortedSeverity[i];
      if (x <= 0) {
        continue;
      }
      boolean holding = effect.holdsInTransit() && t < start + effect.rampUpDays() + duration;
      int extraDays = (int) Math.round(x * effect.delayDays());
      for (int s : effect.sources()) {
        availability[s] *= 1 - x * effect.availabilityLoss();
        quota[s] = Math.min(quota[s], 1 - x * (1 - effect.quotaShare()));
        delay[s] += extraDays;
        tax[s] += x * effect.taxRate();
        held[s] |= holding;
        shocked[sourceMaterial[s]] = true;
      }
      if (effect.demandMultiplier() != 1) {
        for (int m : effect.materials()) {
          demandMultiplier[m] *= 1 + x * (effect.demandMultiplier() - 1);
          shocked[m] = true;
        }
      }
    }
    activeCount = kept;
    clean = kept == 0;
  }
}
