package org.stockpile.sim;

import org.stockpile.policy.DayView;
import org.stockpile.model.Days;
import org.stockpile.policy.BuyPolicy;
import org.stockpile.policy.ReleasePolicy;
import org.stockpile.policy.TargetPolicy;

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
  /** Tier {@code k}'s target policy for lane {@code l} at {@code k x LANES + l}; null where the file's target holds. */
  private final TargetPolicy[] targets;
  /** Tier {@code k}'s buy policy for lane {@code l} at {@code k x LANES + l}; null where the file's cap holds. */
  private final BuyPolicy[] buys;
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
    this.targets = new TargetPolicy[compiled.tierCount * LANES];
    this.buys = new BuyPolicy[compiled.tierCount * LANES];
  }

  /** Gives each lane of a group starting at replicate {@code first} its own instance of each policy. */
  void start(long first) {
    firstReplicate = first;
    for (int k = 0; k < compiled.tierCount; k++) {
      ReleasePolicy release = compiled.tierReleasePolicy[k];
      TargetPolicy target = compiled.tierTargetPolicy[k];
      BuyPolicy buy = compiled.tierBuyPolicy[k];
      for (int l = 0; l < LANES; l++) {
        if (release != null) {
          releases[k * LANES + l] = own(release.forReplicate(first + l), release, first + l);
        }
        if (target != null) {
          targets[k * LANES + l] = own(target.forReplicate(first + l), target, first + l);
        }
        if (buy != null) {
          buys[k * LANES + l] = own(buy.forReplicate(first + l), buy, first + l);
        }
      }
    }
  }

  private static <T> T own(T instance, Object policy, long replicate) {
    if (instance == null) {
      throw new IllegalStateException(policy + ".forReplicate(" + replicate + ") returned null");
    }
    return instance;
  }

  /**
   * Today's target, then today's buying cap, of each tier of material {@code m} that has a
   * policy for them, in every lane, on day {@code t}: once the day's demand is known, before the
   * economy orders.
   */
  void decideBeforeOrders(int m, int t) {
    for (int k = compiled.tierStart[m]; k < compiled.tierEnd[m]; k++) {
      if (compiled.tierTargetPolicy[k] != null) {
        setTargets(k, m, t);
      }
      if (compiled.tierBuyPolicy[k] != null) {
        setBuyingCaps(k, m, t);
      }
    }
  }

  private void setBuyingCaps(int k, int m, int t) {
    for (int l = 0; l < LANES; l++) {
      moveTo(k, m, l, t, state.toServe[l], 0);
      BuyPolicy policy = buys[k * LANES + l];
      double cap = policy.maxBuy(this);
      if (!(cap >= 0)) {
        throw new IllegalStateException("the buy policy of tier " + tier() + " of " + material() + " (" + policy
            + ") allowed " + cap + " units on day " + t + " of replicate " + replicate()
            + "; it must allow 0 or more");
      }
      state.maxBuyNow[k * LANES + l] = cap;
    }
  }

  private void setTargets(int k, int m, int t) {
    for (int l = 0; l < LANES; l++) {
      moveTo(k, m, l, t, state.toServe[l], 0);
      TargetPolicy policy = targets[k * LANES + l];
      double target = policy.target(this);
      if (!(target >= 0 && target < Double.POSITIVE_INFINITY)) {
        throw new IllegalStateException("the target policy of tier " + tier() + " of " + material() + " (" + policy
            + ") set " + target + " units on day " + t + " of replicate " + replicate()
            + "; a target must be finite and 0 or more");
      }
      state.targetNow[k * LANES + l] = target;
    }
  }


  private void moveTo(int k, int m, int l, int t, double need, double unmet) {
    tier = k;
    material = m;
    lane = l;
    today = t;
    demandNow = need;
    unmetNow = unmet;
  }

  /**
   * What tier {@code k} of material {@code m} offers to release in lane {@code l} on day {@code t},
   * with {@code need} to serve and {@code unmet} still unserved: its policy's answer, checked.
   */
  double release(int k, int m, int l, int t, double need, double unmet) {
    moveTo(k, m, l, t, need, unmet);
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
    return state.targetNow[tier * LANES + lane];
  }

  @Override
  public double fileTarget() {
    double[] yearly = compiled.tierTargetByYear[tier];
    return yearly == null ? compiled.tierTarget[tier]
        : yearly[Math.min(today / Days.PER_YEAR, yearly.length - 1)];
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

  @Override
  public double daysUntilAnnouncedShock() {
    return state.shocks.untilAnnounced[material * LANES + lane];
  }
}
