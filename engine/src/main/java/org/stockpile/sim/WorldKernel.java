package org.stockpile.sim;

import static jdk.incubator.vector.DoubleVector.fromArray;
import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LE;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.NE;

import java.util.Arrays;
import java.util.stream.IntStream;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;
import org.stockpile.metrics.SeriesBlock;

/**
 * The daily kernel of a world of several economies: one {@link Kernel} per economy, stepped in
 * lockstep, day by day and world material by world material. For each material, every economy
 * that uses it takes its demand and orders; the suppliers then divide what they can ship among
 * the economies' flows ({@link SupplierAllocation}); every economy serves its demand from what
 * arrives and from its stocks, refills and accounts; and the world market sets tomorrow's price
 * from the world's unmet share and reserve buying (docs/model.md, "Several economies").
 *
 * <p>Replicates share lanes as in {@link Kernel}, and so do the world's steps: the allocation,
 * the surge allowances, the second round and the price run on vectors of lanes, with masks where a
 * lone replicate would branch, so each lane's numbers are those of its replicate alone (the same
 * operations in the same order; minima and maxima written as in {@link Lanes}). Nothing is
 * allocated per day.
 */
public final class WorldKernel {
  private static final int LANES = Kernel.LANES;
  private static final VectorSpecies<Double> SPECIES = Lanes.SPECIES;

  private final CompiledWorld world;
  private final Kernel[] kernels;
  private final LaneState[] states;
  private final SupplierAllocation allocation;
  private final GroupSteps collectives;
  private final WorldMetrics layout;

  // Per supplier and lane.
  private final double[] capacityNow;
  private final double[] allowance;
  private final double[] surging;
  private final double[] ceiling;
  private final double[] supplierLimit;
  private final double[] room;
  private final double[] growing;
  private final double[] scarce;
  private final double[] shippableScale;
  // Per supplier: its flows' normal flows today, in all (the same in every lane).
  private final double[] normalTotal;
  // Per flow: its normal flow today (the same in every lane).
  private final double[] normal;
  // Per flow and lane.
  private final double[] limit;
  private final double[] wanted;
  private final double[] claim;
  private final double[] given;
  // Per economy and lane (current material): what it could not get, and what it could still reach.
  private final double[] unshipped;
  private final double[] reachable;
  // Per economy and lane, in the second round: the share of its reachable room it claims.
  private final double[] lacking;
  // Per economy and lane, 1 where it could not get all it ordered in the first round (current material).
  private final double[] shortOf;
  // Per supplier and lane, what it shipped in the first round.
  private final double[] supplierSent;
  // Per supplier, the economies its flows go to (each once).
  private final int[][] supplierEconomies;
  // Per economy and lane, what its suppliers could ship it today at normal flows (current material).
  private final double[] shippable;
  // Per economy and lane, what was shipped today for its reserves (current material).
  private final double[] reserveBought;
  // Per lane: 1 in every lane; the lanes of the second round; those a supplier serves in it.
  private final double[] everyLane;
  private final double[] roundLanes;
  // Per supplier and lane, 1 where it offers room in the second round; per supplier, whether in any lane.
  private final double[] offering;
  private final boolean[] offers;
  private final double[] supplierLanes;
  // The world metrics, metric by metric and lane by lane ({@code metric x LANES + lane}).
  private final double[] recorded;
  // Per world material and user: the user's flows of it, supplier by supplier.
  private final int[][][] flowsOf;
  private int nextProject;

  public WorldKernel(CompiledWorld world) {
    this.world = world;
    int economies = world.economies.length;
    kernels = new Kernel[economies];
    states = new LaneState[economies];
    for (int e = 0; e < economies; e++) {
      kernels[e] = new Kernel(world.economies[e]);
      states[e] = kernels[e].state();
    }
    allocation = new SupplierAllocation(world);
    layout = new WorldMetrics(world);
    shippable = new double[economies * LANES];
    reserveBought = new double[economies * LANES];
    recorded = new double[LANES * layout.width()];
    collectives = new GroupSteps(world, states, layout, shippable, recorded);
    int suppliers = world.supplierCount;
    capacityNow = new double[suppliers * LANES];
    allowance = new double[suppliers * LANES];
    surging = new double[suppliers * LANES];
    ceiling = new double[suppliers * LANES];
    supplierLimit = new double[suppliers * LANES];
    room = new double[suppliers * LANES];
    growing = new double[suppliers * LANES];
    scarce = new double[suppliers * LANES];
    shippableScale = new double[suppliers * LANES];
    normalTotal = new double[suppliers];
    int flows = world.flowCount;
    normal = new double[flows];
    limit = new double[flows * LANES];
    wanted = new double[flows * LANES];
    claim = new double[flows * LANES];
    given = new double[flows * LANES];
    unshipped = new double[economies * LANES];
    reachable = new double[economies * LANES];
    lacking = new double[economies * LANES];
    shortOf = new double[economies * LANES];
    supplierSent = new double[suppliers * LANES];
    supplierEconomies = new int[suppliers][];
    for (int j = 0; j < suppliers; j++) {
      supplierEconomies[j] = IntStream.range(world.flowStart[j], world.flowEnd[j]).map(f -> world.flowEconomy[f])
          .distinct().toArray();
    }
    everyLane = new double[LANES];
    Arrays.fill(everyLane, 1);
    roundLanes = new double[LANES];
    offering = new double[suppliers * LANES];
    offers = new boolean[suppliers];
    supplierLanes = new double[LANES];
    flowsOf = new int[world.materialCount][][];
    for (int w = 0; w < world.materialCount; w++) {
      int[] users = world.userEconomy[w];
      flowsOf[w] = new int[users.length][];
      for (int u = 0; u < users.length; u++) {
        final int e = users[u];
        flowsOf[w][u] = IntStream.range(world.supplierStart[w], world.supplierEnd[w])
            .flatMap(j -> IntStream.range(world.flowStart[j], world.flowEnd[j]))
            .filter(f -> world.flowEconomy[f] == e).toArray();
      }
    }
  }

  /** Economy {@code e}'s kernel, whose layout and series its results follow. */
  public Kernel economy(int e) {
    return kernels[e];
  }

  public WorldMetrics layout() {
    return layout;
  }

  /**
   * Runs replicates {@code first} to {@code first + count - 1} side by side, as
   * {@link Kernel#run(long, int, int, double[], int, SeriesBlock, int, DayObserver)} does for one
   * economy: economy {@code e}'s metrics go to {@code metrics[e]} at row {@code row + i} (its
   * layout's width), its series (if {@code series} is not null) to {@code series[e]} at row
   * {@code seriesRow + i}, and the world's metrics to {@code worldMetrics} at row {@code row + i}.
   */
  public void run(long seed, int first, int count, double[][] metrics, int row, SeriesBlock[] series, int seriesRow,
      double[] worldMetrics) {
    run(seed, first, count, metrics, row, series, seriesRow, worldMetrics, null);
  }

  /** As above, with {@code observers[e]} (may be null) seeing economy {@code e}'s flows every day. */
  public void run(long seed, int first, int count, double[][] metrics, int row, SeriesBlock[] series, int seriesRow,
      double[] worldMetrics, DayObserver[] observers) {
    if (count < 1 || count > LANES) {
      throw new IllegalArgumentException("count must be in [1, " + LANES + "], got " + count);
    }
    for (Kernel kernel : kernels) {
      kernel.begin(seed, first);
    }
    reset();
    int horizon = world.horizon;
    for (int t = 0; t < horizon; t++) {
      day(t, first, count, series, seriesRow, observers);
    }
    for (int e = 0; e < kernels.length; e++) {
      int width = kernels[e].layout().width();
      kernels[e].finish(count, metrics[e], row * width);
    }
    int width = layout.width();
    for (int w = 0; w < world.materialCount; w++) {
      for (int l = 0; l < LANES; l++) {
        recorded[layout.priceMean(w) * LANES + l] /= horizon;
      }
    }
    for (int l = 0; l < count; l++) {
      for (int k = 0; k < width; k++) {
        worldMetrics[(row + l) * width + k] = recorded[k * LANES + l];
      }
    }
  }

  /** Day {@code t} of every economy and of the world market. */
  private void day(int t, int first, int count, SeriesBlock[] series, int seriesRow, DayObserver[] observers) {
    for (Kernel kernel : kernels) {
      kernel.startDay(t);
    }
    bringProjectsOnline(t);
    for (int w = 0; w < world.materialCount; w++) {
      int[] users = world.userEconomy[w];
      int[] materials = world.userMaterial[w];
      for (int u = 0; u < users.length; u++) {
        kernels[users[u]].order(materials[u], t);
      }
      ship(w, t);
      for (int u = 0; u < users.length; u++) {
        kernels[users[u]].arrive(materials[u], t);
      }
      collectives.release(w, t);
      for (int u = 0; u < users.length; u++) {
        kernels[users[u]].draw(materials[u], t);
      }
      collectives.afterOwnDraws(w);
      collectives.drawPools(w, t);
      for (int u = 0; u < users.length; u++) {
        kernels[users[u]].settle(materials[u], t, first, count, series == null ? null : series[users[u]],
            seriesRow, observers != null && observers[users[u]] != null);
      }
      price(w, t);
    }
    for (int e = 0; e < kernels.length; e++) {
      kernels[e].endDay(t, first, count, observers == null ? null : observers[e]);
    }
  }

  private void reset() {
    nextProject = 0;
    for (int j = 0; j < world.supplierCount; j++) {
      Arrays.fill(capacityNow, j * LANES, j * LANES + LANES, world.supplierCapacity[j]);
    }
    Arrays.fill(allowance, 0);
    Arrays.fill(surging, 0);
    Arrays.fill(recorded, 0);
    collectives.reset();
  }

  private void bringProjectsOnline(int t) {
    while (nextProject < world.projectDay.length && world.projectDay[nextProject] <= t) {
      int j = world.projectSupplier[nextProject];
      for (int l = 0; l < LANES; l++) {
        capacityNow[j * LANES + l] += world.projectCapacity[nextProject];
      }
      nextProject++;
    }
  }

  /**
   * Shipments of world material {@code w}: each supplier ships at most its capacity times the best
   * availability among its flows, at most its normal flows plus its surge allowance, and each flow
   * at most what its own shocks allow; when claims exceed that, the supplier's rule divides. What
   * an economy could not get is offered, as in a lone economy, to its flows with room left, in
   * proportion to that room, and the suppliers divide those claims again.
   */
  private void ship(int w, int t) {
    final int j0 = world.supplierStart[w];
    final int j1 = world.supplierEnd[w];
    for (int e : world.userEconomy[w]) {
      Lanes.clear(shippable, e * LANES);
      Lanes.clear(unshipped, e * LANES);
    }
    for (int j = j0; j < j1; j++) {
      claims(j, t);
      noteShippable(j);
      allocation.allocate(j, ceiling, j * LANES, everyLane, claim, normal, given);
      DoubleVector sent = DoubleVector.zero(SPECIES);
      for (int f = world.flowStart[j]; f < world.flowEnd[j]; f++) {
        int e = world.flowEconomy[f] * LANES;
        int at = f * LANES;
        DoubleVector gave = fromArray(SPECIES, given, at);
        fromArray(SPECIES, unshipped, e).add(fromArray(SPECIES, wanted, at).sub(gave)).intoArray(unshipped, e);
        sent = sent.add(gave);
      }
      sent.intoArray(supplierSent, j * LANES);
    }
    boolean anyShort = false;
    for (int e : world.userEconomy[w]) {
      VectorMask<Double> isShort = fromArray(SPECIES, unshipped, e * LANES)
          .compare(GT, fromArray(SPECIES, states[e].order, 0).mul(1e-12));
      DoubleVector.zero(SPECIES).blend(1, isShort).intoArray(shortOf, e * LANES);
      anyShort |= isShort.anyTrue();
    }
    surge(j0, j1);
    if (anyShort) {
      secondRound(w, j0, j1);
    }
    record(w, t, j0, j1);
  }

  /**
   * Supplier {@code j}'s first round: each flow's limit (capacity times availability, within any
   * quota), what its economy wants of it and its claim (what it wants within its limit); the
   * supplier's own limit and its ceiling (within its normal flows plus its surge allowance), and
   * whether the claims exceed it.
   */
  private void claims(int j, int t) {
    final int atSupplier = j * LANES;
    final DoubleVector supplierCapacity = fromArray(SPECIES, capacityNow, atSupplier);
    DoubleVector claimed = DoubleVector.zero(SPECIES);
    DoubleVector best = DoubleVector.zero(SPECIES);
    DoubleVector atNormal = DoubleVector.zero(SPECIES);
    double normalSum = 0;
    for (int f = world.flowStart[j]; f < world.flowEnd[j]; f++) {
      LaneState state = states[world.flowEconomy[f]];
      CompiledScenario economy = state.compiled;
      int s = world.flowSource[f];
      int at = s * LANES;
      double share = economy.share[s];
      double normalFlow = share * economy.baselineDemand[t * economy.materialCount + economy.sourceMaterial[s]];
      normal[f] = normalFlow;
      DoubleVector available = fromArray(SPECIES, state.availability, at);
      DoubleVector flowCapacity = fromArray(SPECIES, state.capacityNow, at);
      DoubleVector capacity = supplierCapacity.blend(flowCapacity, flowCapacity.compare(LE, supplierCapacity));
      DoubleVector most = capacity.mul(available).blend(0, available.compare(LE, 0));
      DoubleVector quota = fromArray(SPECIES, state.quota, at);
      DoubleVector quotaCap = quota.mul(normalFlow);
      DoubleVector capped = quotaCap.blend(most, most.compare(LE, quotaCap));
      most = most.blend(capped, quota.compare(LT, 1));
      DoubleVector wants = fromArray(SPECIES, state.order, 0).mul(share);
      DoubleVector flowClaim = most.blend(wants, wants.compare(LE, most));
      most.intoArray(limit, f * LANES);
      wants.intoArray(wanted, f * LANES);
      flowClaim.intoArray(claim, f * LANES);
      DoubleVector.zero(SPECIES).intoArray(given, f * LANES);
      claimed = claimed.add(flowClaim);
      atNormal = atNormal.add(most.blend(normalFlow, most.compare(GE, normalFlow)));
      normalSum += normalFlow;
      best = available.blend(best, best.compare(GE, available));
    }
    normalTotal[j] = normalSum;
    DoubleVector limitNow = supplierCapacity.mul(best).blend(0, best.compare(LE, 0));
    limitNow.intoArray(supplierLimit, atSupplier);
    VectorMask<Double> scaled = atNormal.compare(GT, limitNow).and(atNormal.compare(GT, 0));
    if (scaled.anyTrue()) {
      DoubleVector.broadcast(SPECIES, 1).blend(limitNow.div(atNormal), scaled).intoArray(shippableScale, atSupplier);
    } else {
      DoubleVector.broadcast(SPECIES, 1).intoArray(shippableScale, atSupplier);
    }
    DoubleVector open = fromArray(SPECIES, allowance, atSupplier).add(normalSum);
    DoubleVector most = open.blend(limitNow, limitNow.compare(LE, open));
    most.intoArray(ceiling, atSupplier);
    DoubleVector.zero(SPECIES).blend(1, claimed.compare(GT, most.mul(1 + 1e-12))).intoArray(scarce, atSupplier);
  }

  /**
   * What supplier {@code j} could ship each economy today at its normal flows, after today's
   * shocks: each flow's normal flow within its limit, scaled down together to the supplier's own
   * limit (for a group's supply loss).
   */
  private void noteShippable(int j) {
    DoubleVector scale = fromArray(SPECIES, shippableScale, j * LANES);
    for (int f = world.flowStart[j]; f < world.flowEnd[j]; f++) {
      int e = world.flowEconomy[f] * LANES;
      DoubleVector most = fromArray(SPECIES, limit, f * LANES);
      DoubleVector atFlow = most.blend(normal[f], most.compare(GE, normal[f]));
      fromArray(SPECIES, shippable, e).add(atFlow.mul(scale)).intoArray(shippable, e);
    }
  }

  /**
   * Surge allowances, per supplier: one grows on a day when an economy buying from it could not
   * get all it ordered (up to its capacity), and shrinks back, never below what is in use, on
   * other days while it is surging. A growing supplier has room for a second round.
   */
  private void surge(int j0, int j1) {
    for (int j = j0; j < j1; j++) {
      final int at = j * LANES;
      DoubleVector anyShort = DoubleVector.zero(SPECIES);
      for (int e : supplierEconomies[j]) {
        anyShort = anyShort.add(fromArray(SPECIES, shortOf, e * LANES));
      }
      VectorMask<Double> short_ = anyShort.compare(NE, 0);
      DoubleVector sent = fromArray(SPECIES, supplierSent, at);
      DoubleVector isSurging = fromArray(SPECIES, surging, at);
      VectorMask<Double> relaxing = isSurging.compare(NE, 0).andNot(short_);
      DoubleVector.zero(SPECIES).blend(1, short_).intoArray(growing, at);
      if (!short_.or(relaxing).anyTrue()) {
        DoubleVector.zero(SPECIES).intoArray(room, at);
        continue;
      }
      DoubleVector capacity = fromArray(SPECIES, capacityNow, at);
      DoubleVector step = capacity.mul(world.supplierSurgeRate[j]);
      DoubleVector before = fromArray(SPECIES, allowance, at);
      // Growing: up to the capacity, and the room left within the supplier's limit.
      DoubleVector raised = before.add(step);
      DoubleVector grown = capacity.blend(raised, raised.compare(LT, capacity));
      DoubleVector reach = grown.add(normalTotal[j]);
      DoubleVector limitNow = fromArray(SPECIES, supplierLimit, at);
      DoubleVector free = limitNow.blend(reach, reach.compare(LT, limitNow)).sub(sent);
      DoubleVector.zero(SPECIES).blend(free, short_.and(free.compare(GT, 0))).intoArray(room, at);
      // Relaxing: never below what is in use.
      DoubleVector beyond = sent.sub(normalTotal[j]);
      DoubleVector inUse = DoubleVector.zero(SPECIES).blend(beyond, beyond.compare(GT, 0));
      DoubleVector lowered = before.sub(step);
      DoubleVector shrunk = inUse.blend(lowered, lowered.compare(GT, inUse));
      before.blend(grown, short_).blend(shrunk, relaxing).intoArray(allowance, at);
      isSurging.blend(1, short_).blend(0, relaxing.and(shrunk.compare(LE, 0))).intoArray(surging, at);
    }
  }

  /**
   * What economies could not get goes to their flows with room left (under the flow's own limit
   * and its supplier's room), in proportion to that room; each supplier divides the claims on
   * its room by its rule.
   */
  private void secondRound(int w, int j0, int j1) {
    DoubleVector any = DoubleVector.zero(SPECIES);
    for (int e : world.userEconomy[w]) {
      any = any.add(fromArray(SPECIES, shortOf, e * LANES));
    }
    VectorMask<Double> round = any.compare(NE, 0);
    DoubleVector.zero(SPECIES).blend(1, round).intoArray(roundLanes, 0);
    // Suppliers without room in any lane of the round offer nothing (their flows would claim 0).
    boolean anyOffer = false;
    for (int j = j0; j < j1; j++) {
      VectorMask<Double> lanes = round.and(fromArray(SPECIES, growing, j * LANES).compare(NE, 0))
          .and(fromArray(SPECIES, room, j * LANES).compare(GT, 0));
      DoubleVector.zero(SPECIES).blend(1, lanes).intoArray(offering, j * LANES);
      offers[j] = lanes.anyTrue();
      anyOffer |= offers[j];
    }
    if (anyOffer) {
      for (int e : world.userEconomy[w]) {
        Lanes.clear(reachable, e * LANES);
      }
      for (int j = j0; j < j1; j++) {
        if (offers[j]) {
          reach(j);
        }
      }
      // What each economy still lacks, as a share of the room its flows can reach (at most 1).
      for (int e : world.userEconomy[w]) {
        DoubleVector missing = fromArray(SPECIES, unshipped, e * LANES);
        DoubleVector reach = fromArray(SPECIES, reachable, e * LANES);
        VectorMask<Double> wants = fromArray(SPECIES, shortOf, e * LANES).compare(NE, 0).and(reach.compare(GT, 0));
        DoubleVector ratio = missing.div(reach);
        DoubleVector.zero(SPECIES).blend(ratio.blend(1, ratio.compare(GT, 1)), wants).intoArray(lacking, e * LANES);
      }
      for (int j = j0; j < j1; j++) {
        if (offers[j]) {
          offerRoom(j);
        }
      }
    }
    for (int u = 0; u < world.userEconomy[w].length; u++) {
      int e = world.userEconomy[w][u];
      DoubleVector sent = DoubleVector.zero(SPECIES);
      DoubleVector wantedTotal = DoubleVector.zero(SPECIES);
      for (int f : flowsOf[w][u]) {
        sent = sent.add(fromArray(SPECIES, given, f * LANES));
        wantedTotal = wantedTotal.add(fromArray(SPECIES, wanted, f * LANES));
      }
      DoubleVector missing = wantedTotal.sub(sent);
      VectorMask<Double> lanes = fromArray(SPECIES, roundLanes, 0).compare(NE, 0);
      fromArray(SPECIES, unshipped, e * LANES)
          .blend(DoubleVector.zero(SPECIES).blend(missing, missing.compare(GT, 0)), lanes)
          .intoArray(unshipped, e * LANES);
    }
  }

  /**
   * Each flow of supplier {@code j} claims the room it can use (under its own limit and the
   * supplier's room); its economy's reachable room grows by as much.
   */
  private void reach(int j) {
    DoubleVector roomNow = fromArray(SPECIES, room, j * LANES);
    VectorMask<Double> grows = fromArray(SPECIES, growing, j * LANES).compare(NE, 0);
    for (int f = world.flowStart[j]; f < world.flowEnd[j]; f++) {
      int at = f * LANES;
      int e = world.flowEconomy[f] * LANES;
      DoubleVector headroom = fromArray(SPECIES, limit, at).sub(fromArray(SPECIES, given, at));
      DoubleVector within = headroom.blend(roomNow, headroom.compare(GT, roomNow));
      DoubleVector open = DoubleVector.zero(SPECIES).blend(within, grows.and(within.compare(GT, 0)));
      open.intoArray(claim, at);
      fromArray(SPECIES, reachable, e).add(open).intoArray(reachable, e);
    }
  }

  /**
   * Supplier {@code j}'s room, in the lanes of the second round where it is growing: each flow
   * claims its share of what its economy still lacks (in proportion to the room its flows can
   * reach), and the supplier's rule divides.
   */
  private void offerRoom(int j) {
    final int atSupplier = j * LANES;
    for (int f = world.flowStart[j]; f < world.flowEnd[j]; f++) {
      int at = f * LANES;
      fromArray(SPECIES, lacking, world.flowEconomy[f] * LANES).mul(fromArray(SPECIES, claim, at)).intoArray(claim, at);
    }
    fromArray(SPECIES, offering, atSupplier).intoArray(supplierLanes, 0);
    allocation.allocate(j, room, atSupplier, supplierLanes, claim, normal, given);
  }

  /** What was shipped of world material {@code w} today: the world's records and each economy's. */
  private void record(int w, int t, int j0, int j1) {
    for (int j = j0; j < j1; j++) {
      VectorMask<Double> rationed = fromArray(SPECIES, scarce, j * LANES).compare(NE, 0);
      int daysAt = layout.scarceDays(j) * LANES;
      fromArray(SPECIES, recorded, daysAt).add(1, rationed).intoArray(recorded, daysAt);
      for (int f = world.flowStart[j]; f < world.flowEnd[j]; f++) {
        DoubleVector sent = fromArray(SPECIES, given, f * LANES);
        sent.intoArray(states[world.flowEconomy[f]].shipped, world.flowSource[f] * LANES);
        int shippedAt = layout.shipped(f) * LANES;
        fromArray(SPECIES, recorded, shippedAt).add(sent).intoArray(recorded, shippedAt);
        int scarceAt = layout.scarceShipped(f) * LANES;
        fromArray(SPECIES, recorded, scarceAt).add(sent, rationed).intoArray(recorded, scarceAt);
      }
    }
    for (int u = 0; u < world.userEconomy[w].length; u++) {
      int e = world.userEconomy[w][u];
      int m = world.userMaterial[w][u];
      LaneState state = states[e];
      CompiledScenario economy = state.compiled;
      fromArray(SPECIES, unshipped, e * LANES).intoArray(state.unmet, 0);
      // What its shipments paid above the base price, flow by flow.
      DoubleVector above = fromArray(SPECIES, state.todayPrice, 0).sub(economy.basePrice[m]);
      VectorMask<Double> dearer = above.compare(NE, 0);
      int aboveAt = layout.aboveBase(e, m) * LANES;
      DoubleVector paidAbove = fromArray(SPECIES, recorded, aboveAt);
      DoubleVector bought = DoubleVector.zero(SPECIES);
      for (int f : flowsOf[w][u]) {
        int s = world.flowSource[f];
        DoubleVector sent = fromArray(SPECIES, given, f * LANES);
        DoubleVector paid = sent.mul(above).mul(fromArray(SPECIES, state.tax, s * LANES).add(state.premiumFactor[s]))
            .mul(economy.discount[t]);
        paidAbove = paidAbove.add(paid, dearer.and(sent.compare(GT, 0)));
        bought = bought.add(sent);
      }
      paidAbove.intoArray(recorded, aboveAt);
      // What was shipped for the reserves: beyond today's expected imports, up to their refills.
      DoubleVector beyond = bought.sub(fromArray(SPECIES, state.importNeed, 0));
      DoubleVector refills = fromArray(SPECIES, state.reserveOrder, 0);
      DoubleVector forReserves = refills.blend(beyond, beyond.compare(LT, refills));
      DoubleVector.zero(SPECIES).blend(forReserves, forReserves.compare(GT, 0))
          .intoArray(reserveBought, e * LANES);
    }
  }

  /**
   * Tomorrow's world price of material {@code w}: every economy's base price times
   * {@code 1 + elasticity x world unmet share + pressure x reserve buying / world normal supply}.
   */
  private void price(int w, int t) {
    final int[] users = world.userEconomy[w];
    final int[] materials = world.userMaterial[w];
    final double elasticity = world.elasticity[w];
    final double pressure = world.pressure[w];
    DoubleVector shortfall = DoubleVector.zero(SPECIES);
    DoubleVector toServe = DoubleVector.zero(SPECIES);
    DoubleVector buying = DoubleVector.zero(SPECIES);
    double normalSupply = 0;
    for (int u = 0; u < users.length; u++) {
      LaneState state = states[users[u]];
      CompiledScenario economy = state.compiled;
      int m = materials[u];
      shortfall = shortfall.add(fromArray(SPECIES, state.shortfallToday, m * LANES));
      toServe = toServe.add(fromArray(SPECIES, state.toServe, 0));
      normalSupply += economy.baselineDemand[t * economy.materialCount + m];
      buying = buying.add(fromArray(SPECIES, reserveBought, users[u] * LANES));
    }
    // Masks rather than branches, which would merge vectors (Lanes).
    VectorMask<Double> unmet = toServe.compare(GT, 0).and(shortfall.compare(GT, 0))
        .and(SPECIES.maskAll(elasticity > 0));
    DoubleVector index = DoubleVector.broadcast(SPECIES, 1).add(shortfall.div(toServe).mul(elasticity), unmet)
        .add(buying.div(normalSupply).mul(pressure), SPECIES.maskAll(pressure > 0 && normalSupply > 0));
    for (int u = 0; u < users.length; u++) {
      LaneState state = states[users[u]];
      int m = materials[u];
      index.mul(state.compiled.basePrice[m]).intoArray(state.price, m * LANES);
    }
    // Today's index (what today's shipments paid), for the record.
    LaneState first = states[users[0]];
    double base = first.compiled.basePrice[materials[0]];
    DoubleVector today = DoubleVector.broadcast(SPECIES, 1)
        .blend(fromArray(SPECIES, first.todayPrice, 0).div(base), SPECIES.maskAll(base > 0));
    int meanAt = layout.priceMean(w) * LANES;
    fromArray(SPECIES, recorded, meanAt).add(today).intoArray(recorded, meanAt);
    int maxAt = layout.priceMax(w) * LANES;
    DoubleVector highest = fromArray(SPECIES, recorded, maxAt);
    highest.blend(today, today.compare(GT, highest)).intoArray(recorded, maxAt);
  }
}
