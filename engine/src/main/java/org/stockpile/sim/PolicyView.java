package org.stockpile.sim;

import org.stockpile.policy.DayView;
import org.stockpile.policy.ReleasePolicy;

/**
 * The day of one lane as a tier's policy sees it ({@link DayView}), read from a group's
 * {@link LaneArrays}; one view per group, moved to a tier, lane and day before each call, so a
 * call allocates nothing. It also holds each lane's instance of each tier's policies, made for
 * the lane's replicate when a group starts ({@link #start}).
 */
final class PolicyView implements DayView {
  private static final int LANES = LaneWidth.COUNT;

  private final LaneArrays state;
  private final CompiledScenario compiled;
  /** Tier {@code k}'s release policy for lane {@code l} at {@code k x LANES + l}; null where the rule decides. */
  private final ReleasePolicy[] releases;
  private long firstReplicate;
  private int tier;
  private int material;
  private int lane;
  private int today;
  private double demandNow;
  private double unmetNow;

  PolicyView(LaneArrays state) {
    this.state = state;
    this.compiled = state.compiled;
    this.releases = new ReleasePolicy[compiled.tierCount * LANES];
  }

  /** Gives each lane of a group starting at replicate {@code first} its own instance of each policy. */
  void start(long first) {
    firstReplicate = first;
    for (int k = 0; k < compiled.tierCount; k++) {
      ReleasePolicy policy = compiled.tierReleasePolicy[k];
      if (policy == null) {
        continue;
      }
      for (int l = 0; l < LANES; l++) {
        ReleasePolicy own = policy.forReplicate(first + l);
        if (own == null) {
          throw new IllegalStateException(policy + ".forReplicate(" + (first + l) + ") returned null");
        }
        releases[k * LANES + l] = own;
      }
    }
  }

  /**
   * What tier {@code k} of material {@code m} offers to release in lane {@code l} on day {@code t},
   * with {@code need} to serve and {@code unmet} still unserved: its policy's answer, checked.
   */
  double release(int k, int m, int l, int t, double need, double unmet) {
    tier = k;
    material = m;
    lane = l;
    today = t;
    demandNow = need;
    unmetNow = unmet;
    ReleasePolicy policy = releases[k * LANES + l];
    double offer = policy.release(this);
    if (!(offer >= 0)) {
      throw new IllegalStateException("the release policy of tier " + tier() + " of " + material() + " (" + policy
          + ") offered " + offer + " units on day " + t + " of replicate " + replicate() + "; it must offer 0 or more");
    }
    return offer;
  }

  @Override
  public long replicate() {
    return firstReplicate + lane;
  }

  @Override
  public int day() {
    return today;
  }

  @Override
  public String material() {
    return compiled.materialIds[material];
  }

  @Override
  public String tier() {
    return compiled.tierHolder[tier];
  }

  @Override
  public double demand() {
    return demandNow;
  }

  @Override
  public double unmet() {
    return unmetNow;
  }

  @Override
  public double shortfallYesterday() {
    return state.shortfallToday[material * LANES + lane];
  }

  @Override
  public double referenceDailyDemand() {
    return compiled.referencePerDay[material];
  }

  @Override
  public double stock() {
    return state.stock[tier * LANES + lane];
  }

  @Override
  public double target() {
    return state.targetNow[tier];
  }

  @Override
  public double materialStock() {
    double units = 0;
    for (int k = compiled.tierStart[material]; k < compiled.tierEnd[material]; k++) {
      units += state.stock[k * LANES + lane];
    }
    return units;
  }

  @Override
  public double owed() {
    return state.owed[tier * LANES + lane];
  }

  @Override
  public double inTransit() {
    return state.inTransit[material * LANES + lane];
  }

  @Override
  public double price() {
    return state.todayPrice[lane];
  }

  @Override
  public double basePrice() {
    return compiled.basePrice[material];
  }

  @Override
  public boolean shocked() {
    return state.shocked[material * LANES + lane] != 0;
  }

  @Override
  public double daysSinceShock() {
    return state.sinceShocked[material * LANES + lane];
  }
}
