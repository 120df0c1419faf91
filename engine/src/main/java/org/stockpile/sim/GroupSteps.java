package org.stockpile.sim;

import java.util.Arrays;

/**
 * What groups of economies do together on a day (docs/model.md, "Groups"): a collective release
 * (step 6, after arrivals and before each member's own draws) and draws from pooled tiers (step 8,
 * after them). Both move stock from some members' tiers to other members' demand; they run lane
 * by lane and allocate nothing per day.
 */
final class GroupSteps {
  private static final int LANES = Kernel.LANES;

  private final CompiledWorld world;
  private final LaneState[] states;
  private final WorldMetrics layout;
  private final double[] shippable;
  private final double[] recorded;
  /** Per collective release and lane, the days running its trigger has held. */
  private final double[] triggerDays;
  /** Per economy, per tier and lane: what the tier gave to a collective release today. */
  private final double[][] sentOut;
  /** Per economy and lane: what it received from a collective release today (current material). */
  private final double[] received;
  // One lane's scratch, per participant or member.
  private final double[] loss;
  private final double[] got;
  private final double[] claim;
  private final double[] given;
  private final double[] weight;
  private final boolean[] open;

  GroupSteps(CompiledWorld world, LaneState[] states, WorldMetrics layout, double[] shippable, double[] recorded) {
    this.world = world;
    this.states = states;
    this.layout = layout;
    this.shippable = shippable;
    this.recorded = recorded;
    triggerDays = new double[world.collectives.length * LANES];
    sentOut = new double[states.length][];
    for (int e = 0; e < states.length; e++) {
      sentOut[e] = new double[world.economies[e].tierCount * LANES];
    }
    received = new double[states.length * LANES];
    int most = states.length;
    loss = new double[most];
    got = new double[most];
    claim = new double[most];
    given = new double[most];
    weight = new double[most];
    open = new boolean[most];
  }

  void reset() {
    Arrays.fill(triggerDays, 0);
  }

  /**
   * 6. Collective release of world material {@code w}: for each group rule whose trigger has held
   * long enough, each participant gives its burden share of what the participants lost today
   * (within its named tiers' stock and daily caps), and the volume serves each participant's
   * unmet demand in proportion to its own loss.
   */
  void release(int w, int t) {
    final int[] users = world.userEconomy[w];
    final int[] materials = world.userMaterial[w];
    for (int c = 0; c < world.collectives.length; c++) {
      CompiledWorld.CollectiveLayout rule = world.collectives[c];
      if (rule.material() != w) {
        continue;
      }
      int[] taking = rule.participants();
      for (int l = 0; l < LANES; l++) {
        double lost = 0;
        double normal = 0;
        for (int u : rule.basis()) {
          double base = baseline(users[u], materials[u], t);
          lost += Math.max(0, base - shippable[users[u] * LANES + l]);
          normal += base;
        }
        int at = c * LANES + l;
        triggerDays[at] = normal > 0 && lost > rule.trigger() * normal ? triggerDays[at] + 1 : 0;
        if (triggerDays[at] <= rule.latency()) {
          continue;
        }
        recorded[layout.collectiveDays(c) * LANES + l] += 1;
        double wanted = 0;
        double consumption = 0;
        for (int i = 0; i < taking.length; i++) {
          int e = users[taking[i]];
          double base = baseline(e, materials[taking[i]], t);
          loss[i] = Math.max(0, base - shippable[e * LANES + l]);
          got[i] = Math.min(loss[i], states[e].gap[l]);
          wanted += got[i];
          consumption += base;
        }
        if (wanted <= 0) {
          continue;
        }
        double supplied = 0;
        for (int i = 0; i < taking.length; i++) {
          int e = users[taking[i]];
          double key = rule.quota()[i] >= 0 ? rule.quota()[i]
              : (consumption > 0 ? baseline(e, materials[taking[i]], t) / consumption : 0);
          given[i] = Math.min(wanted * key, available(e, rule.tiers()[i], l));
          supplied += given[i];
        }
        if (supplied <= 0) {
          continue;
        }
        double scale = Math.min(1, supplied / wanted);
        for (int i = 0; i < taking.length; i++) {
          int e = users[taking[i]];
          LaneState state = states[e];
          take(e, rule.tiers()[i], given[i], l);
          double receipt = got[i] * scale;
          state.gap[l] -= receipt;
          received[e * LANES + l] += receipt;
          double payment = (receipt - given[i]) * state.todayPrice[l] * state.compiled.discount[t];
          recorded[layout.contributed(c, i) * LANES + l] += given[i];
          recorded[layout.received(c, i) * LANES + l] += receipt;
          recorded[layout.netPayment(c, i) * LANES + l] += payment;
        }
      }
    }
  }

  /**
   * After each member's own draws: what its tiers gave to a collective release counts as drawn
   * from them, and what it received as served from stock.
   */
  void afterOwnDraws(int w) {
    final int[] users = world.userEconomy[w];
    final int[] materials = world.userMaterial[w];
    for (int u = 0; u < users.length; u++) {
      int e = users[u];
      int m = materials[u];
      LaneState state = states[e];
      CompiledScenario economy = state.compiled;
      for (int k = economy.tierStart[m]; k < economy.tierEnd[m]; k++) {
        for (int l = 0; l < LANES; l++) {
          int i = k * LANES + l;
          if (sentOut[e][i] != 0) {
            state.drawn[i] += sentOut[e][i];
            sentOut[e][i] = 0;
          }
        }
      }
      for (int l = 0; l < LANES; l++) {
        double receipt = received[e * LANES + l];
        if (receipt != 0) {
          state.servedFromStockToday[m * LANES + l] += receipt;
          received[e * LANES + l] = 0;
        }
      }
    }
  }

  /**
   * 8. Pooled tiers of world material {@code w}: members still short after their own tiers draw
   * from the pool, in proportion to their shortfall (or, by contribution, water-filled by key);
   * what they draw is taken from every member's share in proportion to its stock, so the pool's
   * depletion, and so its refills, are shared by the key.
   */
  void drawPools(int w, int t) {
    for (int p = 0; p < world.pools.length; p++) {
      CompiledWorld.PoolLayout pool = world.pools[p];
      if (pool.material() != w) {
        continue;
      }
      int[] members = pool.members();
      for (int l = 0; l < LANES; l++) {
        double held = 0;
        double short_ = 0;
        for (int i = 0; i < members.length; i++) {
          LaneState state = states[world.userEconomy[w][members[i]]];
          held += state.stock[pool.tiers()[i] * LANES + l];
          claim[i] = Math.max(0, state.gap[l]);
          given[i] = 0;
          short_ += claim[i];
        }
        if (held <= 0 || short_ <= 0) {
          continue;
        }
        if (short_ <= held) {
          System.arraycopy(claim, 0, given, 0, members.length);
        } else if (pool.byShortfall()) {
          for (int i = 0; i < members.length; i++) {
            given[i] = claim[i] * (held / short_);
          }
        } else {
          System.arraycopy(pool.key(), 0, weight, 0, members.length);
          waterFill(members.length, held);
        }
        double drawnTotal = 0;
        for (int i = 0; i < members.length; i++) {
          drawnTotal += given[i];
        }
        double fraction = Math.min(1, drawnTotal / held);
        for (int i = 0; i < members.length; i++) {
          LaneState state = states[world.userEconomy[w][members[i]]];
          int k = pool.tiers()[i] * LANES + l;
          double taken = state.stock[k] * fraction;
          state.stock[k] -= taken;
          state.drawn[k] += taken;
          int m = world.userMaterial[w][members[i]];
          state.gap[l] -= given[i];
          state.servedFromStockToday[m * LANES + l] += given[i];
          recorded[layout.poolDrawn(p, i) * LANES + l] += given[i];
          recorded[layout.poolGiven(p, i) * LANES + l] += taken;
        }
        recorded[layout.poolDays(p) * LANES + l] += 1;
      }
    }
  }

  /** What economy {@code e}'s {@code tiers} can give today: their stock within their daily caps. */
  private double available(int e, int[] tiers, int l) {
    LaneState state = states[e];
    double sum = 0;
    for (int k : tiers) {
      sum += Math.min(state.stock[k * LANES + l], state.compiled.tierMaxRelease[k]);
    }
    return sum;
  }

  /** Takes {@code units} from economy {@code e}'s {@code tiers} in priority order, within stock and caps. */
  private void take(int e, int[] tiers, double units, int l) {
    LaneState state = states[e];
    double left = units;
    for (int k : tiers) {
      if (left <= 0) {
        break;
      }
      int i = k * LANES + l;
      double out = Math.min(left, Math.min(state.stock[i], state.compiled.tierMaxRelease[k]));
      state.stock[i] -= out;
      sentOut[e][i] += out;
      left -= out;
    }
  }

  /** Gives {@code total} over {@code claim[0..n)} by water-filling with {@code weight}, into {@code given}. */
  private void waterFill(int n, double total) {
    double left = total;
    for (int i = 0; i < n; i++) {
      open[i] = claim[i] > 0 && weight[i] > 0;
    }
    while (left > 0) {
      double weights = 0;
      for (int i = 0; i < n; i++) {
        if (open[i]) {
          weights += weight[i];
        }
      }
      if (weights <= 0) {
        break;
      }
      double level = left / weights;
      boolean met = false;
      for (int i = 0; i < n; i++) {
        if (open[i] && claim[i] - given[i] <= level * weight[i]) {
          left -= claim[i] - given[i];
          given[i] = claim[i];
          open[i] = false;
          met = true;
        }
      }
      if (!met) {
        for (int i = 0; i < n; i++) {
          if (open[i]) {
            given[i] += level * weight[i];
          }
        }
        return;
      }
    }
  }

  private double baseline(int e, int m, int t) {
    CompiledScenario economy = world.economies[e];
    return economy.baselineDemand[t * economy.materialCount + m];
  }
}
