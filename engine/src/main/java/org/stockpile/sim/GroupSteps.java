package org.stockpile.sim;

import static jdk.incubator.vector.DoubleVector.fromArray;
import static jdk.incubator.vector.VectorOperators.GT;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * What groups of economies do together on a day (docs/model.md, "Groups"): a collective release
 * (step 6, after arrivals and before each member's own draws) and draws from pooled tiers (step 8,
 * after them). Both move stock from some members' tiers to other members' demand and allocate
 * nothing per day. The collective release runs on vectors of lanes (masked where a lone replicate
 * would branch); pooled draws run lane by lane.
 */
final class GroupSteps {
  private static final int LANES = Kernel.LANES;
  private static final VectorSpecies<Double> SPECIES = Lanes.SPECIES;

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
  // Per participant and lane, what it would get and give in a collective release.
  private final double[] gets;
  private final double[] gives;
  /** Per lane, 1 where a collective release gives today. */
  private final double[] releasing;
  // One lane's scratch of a pooled draw, per member.
  private final double[] claim;
  private final double[] given;
  private final double[] weight;
  private final boolean[] open;
  /** Whether a collective release gave anything today (then {@link #afterOwnDraws} has work). */
  private boolean releasedToday;

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
    gets = new double[most * LANES];
    gives = new double[most * LANES];
    releasing = new double[LANES];
    claim = new double[most];
    given = new double[most];
    weight = new double[most];
    open = new boolean[most];
  }

  void reset() {
    Arrays.fill(triggerDays, 0);
    releasedToday = false;
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
      if (!triggered(c, rule, users, materials, t)) {
        continue;
      }
      releasedToday = true;
      releaseIn(c, rule, users, materials, t);
    }
  }

  /**
   * Collective release {@code c} in the lanes where its trigger has held beyond its latency, in
   * every lane at once (masked), with each lane's arithmetic that of its replicate alone.
   */
  private void releaseIn(int c, CompiledWorld.CollectiveLayout rule, int[] users, int[] materials, int t) {
    final int[] taking = rule.participants();
    final DoubleVector zero = DoubleVector.zero(SPECIES);
    final VectorMask<Double> on = fromArray(SPECIES, triggerDays, c * LANES).compare(GT, rule.latency());
    int daysAt = layout.collectiveDays(c) * LANES;
    fromArray(SPECIES, recorded, daysAt).add(1, on).intoArray(recorded, daysAt);
    DoubleVector wanted = zero;
    double consumption = 0;
    for (int i = 0; i < taking.length; i++) {
      int e = users[taking[i]];
      double base = baseline(e, materials[taking[i]], t);
      DoubleVector lost = DoubleVector.broadcast(SPECIES, base).sub(fromArray(SPECIES, shippable, e * LANES)).max(0);
      DoubleVector part = lost.min(fromArray(SPECIES, states[e].gap, 0));
      part.intoArray(gets, i * LANES);
      wanted = wanted.add(part);
      consumption += base;
    }
    final VectorMask<Double> asking = on.and(wanted.compare(GT, 0));
    if (!asking.anyTrue()) {
      return;
    }
    DoubleVector supplied = zero;
    for (int i = 0; i < taking.length; i++) {
      int e = users[taking[i]];
      double key = rule.quota()[i] >= 0 ? rule.quota()[i]
          : (consumption > 0 ? baseline(e, materials[taking[i]], t) / consumption : 0);
      // What the participant's tiers can give today: their stock within their daily caps.
      DoubleVector available = DoubleVector.zero(SPECIES);
      for (int k : rule.tiers()[i]) {
        available = available.add(fromArray(SPECIES, states[e].stock, k * LANES).min(states[e].compiled.tierMaxRelease[k]));
      }
      DoubleVector part = wanted.mul(key).min(available);
      part.intoArray(gives, i * LANES);
      supplied = supplied.add(part);
    }
    final VectorMask<Double> giving = asking.and(supplied.compare(GT, 0));
    if (!giving.anyTrue()) {
      return;
    }
    final DoubleVector scale = supplied.div(wanted).min(1);
    zero.blend(1, giving).intoArray(releasing, 0);
    for (int i = 0; i < taking.length; i++) {
      int e = users[taking[i]];
      LaneState state = states[e];
      DoubleVector gave = fromArray(SPECIES, gives, i * LANES);
      take(e, rule.tiers()[i], i * LANES);
      DoubleVector receipt = fromArray(SPECIES, gets, i * LANES).mul(scale);
      fromArray(SPECIES, state.gap, 0).sub(receipt, giving).intoArray(state.gap, 0);
      fromArray(SPECIES, received, e * LANES).add(receipt, giving).intoArray(received, e * LANES);
      DoubleVector payment = receipt.sub(gave).mul(fromArray(SPECIES, state.todayPrice, 0))
          .mul(state.compiled.discount[t]);
      int at = layout.contributed(c, i) * LANES;
      fromArray(SPECIES, recorded, at).add(gave, giving).intoArray(recorded, at);
      at = layout.received(c, i) * LANES;
      fromArray(SPECIES, recorded, at).add(receipt, giving).intoArray(recorded, at);
      at = layout.netPayment(c, i) * LANES;
      fromArray(SPECIES, recorded, at).add(payment, giving).intoArray(recorded, at);
    }
  }

  /**
   * Counts, in every lane at once, the days collective release {@code c}'s trigger has held (the
   * basis members' loss of normal supply above its share of their normal supply); returns whether
   * any lane has held it beyond the rule's latency (those lanes release, one by one).
   */
  private boolean triggered(int c, CompiledWorld.CollectiveLayout rule, int[] users, int[] materials, int t) {
    DoubleVector lost = DoubleVector.zero(SPECIES);
    double normal = 0;
    for (int u : rule.basis()) {
      double base = baseline(users[u], materials[u], t);
      DoubleVector short_ = DoubleVector.broadcast(SPECIES, base).sub(fromArray(SPECIES, shippable, users[u] * LANES));
      lost = lost.add(short_.max(0));
      normal += base;
    }
    int at = c * LANES;
    VectorMask<Double> holds = lost.compare(GT, rule.trigger() * normal).and(SPECIES.maskAll(normal > 0));
    DoubleVector days = DoubleVector.zero(SPECIES).blend(fromArray(SPECIES, triggerDays, at).add(1), holds);
    days.intoArray(triggerDays, at);
    return days.compare(GT, rule.latency()).anyTrue();
  }

  /**
   * After each member's own draws: what its tiers gave to a collective release counts as drawn
   * from them, and what it received as served from stock.
   */
  void afterOwnDraws(int w) {
    if (!releasedToday) {
      return;
    }
    releasedToday = false;
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

  /**
   * Takes what {@link #gives} holds at {@code givesAt} from economy {@code e}'s {@code tiers} in
   * priority order, within stock and caps, in the lanes of {@link #releasing}. (Vectors pass
   * through lane arrays, never as arguments: {@link Lanes}.)
   */
  private void take(int e, int[] tiers, int givesAt) {
    LaneState state = states[e];
    VectorMask<Double> lanes = fromArray(SPECIES, releasing, 0).compare(GT, 0);
    DoubleVector left = fromArray(SPECIES, gives, givesAt);
    for (int k : tiers) {
      VectorMask<Double> more = lanes.and(left.compare(GT, 0));
      if (!more.anyTrue()) {
        break;
      }
      int i = k * LANES;
      DoubleVector stock = fromArray(SPECIES, state.stock, i);
      DoubleVector out = left.min(stock.min(state.compiled.tierMaxRelease[k]));
      stock.sub(out, more).intoArray(state.stock, i);
      fromArray(SPECIES, sentOut[e], i).add(out, more).intoArray(sentOut[e], i);
      left = left.sub(out, more);
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
