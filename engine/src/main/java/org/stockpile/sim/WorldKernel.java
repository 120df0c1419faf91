package org.stockpile.sim;

import static jdk.incubator.vector.DoubleVector.fromArray;
import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LE;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.NE;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
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
 * <p>Replicates share lanes as in {@link Kernel}; the allocation runs lane by lane (each lane's
 * numbers are those of its replicate alone), and nothing is allocated per day.
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

  // Suppliers, per lane.
  private final double[] capacityNow;
  private final double[] allowance;
  private final double[] surging;
  // One lane's scratch, per supplier and per flow.
  private final double[] ceiling;
  private final double[] supplierLimit;
  private final double[] normalTotal;
  private final double[] room;
  private final boolean[] growing;
  private final boolean[] scarce;
  private final double[] normal;
  private final double[] limit;
  private final double[] wanted;
  private final double[] claim;
  private final double[] given;
  // A quiet day's claims and limits, per flow (or supplier) and lane.
  private final double[] claimLanes;
  private final double[] mostLanes;
  private final double[] limitLanes;
  private int today;
  // One lane's scratch, per economy.
  private final double[] unshipped;
  private final double[] reachable;
  // Per economy and lane, what its suppliers could ship it today at normal flows (current material).
  private final double[] shippable;
  // Per economy and lane, what was shipped today for its reserves (current material).
  private final double[] reserveBought;
  // Per replicate lane, the world metrics.
  private final double[] recorded;
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
    ceiling = new double[suppliers];
    supplierLimit = new double[suppliers];
    normalTotal = new double[suppliers];
    room = new double[suppliers];
    growing = new boolean[suppliers];
    scarce = new boolean[suppliers];
    int flows = world.flowCount;
    normal = new double[flows];
    limit = new double[flows];
    wanted = new double[flows];
    claim = new double[flows];
    given = new double[flows];
    unshipped = new double[economies];
    claimLanes = new double[flows * LANES];
    mostLanes = new double[flows * LANES];
    limitLanes = new double[suppliers * LANES];
    reachable = new double[economies];
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
    for (int e = 0; e < kernels.length; e++) {
      int width = kernels[e].layout().width();
      kernels[e].finish(count, metrics[e], row * width);
    }
    int width = layout.width();
    for (int l = 0; l < count; l++) {
      for (int w = 0; w < world.materialCount; w++) {
        recorded[l * width + layout.priceMean(w)] /= horizon;
      }
      System.arraycopy(recorded, l * width, worldMetrics, (row + l) * width, width);
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
    today = t;
    final int j0 = world.supplierStart[w];
    final int j1 = world.supplierEnd[w];
    for (int e : world.userEconomy[w]) {
      Arrays.fill(shippable, e * LANES, e * LANES + LANES, 0);
    }
    if (quietShip(w, j0, j1)) {
      for (int l = 0; l < LANES; l++) {
        quietLane(w, l, j0, j1);
        record(w, t, l, j0, j1);
      }
      return;
    }
    for (int l = 0; l < LANES; l++) {
      for (int e : world.userEconomy[w]) {
        unshipped[e] = 0;
      }
      for (int j = j0; j < j1; j++) {
        double normalSum = 0;
        double bestAvailability = 0;
        double claimed = 0;
        double supplierCapacity = capacityNow[j * LANES + l];
        for (int f = world.flowStart[j]; f < world.flowEnd[j]; f++) {
          LaneState state = states[world.flowEconomy[f]];
          CompiledScenario economy = state.compiled;
          int s = world.flowSource[f];
          int i = s * LANES + l;
          int m = economy.sourceMaterial[s];
          double base = economy.baselineDemand[t * economy.materialCount + m];
          normal[f] = economy.share[s] * base;
          double available = state.availability[i];
          double capacity = Math.min(state.capacityNow[i], supplierCapacity);
          double most = available > 0 ? capacity * available : 0;
          double quota = state.quota[i];
          if (quota < 1) {
            most = Math.min(most, quota * normal[f]);
          }
          limit[f] = most;
          wanted[f] = state.order[l] * economy.share[s];
          claim[f] = Math.min(wanted[f], most);
          given[f] = 0;
          claimed += claim[f];
          normalSum += normal[f];
          bestAvailability = Math.max(bestAvailability, available);
        }
        normalTotal[j] = normalSum;
        supplierLimit[j] = bestAvailability > 0 ? supplierCapacity * bestAvailability : 0;
        noteShippable(j, l);
        ceiling[j] = Math.min(supplierLimit[j], normalSum + allowance[j * LANES + l]);
        scarce[j] = claimed > ceiling[j] * (1 + 1e-12);
        allocation.allocate(j, ceiling[j], claim, normal, given);
        for (int f = world.flowStart[j]; f < world.flowEnd[j]; f++) {
          unshipped[world.flowEconomy[f]] += wanted[f] - given[f];
        }
      }
      surge(w, l, j0, j1);
      secondRound(w, l, j0, j1);
      record(w, t, l, j0, j1);
    }
  }

  /**
   * The quiet day's shipments of world material {@code w}, in every lane at once: when no flow is
   * refused part of its claim, no supplier is asked for more than it may ship, and none is
   * surging, every flow ships its claim, and the allocation, the surge allowances and the second
   * round have nothing to do. The claims and limits are those the lane-by-lane path computes,
   * with the same operations in the same order (minima as {@code a <= b ? a : b}), so a replicate's
   * numbers do not depend on which path its neighbours took. Returns false (nothing written but
   * scratch) on any other day.
   */
  private boolean quietShip(int w, int j0, int j1) {
    for (int j = j0; j < j1; j++) {
      final int atSupplier = j * LANES;
      if (fromArray(SPECIES, surging, atSupplier).compare(NE, 0).anyTrue()) {
        return false;
      }
      final DoubleVector supplierCapacity = fromArray(SPECIES, capacityNow, atSupplier);
      DoubleVector claimed = DoubleVector.zero(SPECIES);
      DoubleVector best = DoubleVector.zero(SPECIES);
      double normalSum = 0;
      for (int f = world.flowStart[j]; f < world.flowEnd[j]; f++) {
        LaneState state = states[world.flowEconomy[f]];
        CompiledScenario economy = state.compiled;
        int s = world.flowSource[f];
        int at = s * LANES;
        double share = economy.share[s];
        double normalFlow = share * economy.baselineDemand[today * economy.materialCount + economy.sourceMaterial[s]];
        normal[f] = normalFlow;
        DoubleVector available = fromArray(SPECIES, state.availability, at);
        DoubleVector flowCapacity = fromArray(SPECIES, state.capacityNow, at);
        DoubleVector capacity = supplierCapacity.blend(flowCapacity, flowCapacity.compare(LE, supplierCapacity));
        DoubleVector most = capacity.mul(available).blend(0, available.compare(LE, 0));
        DoubleVector quota = fromArray(SPECIES, state.quota, at);
        DoubleVector quotaCap = quota.mul(normalFlow);
        DoubleVector capped = quotaCap.blend(most, most.compare(LE, quotaCap));
        most = most.blend(capped, quota.compare(LT, 1));
        DoubleVector wanted = fromArray(SPECIES, state.order, 0).mul(share);
        DoubleVector flowClaim = most.blend(wanted, wanted.compare(LE, most));
        if (wanted.compare(GT, flowClaim).anyTrue()) {
          return false;
        }
        flowClaim.intoArray(claimLanes, f * LANES);
        most.intoArray(mostLanes, f * LANES);
        claimed = claimed.add(flowClaim);
        normalSum += normalFlow;
        best = available.blend(best, best.compare(GE, available));
      }
      DoubleVector limitNow = supplierCapacity.mul(best).blend(0, best.compare(LE, 0));
      DoubleVector open = fromArray(SPECIES, allowance, atSupplier).add(normalSum);
      DoubleVector most = open.blend(limitNow, limitNow.compare(LE, open));
      if (claimed.compare(GT, most).anyTrue()) {
        return false;
      }
      limitNow.intoArray(limitLanes, atSupplier);
      normalTotal[j] = normalSum;
    }
    return true;
  }

  /** Lane {@code l}'s share of a quiet day ({@link #quietShip}): every flow ships its claim. */
  private void quietLane(int w, int l, int j0, int j1) {
    for (int e : world.userEconomy[w]) {
      unshipped[e] = 0;
    }
    for (int j = j0; j < j1; j++) {
      supplierLimit[j] = limitLanes[j * LANES + l];
      scarce[j] = false;
      growing[j] = false;
      room[j] = 0;
      for (int f = world.flowStart[j]; f < world.flowEnd[j]; f++) {
        given[f] = claimLanes[f * LANES + l];
        limit[f] = mostLanes[f * LANES + l];
      }
      noteShippable(j, l);
    }
  }

  /** What lane {@code l} shipped of world material {@code w} today: the world's records and each economy's. */
  private void record(int w, int t, int l, int j0, int j1) {
    final int width = layout.width();
    for (int j = j0; j < j1; j++) {
      if (scarce[j]) {
        recorded[l * width + layout.scarceDays(j)] += 1;
      }
      for (int f = world.flowStart[j]; f < world.flowEnd[j]; f++) {
        LaneState state = states[world.flowEconomy[f]];
        int s = world.flowSource[f];
        int i = s * LANES + l;
        state.shipped[i] = given[f];
        recorded[l * width + layout.shipped(f)] += given[f];
        if (scarce[j]) {
          recorded[l * width + layout.scarceShipped(f)] += given[f];
        }
        CompiledScenario economy = state.compiled;
        int m = economy.sourceMaterial[s];
        double above = state.todayPrice[l] - economy.basePrice[m];
        if (above != 0 && given[f] > 0) {
          recorded[l * width + layout.aboveBase(world.flowEconomy[f], m)] += given[f] * above
              * (state.premiumFactor[s] + state.tax[i]) * economy.discount[t];
        }
      }
    }
    for (int e : world.userEconomy[w]) {
      states[e].unmet[l] = unshipped[e];
      reserveBought[e * LANES + l] = 0;
    }
    for (int j = j0; j < j1; j++) {
      for (int f = world.flowStart[j]; f < world.flowEnd[j]; f++) {
        reserveBought[world.flowEconomy[f] * LANES + l] += given[f];
      }
    }
    for (int e : world.userEconomy[w]) {
      // What was shipped for the reserves: beyond today's expected imports, up to their refills.
      LaneState state = states[e];
      double beyond = reserveBought[e * LANES + l] - state.importNeed[l];
      reserveBought[e * LANES + l] = Math.max(0, Math.min(state.reserveOrder[l], beyond));
    }
  }

  /**
   * What supplier {@code j} could ship each economy today at its normal flows, after today's
   * shocks: each flow's normal flow within its limit, scaled down together to the supplier's own
   * limit (for a group's supply loss).
   */
  private void noteShippable(int j, int l) {
    double atNormal = 0;
    for (int f = world.flowStart[j]; f < world.flowEnd[j]; f++) {
      atNormal += Math.min(normal[f], limit[f]);
    }
    double scale = atNormal > supplierLimit[j] && atNormal > 0 ? supplierLimit[j] / atNormal : 1;
    for (int f = world.flowStart[j]; f < world.flowEnd[j]; f++) {
      shippable[world.flowEconomy[f] * LANES + l] += Math.min(normal[f], limit[f]) * scale;
    }
  }

  /**
   * Surge allowances, per supplier: one grows on a day when an economy buying from it could not
   * get all it ordered (up to its capacity), and shrinks back, never below what is in use, on
   * other days while it is surging.
   */
  private void surge(int w, int l, int j0, int j1) {
    for (int j = j0; j < j1; j++) {
      boolean short_ = false;
      for (int f = world.flowStart[j]; f < world.flowEnd[j]; f++) {
        int e = world.flowEconomy[f];
        short_ |= unshipped[e] > states[e].order[l] * 1e-12;
      }
      int at = j * LANES + l;
      double capacity = capacityNow[at];
      double step = capacity * world.supplierSurgeRate[j];
      double sent = 0;
      for (int f = world.flowStart[j]; f < world.flowEnd[j]; f++) {
        sent += given[f];
      }
      growing[j] = short_;
      room[j] = 0;
      if (short_) {
        double grown = Math.min(capacity, allowance[at] + step);
        allowance[at] = grown;
        surging[at] = 1;
        room[j] = Math.max(0, Math.min(supplierLimit[j], grown + normalTotal[j]) - sent);
      } else if (surging[at] != 0) {
        double inUse = Math.max(0, sent - normalTotal[j]);
        double shrunk = Math.max(inUse, allowance[at] - step);
        allowance[at] = shrunk;
        if (shrunk <= 0) {
          surging[at] = 0;
        }
      }
    }
  }

  /**
   * What economies could not get goes to their flows with room left (under the flow's own limit
   * and its supplier's room), in proportion to that room; each supplier divides the claims on
   * its room by its rule.
   */
  private void secondRound(int w, int l, int j0, int j1) {
    boolean any = false;
    for (int e : world.userEconomy[w]) {
      reachable[e] = 0;
      any |= unshipped[e] > states[e].order[l] * 1e-12;
    }
    if (!any) {
      return;
    }
    for (int j = j0; j < j1; j++) {
      for (int f = world.flowStart[j]; f < world.flowEnd[j]; f++) {
        double open = growing[j] ? Math.max(0, Math.min(limit[f] - given[f], room[j])) : 0;
        claim[f] = open;
        reachable[world.flowEconomy[f]] += open;
      }
    }
    for (int j = j0; j < j1; j++) {
      if (!growing[j] || room[j] <= 0) {
        continue;
      }
      for (int f = world.flowStart[j]; f < world.flowEnd[j]; f++) {
        int e = world.flowEconomy[f];
        boolean wants = unshipped[e] > states[e].order[l] * 1e-12 && reachable[e] > 0;
        claim[f] = wants ? Math.min(1, unshipped[e] / reachable[e]) * claim[f] : 0;
      }
      allocation.allocate(j, room[j], claim, normal, given);
      for (int f = world.flowStart[j]; f < world.flowEnd[j]; f++) {
        claim[f] = 0;
      }
    }
    for (int e : world.userEconomy[w]) {
      double sent = 0;
      double wantedTotal = 0;
      for (int j = j0; j < j1; j++) {
        for (int f = world.flowStart[j]; f < world.flowEnd[j]; f++) {
          if (world.flowEconomy[f] == e) {
            sent += given[f];
            wantedTotal += wanted[f];
          }
        }
      }
      unshipped[e] = Math.max(0, wantedTotal - sent);
    }
  }

  /**
   * Tomorrow's world price of material {@code w}: every economy's base price times
   * {@code 1 + elasticity x world unmet share + pressure x reserve buying / world normal supply}.
   */
  private void price(int w, int t) {
    final int width = layout.width();
    final int[] users = world.userEconomy[w];
    final int[] materials = world.userMaterial[w];
    final double elasticity = world.elasticity[w];
    final double pressure = world.pressure[w];
    for (int l = 0; l < LANES; l++) {
      double shortfall = 0;
      double toServe = 0;
      double buying = 0;
      double normalSupply = 0;
      for (int u = 0; u < users.length; u++) {
        LaneState state = states[users[u]];
        CompiledScenario economy = state.compiled;
        int m = materials[u];
        shortfall += state.shortfallToday[m * LANES + l];
        toServe += state.toServe[l];
        normalSupply += economy.baselineDemand[t * economy.materialCount + m];
        buying += reserveBought[users[u] * LANES + l];
      }
      double index = 1;
      if (elasticity > 0 && toServe > 0 && shortfall > 0) {
        index += elasticity * (shortfall / toServe);
      }
      if (pressure > 0 && normalSupply > 0) {
        index += pressure * (buying / normalSupply);
      }
      for (int u = 0; u < users.length; u++) {
        LaneState state = states[users[u]];
        int m = materials[u];
        state.price[m * LANES + l] = state.compiled.basePrice[m] * index;
      }
      // Today's index (what today's shipments paid), for the record.
      LaneState first = states[users[0]];
      int m0 = materials[0];
      double base = first.compiled.basePrice[m0];
      double today = base > 0 ? first.todayPrice[l] / base : 1;
      recorded[l * width + layout.priceMean(w)] += today;
      int maxAt = l * width + layout.priceMax(w);
      recorded[maxAt] = Math.max(recorded[maxAt], today);
    }
  }
}
