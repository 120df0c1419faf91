package org.stockpile.sim;

import static jdk.incubator.vector.DoubleVector.fromArray;
import static jdk.incubator.vector.VectorOperators.EQ;
import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.I2D;
import static jdk.incubator.vector.VectorOperators.LE;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.NE;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;
import org.stockpile.metrics.MetricLayout;
import org.stockpile.metrics.SeriesBlock;

/**
 * The daily kernel: steps {@link #LANES} replicates side by side through the horizon, day by day
 * and material by material, in the order of the model (shocks, demand, orders and shipments,
 * arrivals, stock draws and releases, shortfall, refill, costs, records).
 *
 * <p>Each replicate runs in its own lane of a vector (see {@link Lanes}): state arrays are
 * lane-minor (entity {@code i} of lane {@code l} at {@code i x LANES + l}), so one vector
 * operation steps every replicate, and a rule that a lone replicate would follow with a branch
 * (release only past the trigger, buy only below target) becomes a mask. The lanes never interact,
 * and each does exactly the arithmetic of a lone replicate in the same order, so a replicate's
 * numbers are the same bits in any lane and beside any neighbours. The few steps that cannot be
 * vectorised without changing numbers (demand noise, shipments of lanes facing different delays)
 * run lane by lane.
 *
 * <p>All state lives in primitive arrays allocated once per kernel (the pipeline ring grows, rarely,
 * when a group of replicates can face longer delays than any before); a day allocates nothing. One
 * kernel per thread.
 */
public final class Kernel {
  /** Replicates stepped side by side. */
  public static final int LANES = Lanes.COUNT;
  /** Safety stock of free tiers, in standard deviations of demand over the lead time. */
  static final double SAFETY_DEVIATIONS = 2;

  private static final int L = LANES;
  private static final VectorSpecies<Double> S = Lanes.SPECIES;
  /** Ints as many as the lanes (half the bits of the doubles' vector). */
  private static final VectorSpecies<Integer> INTS =
      VectorSpecies.of(int.class, VectorShape.forBitSize(S.length() * Integer.SIZE));

  private final CompiledScenario c;
  private final int horizon;
  private final MetricLayout layout;
  private final ShockTimeline[] timelines = new ShockTimeline[L];
  private final StreamGenerator[] demandRandom;
  private final boolean[] noisy;
  private final int[] seriesOffset;
  private final int seriesCount;

  // Shock effects of the day (step 1), read through these aliases of its arrays.
  private final DailyShocks shocks;
  private final double[] availability;
  private final double[] quota;
  private final int[] delay;
  private final double[] tax;
  private final double[] held;
  private final double[] demandMultiplier;
  private final double[] shocked;

  // Scenario constants per material.
  private final double[] basePipelineDays;
  private final double[] safetyFactor;
  private final double[] inverseReference;
  private final int[] firstFreeTier;
  private final boolean[] lendingMaterial;

  // Sources, per lane.
  // Shipments under way, by arrival day: a ring of pipelineDays days (a power of two longer than
  // any journey, lead time plus every delay the replicates' shocks could add), so that the
  // pipeline stays in cache instead of spanning the horizon.
  private double[] pipelineUnits;
  private double[] pipelineValue;
  private int pipelineDays;
  private final int longestLeadTime;
  private final double[] capacityNow;
  private final double[] surgeAllowance;
  private final double[] shipped;
  private final double[] headroom;
  private final double[] premiumFactor;
  private final double[] capacityLimit;
  private int nextProject;

  // Materials, per lane.
  private final double[] surging;
  private final double[] flowLeadDays;
  private final double[] inTransit;
  private final double[] backlogUnits;
  private final double[] substitution;
  private final double[] price;
  private final double[] noise;
  // What was consumed, by day: a ring of consumedDays days (a power of two above the longest
  // recycling lag).
  private final double[] consumed;
  private final int consumedDays;
  private final double[] shortfallToday;
  private final double[] servedFromStockToday;

  // Tiers (priority order), per lane.
  private final double[] stock;
  private final double[] owed;
  private final double[] installment;
  private final double[] budgetLeft;
  private final double[] triggerDays;
  private final double[] calmDays;
  private final double[] releasing;
  private final double[] drawn;
  private final double[] repaidToday;

  // One material-day's intermediate values, one per lane.
  private final double[] todayPrice = new double[L];
  private final double[] expected = new double[L];
  private final double[] demand = new double[L];
  private final double[] toServe = new double[L];
  private final double[] recycled = new double[L];
  private final double[] importNeed = new double[L];
  private final double[] stockBefore = new double[L];
  private final double[] order = new double[L];
  private final double[] unmet = new double[L];
  private final double[] arrivals = new double[L];
  private final double[] arrivalsValue = new double[L];
  private final double[] supply = new double[L];
  private final double[] servedFromArrivals = new double[L];
  private final double[] gap = new double[L];
  private final double[] stressed = new double[L];
  private final double[] surgeLanes = new double[L];
  private final double[] relaxLanes = new double[L];
  private final double[] surplusNow = new double[L];
  private final double[] unitCost = new double[L];
  private final double[] spent = new double[L];
  private final double[] repaidNow = new double[L];
  private final double[] largestAllowance = new double[L];
  private final double[] room = new double[L];
  private final double[] dueNow = new double[L];
  private final double[] movedNow = new double[L];
  private final double[] stockAfter = new double[L];
  private final double[] holding = new double[L];
  private final double[] totalOwed = new double[L];

  private final ReplicateMetrics metrics;
  private final LaneFlows flows;

  public Kernel(CompiledScenario compiled) {
    this.c = compiled;
    this.horizon = compiled.horizon;
    int materials = compiled.materialCount;
    int sources = compiled.sourceCount;
    int tiers = compiled.tierCount;
    int[] tierCounts = new int[materials];
    seriesOffset = new int[materials];
    int series = 0;
    for (int m = 0; m < materials; m++) {
      tierCounts[m] = compiled.tierCount(m);
      seriesOffset[m] = series;
      series += seriesPerMaterial(compiled, m);
    }
    seriesCount = series;
    layout = new MetricLayout(tierCounts);
    metrics = new ReplicateMetrics(compiled, layout);
    for (int l = 0; l < L; l++) {
      timelines[l] = new ShockTimeline();
    }
    demandRandom = new StreamGenerator[materials * L];
    for (int i = 0; i < demandRandom.length; i++) {
      demandRandom[i] = new StreamGenerator();
    }
    noisy = new boolean[materials];
    for (int m = 0; m < materials; m++) {
      noisy[m] = compiled.noiseSigma[m] > 0;
    }

    shocks = new DailyShocks(compiled, L);
    availability = shocks.availability;
    quota = shocks.quota;
    delay = shocks.delay;
    tax = shocks.tax;
    held = shocks.held;
    demandMultiplier = shocks.demandMultiplier;
    shocked = shocks.shocked;

    basePipelineDays = new double[materials];
    safetyFactor = new double[materials];
    inverseReference = new double[materials];
    firstFreeTier = new int[materials];
    lendingMaterial = new boolean[materials];
    for (int m = 0; m < materials; m++) {
      for (int s = compiled.sourceStart[m]; s < compiled.sourceEnd[m]; s++) {
        basePipelineDays[m] += compiled.share[s] * compiled.leadTime[s];
      }
      // Firms aim a little above their target: two standard deviations of demand over the
      // lead time, so that demand noise alone does not push them below it.
      double cv = Math.sqrt(Math.expm1(compiled.noiseSigma[m] * compiled.noiseSigma[m]));
      safetyFactor[m] = SAFETY_DEVIATIONS * cv * Math.sqrt(1 + basePipelineDays[m]);
      inverseReference[m] = 1 / compiled.referencePerDay[m];
      firstFreeTier[m] = -1;
      for (int k = compiled.tierStart[m]; k < compiled.tierEnd[m]; k++) {
        if (!compiled.tierRuled[k]) {
          firstFreeTier[m] = k;
          break;
        }
      }
    }
    for (int k = 0; k < tiers; k++) {
      lendingMaterial[compiled.tierMaterial[k]] |= compiled.tierLoan[k];
    }

    int longestLead = 0;
    for (int s = 0; s < sources; s++) {
      longestLead = Math.max(longestLead, compiled.leadTime[s]);
    }
    longestLeadTime = longestLead;
    pipelineUnits = new double[0];
    pipelineValue = new double[0];
    capacityNow = new double[sources * L];
    surgeAllowance = new double[sources * L];
    shipped = new double[sources * L];
    headroom = new double[sources * L];
    capacityLimit = new double[sources * L];
    premiumFactor = new double[sources];
    for (int s = 0; s < sources; s++) {
      premiumFactor[s] = 1 + compiled.premium[s];
    }

    surging = new double[materials * L];
    flowLeadDays = new double[materials * L];
    inTransit = new double[materials * L];
    backlogUnits = new double[materials * L];
    substitution = new double[materials * L];
    price = new double[materials * L];
    noise = new double[materials * L];
    int longestLag = 0;
    for (int m = 0; m < materials; m++) {
      longestLag = Math.max(longestLag, compiled.recyclingLag[m]);
    }
    consumedDays = powerOfTwoAbove(longestLag);
    consumed = new double[Math.multiplyExact(Math.multiplyExact(materials, consumedDays), L)];
    shortfallToday = new double[materials * L];
    servedFromStockToday = new double[materials * L];

    stock = new double[tiers * L];
    owed = new double[tiers * L];
    installment = new double[tiers * L];
    budgetLeft = new double[tiers * L];
    triggerDays = new double[tiers * L];
    calmDays = new double[tiers * L];
    releasing = new double[tiers * L];
    drawn = new double[tiers * L];
    repaidToday = new double[tiers * L];

    flows = new LaneFlows(materials, tiers, L);
  }

  /** Series recorded per day for material {@code m}: total cover, shortfall, price, then each tier's cover. */
  static int seriesPerMaterial(CompiledScenario compiled, int m) {
    return 3 + compiled.tierCount(m);
  }

  public MetricLayout layout() {
    return layout;
  }

  /** Number of daily series recorded (see {@link #seriesPerMaterial}). */
  public int seriesCount() {
    return seriesCount;
  }

  /** First series of each material. */
  int[] seriesOffsets() {
    return seriesOffset.clone();
  }

  /**
   * Runs one replicate (see {@link #run(long, int, int, double[], int, SeriesBlock, int, DayObserver)}).
   */
  public void run(long seed, int replicate, double[] metrics, int metricsOffset, SeriesBlock series, int seriesRow,
      DayObserver observer) {
    run(seed, replicate, 1, metrics, metricsOffset, series, seriesRow, observer);
  }

  /**
   * Runs replicates {@code first} to {@code first + count - 1}, up to {@link #LANES} of them side
   * by side. Each one's numbers are those it would have alone.
   *
   * @param seed      the scenario seed
   * @param first     index of the first replicate; with the seed, a replicate's index fixes every
   *                  random draw it sees
   * @param count     how many replicates, 1 to {@link #LANES}
   * @param metrics   receives replicate {@code first + i}'s metrics at
   *                  {@code metricsOffset + i x layout().width()} ({@link #layout()})
   * @param series    receives replicate {@code first + i}'s daily series (see
   *                  {@link #seriesPerMaterial}) in row {@code seriesRow + i}, at
   *                  {@code day x seriesCount() + series}; may be null
   * @param observer  sees every replicate's flows, every day; may be null
   */
  public void run(long seed, int first, int count, double[] metrics, int metricsOffset, SeriesBlock series,
      int seriesRow, DayObserver observer) {
    if (count < 1 || count > L) {
      throw new IllegalArgumentException("count must be in [1, " + L + "], got " + count);
    }
    // Idle lanes run the next replicate indices too (a lane costs little) and are not reported.
    reset(seed, first);
    for (int t = 0; t < horizon; t++) {
      shocks.apply(t);
      bringProjectsOnline(t);
      if (t % 365 == 0) {
        resetBudgets();
      }
      drawNoise();
      for (int m = 0; m < c.materialCount; m++) {
        step(m, t, observer != null);
        if (series != null) {
          record(m, t, series, seriesRow, count);
        }
      }
      this.metrics.dayTotals(t, shortfallToday, servedFromStockToday);
      if (observer != null) {
        for (int l = 0; l < count; l++) {
          observer.endOfDay(first + l, t, flows.lane(l, shortfallToday, servedFromStockToday, stock));
        }
      }
    }
    int width = layout.width();
    for (int l = 0; l < count; l++) {
      this.metrics.write(l, metrics, metricsOffset + l * width);
    }
  }

  /** Smallest power of two above {@code days}. */
  private static int powerOfTwoAbove(int days) {
    return Integer.highestOneBit(Math.max(days, 1)) << 1;
  }

  /** Slot of source {@code s} on day {@code day} in the pipeline ring (first lane). */
  private int pipelineSlot(int day, int s) {
    return ((day & (pipelineDays - 1)) * c.sourceCount + s) * L;
  }

  private void reset(long seed, int first) {
    int longestDelays = 0;
    for (int l = 0; l < L; l++) {
      timelines[l].draw(c, seed, first + l);
      shocks.reset(l, timelines[l]);
      longestDelays = Math.max(longestDelays, timelines[l].totalDelayDays());
    }
    // Every instance could overlap: a shipment's journey is at most its lead time plus all delays.
    int days = powerOfTwoAbove((int) Math.min(ScenarioLimits.MAX_DAYS, (long) longestLeadTime + longestDelays));
    if (days > pipelineDays) {
      pipelineDays = days;
      pipelineUnits = new double[Math.multiplyExact(Math.multiplyExact(c.sourceCount, days), L)];
      pipelineValue = new double[pipelineUnits.length];
    } else {
      Arrays.fill(pipelineUnits, 0);
      Arrays.fill(pipelineValue, 0);
    }
    nextProject = 0;
    metrics.reset();
    for (int s = 0; s < c.sourceCount; s++) {
      for (int l = 0; l < L; l++) {
        capacityNow[s * L + l] = c.capacity[s];
      }
    }
    Arrays.fill(surgeAllowance, 0);
    for (int m = 0; m < c.materialCount; m++) {
      double transit = 0;
      // Start in steady state: what left before day 0 arrives on days 0 .. lead - 1.
      double base = c.baselineDemand[m];
      for (int s = c.sourceStart[m]; s < c.sourceEnd[m]; s++) {
        double flow = min(c.share[s] * base, c.capacity[s]);
        double value = flow * c.basePrice[m] * (1 + c.premium[s]);
        for (int d = 0; d < min(c.leadTime[s], horizon); d++) {
          int slot = pipelineSlot(d, s);
          Arrays.fill(pipelineUnits, slot, slot + L, flow);
          Arrays.fill(pipelineValue, slot, slot + L, value);
          transit += flow;
        }
      }
      for (int l = 0; l < L; l++) {
        int i = m * L + l;
        demandRandom[i].reseed(RandomStreams.streamSeed(seed, first + l, c.demandPurposeHash[m]));
        backlogUnits[i] = 0;
        surging[i] = 0;
        flowLeadDays[i] = basePipelineDays[m];
        substitution[i] = 0;
        price[i] = c.basePrice[m];
        inTransit[i] = transit;
      }
    }
    for (int k = 0; k < c.tierCount; k++) {
      for (int l = 0; l < L; l++) {
        stock[k * L + l] = c.tierInitial[k];
      }
    }
    Arrays.fill(owed, 0);
    Arrays.fill(installment, 0);
    Arrays.fill(triggerDays, 0);
    Arrays.fill(calmDays, 0);
    Arrays.fill(releasing, 0);
  }

  private void bringProjectsOnline(int t) {
    while (nextProject < c.projectDay.length && c.projectDay[nextProject] <= t) {
      int s = c.projectSource[nextProject];
      for (int l = 0; l < L; l++) {
        capacityNow[s * L + l] += c.projectCapacity[nextProject];
      }
      nextProject++;
    }
  }

  private void resetBudgets() {
    for (int k = 0; k < c.tierCount; k++) {
      Arrays.fill(budgetLeft, k * L, k * L + L, c.tierBudgetPerYear[k]);
    }
  }

  /** Steps 2 to 9 for material {@code m} on day {@code t}, in every lane. */
  private void step(int m, int t, boolean observed) {
    demand(m, t);
    order(m);
    ship(m, t);
    arrive(m, t);
    draw(m);
    refill(m);
    account(m, t, observed);
  }

  /**
   * The day's demand noise of every noisy material and lane, drawn lane by lane (the same stream
   * and the same {@link Math#exp} as a lone replicate) before the materials are stepped, so that
   * the vector reads of {@code noise} come long after these scalar writes.
   */
  private void drawNoise() {
    for (int m = 0; m < c.materialCount; m++) {
      if (noisy[m]) {
        final double mu = c.noiseMu[m];
        final double sigma = c.noiseSigma[m];
        for (int i = m * L; i < m * L + L; i++) {
          noise[i] = Math.exp(mu + sigma * demandRandom[i].nextGaussian());
        }
      }
    }
  }

  /** 2. Demand, and what recycling returns of what was consumed {@code lag} days ago. */
  private void demand(int m, int t) {
    final int mL = m * L;
    final double base = c.baselineDemand[t * c.materialCount + m];
    fromArray(S, price, mL).intoArray(todayPrice, 0);
    DoubleVector substituted = fromArray(S, substitution, mL).neg().add(1);
    DoubleVector expectedNow = fromArray(S, demandMultiplier, mL).mul(base).mul(substituted);
    expectedNow.intoArray(expected, 0);
    expectedNow.intoArray(demand, 0);
    if (noisy[m]) {
      expectedNow.mul(fromArray(S, noise, mL)).intoArray(demand, 0);
    }
    fromArray(S, demand, 0).add(fromArray(S, backlogUnits, mL)).intoArray(toServe, 0);
    int lag = c.recyclingLag[m];
    if (lag > 0 && t >= lag) {
      int from = (((t - lag) & (consumedDays - 1)) * c.materialCount + m) * L;
      fromArray(S, consumed, from).mul(c.recyclingShare[m]).intoArray(recycled, 0);
    } else {
      clear(recycled);
    }
  }

  /**
   * 3. Orders: order-up-to on the inventory position. The economy orders today's expected
   * imports (expected demand less recycling), plus what its position lacks: the pipeline
   * (expected imports x lead times) less what is in transit, the backlog, what tiers miss below
   * their aims and what they are owed. Free tiers' stock above its aim and in-transit surpluses
   * count against it. Tiers' buying is capped by their refill rules, loans by their installments.
   */
  private void order(int m) {
    final int mL = m * L;
    final DoubleVector zero = DoubleVector.zero(S);
    final DoubleVector expectedNow = fromArray(S, expected, 0);
    final DoubleVector net = expectedNow.sub(fromArray(S, recycled, 0));
    final DoubleVector need = net.blend(0, net.compare(LE, 0));
    final DoubleVector pipelineGap = need.mul(fromArray(S, flowLeadDays, mL)).sub(fromArray(S, inTransit, mL));
    final DoubleVector backlog = fromArray(S, backlogUnits, mL);
    final DoubleVector safety = expectedNow.mul(safetyFactor[m]);
    final DoubleVector unitPrice = fromArray(S, todayPrice, 0);
    final VectorMask<Double> priced = unitPrice.compare(GT, 0);
    final VectorMask<Double> shockedToday = fromArray(S, shocked, mL).compare(NE, 0);
    DoubleVector positionGap = pipelineGap.add(backlog);
    DoubleVector orderable = pipelineGap.blend(0, pipelineGap.compare(LE, 0)).add(backlog);
    DoubleVector before = zero;
    for (int k = c.tierStart[m]; k < c.tierEnd[m]; k++) {
      final int kL = k * L;
      DoubleVector units = fromArray(S, stock, kL);
      DoubleVector due = fromArray(S, owed, kL);
      before = before.add(units);
      zero.intoArray(drawn, kL);
      zero.intoArray(repaidToday, kL);
      DoubleVector aim = DoubleVector.broadcast(S, c.tierTarget[k]).add(safety, S.maskAll(k == firstFreeTier[m]));
      DoubleVector want = aim.sub(units).sub(due);
      // A ruled tier's stock above target does not count against the order; a free tier's does.
      DoubleVector counted = want.blend(0, want.compare(LE, 0).and(S.maskAll(c.tierRuled[k])));
      positionGap = positionGap.add(counted.add(due));
      DoubleVector installments = fromArray(S, installment, kL);
      DoubleVector repay = due.blend(installments, due.compare(GT, installments));
      orderable = orderable.add(repay, due.compare(GT, 0));
      VectorMask<Double> blocked = shockedToday.and(S.maskAll(!c.tierBuyWhileShocked[k]));
      VectorMask<Double> buying = want.compare(GT, 0).andNot(blocked);
      double maxBuy = c.tierMaxBuy[k];
      DoubleVector buy = want.blend(maxBuy, want.compare(GT, maxBuy));
      DoubleVector budget = fromArray(S, budgetLeft, kL);
      VectorMask<Double> overBudget = priced.and(buy.mul(unitPrice).compare(GT, budget));
      buy = buy.blend(budget.div(unitPrice), overBudget);
      orderable = orderable.add(buy, buying);
    }
    before.intoArray(stockBefore, 0);
    need.intoArray(importNeed, 0);
    DoubleVector wanted = need.add(positionGap.blend(orderable, positionGap.compare(GT, orderable)));
    wanted.blend(0, wanted.compare(LE, 0)).intoArray(order, 0);
  }

  /**
   * Shipments: each source ships its share of the order, within capacity x availability, any
   * quota or licensing cap, and its normal flow plus the surge allowance it has built up. What is
   * not shipped goes to sources with room left, in proportion to that room; allowances grow while
   * orders go unshipped.
   */
  private void ship(int m, int t) {
    final int mL = m * L;
    final double base = c.baselineDemand[t * c.materialCount + m];
    final int s0 = c.sourceStart[m];
    final int s1 = c.sourceEnd[m];
    final DoubleVector ordered = fromArray(S, order, 0);
    DoubleVector unshippedUnits = DoubleVector.zero(S);
    for (int s = s0; s < s1; s++) {
      final int sL = s * L;
      final double share = c.share[s];
      final double normal = share * base;
      DoubleVector limit = fromArray(S, capacityNow, sL).mul(fromArray(S, availability, sL));
      DoubleVector allowed = fromArray(S, quota, sL);
      DoubleVector quotaLimit = allowed.mul(normal);
      limit = limit.blend(quotaLimit, allowed.compare(LT, 1).and(limit.compare(GT, quotaLimit)));
      limit.intoArray(capacityLimit, sL);
      DoubleVector wanted = ordered.mul(share);
      DoubleVector ceiling = fromArray(S, surgeAllowance, sL).add(normal);
      ceiling = limit.blend(ceiling, limit.compare(GT, ceiling));
      DoubleVector sent = wanted.blend(ceiling, wanted.compare(GT, ceiling));
      sent.intoArray(shipped, sL);
      unshippedUnits = unshippedUnits.add(wanted.sub(sent));
    }
    unshippedUnits.intoArray(unmet, 0);
    VectorMask<Double> unshipped = unshippedUnits.compare(GT, ordered.mul(1e-12));
    VectorMask<Double> relaxing = fromArray(S, surging, mL).compare(NE, 0).andNot(unshipped);
    if (unshipped.or(relaxing).anyTrue()) {
      DoubleVector.zero(S).blend(1, unshipped).intoArray(surgeLanes, 0);
      DoubleVector.zero(S).blend(1, relaxing).intoArray(relaxLanes, 0);
      adjustSurge(mL, s0, s1, base);
    }
  }

  /** Dispatch, then 4. arrivals of the day (unless a logistics shock holds them). */
  private void arrive(int m, int t) {
    final int mL = m * L;
    final DoubleVector unitPrice = fromArray(S, todayPrice, 0);
    DoubleVector sent = DoubleVector.zero(S);
    DoubleVector sentDays = DoubleVector.zero(S);
    DoubleVector arrived = DoubleVector.zero(S);
    DoubleVector arrivedValue = DoubleVector.zero(S);
    for (int s = c.sourceStart[m]; s < c.sourceEnd[m]; s++) {
      final int sL = s * L;
      final int lead = c.leadTime[s];
      // Dispatch. Lanes shipping nothing add zeros: the same bits as skipping them.
      DoubleVector units = fromArray(S, shipped, sL);
      DoubleVector travel = ((DoubleVector) IntVector.fromArray(INTS, delay, sL).convertShape(I2D, S, 0)).add(lead);
      sent = sent.add(units);
      sentDays = sentDays.add(units.mul(travel));
      int firstDelay = delay[sL];
      boolean sameDelay = true;
      if (shocks.delayed()) {
        for (int l = 1; l < L; l++) {
          sameDelay &= delay[sL + l] == firstDelay;
        }
      }
      if (!sameDelay) {
        dispatchLaneByLane(s, t);
      } else if (t + lead + firstDelay < horizon) {
        int slot = pipelineSlot(t + lead + firstDelay, s);
        fromArray(S, pipelineUnits, slot).add(units).intoArray(pipelineUnits, slot);
        DoubleVector taxed = fromArray(S, tax, sL).add(premiumFactor[s]);
        DoubleVector value = units.mul(unitPrice).mul(taxed);
        fromArray(S, pipelineValue, slot).add(value).intoArray(pipelineValue, slot);
      }
      // Arrivals; held shipments wait a day more.
      final int today = pipelineSlot(t, s);
      DoubleVector due = fromArray(S, pipelineUnits, today);
      DoubleVector value = fromArray(S, pipelineValue, today);
      DoubleVector zero = DoubleVector.zero(S);
      zero.intoArray(pipelineUnits, today);
      zero.intoArray(pipelineValue, today);
      VectorMask<Double> hold = fromArray(S, held, sL).compare(NE, 0);
      if (t + 1 < horizon && hold.anyTrue()) {
        int next = pipelineSlot(t + 1, s);
        fromArray(S, pipelineUnits, next).add(due, hold).intoArray(pipelineUnits, next);
        fromArray(S, pipelineValue, next).add(value, hold).intoArray(pipelineValue, next);
      }
      VectorMask<Double> free = hold.not();
      arrived = arrived.add(due, free);
      arrivedValue = arrivedValue.add(value, free);
    }
    arrived.intoArray(arrivals, 0);
    arrivedValue.intoArray(arrivalsValue, 0);
    fromArray(S, inTransit, mL).add(sent.sub(arrived)).intoArray(inTransit, mL);
    // The pipeline needed tomorrow follows where the flow goes now, not the normal shares: when a
    // source is cut, others carry its flow with their own lead times.
    DoubleVector leadDays = sentDays.div(sent);
    fromArray(S, flowLeadDays, mL).blend(leadDays, sent.compare(GT, 0)).intoArray(flowLeadDays, mL);
    // Arrivals and recycling serve demand first.
    DoubleVector available = arrived.add(fromArray(S, recycled, 0));
    available.intoArray(supply, 0);
    DoubleVector need = fromArray(S, toServe, 0);
    DoubleVector served = need.blend(available, need.compare(GT, available));
    served.intoArray(servedFromArrivals, 0);
    DoubleVector unserved = need.sub(served);
    unserved.intoArray(gap, 0);
    DoubleVector.zero(S).blend(1, unserved.compare(GT, 0)).intoArray(stressed, 0);
  }

  /**
   * The pipeline part of dispatch from source {@code s} when its lanes face different delays (some
   * shocked, some not): each lane's shipment lands on its own day.
   */
  private void dispatchLaneByLane(int s, int t) {
    for (int l = 0; l < L; l++) {
      int i = s * L + l;
      double units = shipped[i];
      int arrival = t + c.leadTime[s] + delay[i];
      if (units > 0 && arrival < horizon) {
        int slot = pipelineSlot(arrival, s) + l;
        pipelineUnits[slot] += units;
        pipelineValue[slot] += units * todayPrice[l] * (premiumFactor[s] + tax[i]);
      }
    }
  }

  /**
   * 5. Stock draws: free tiers first; a ruled tier releases once the unmet share it faces has
   * exceeded its trigger on more than latencyDays consecutive days, and keeps releasing until the
   * trigger has stayed off as long (hysteresis: one calm day does not end a release programme).
   */
  private void draw(int m) {
    final int mL = m * L;
    final DoubleVector need = fromArray(S, toServe, 0);
    DoubleVector unserved = fromArray(S, gap, 0);
    DoubleVector fromStock = DoubleVector.zero(S);
    for (int k = c.tierStart[m]; k < c.tierEnd[m]; k++) {
      final int kL = k * L;
      DoubleVector units = fromArray(S, stock, kL);
      DoubleVector take = unserved.blend(units, unserved.compare(GT, units));
      if (c.tierRuled[k]) {
        // A ruled tier releases once the unmet share it faces has exceeded its trigger on more
        // than latencyDays consecutive days, until the trigger has stayed off as long; at most
        // its daily cap; loans are recorded. Unmet share > trigger, without a division.
        VectorMask<Double> triggered = unserved.compare(GT, need.mul(c.tierTrigger[k])).and(unserved.compare(GT, 0));
        DoubleVector onDays = fromArray(S, triggerDays, kL).add(1).blend(0, triggered.not());
        DoubleVector offDays = fromArray(S, calmDays, kL).add(1).blend(0, triggered);
        onDays.intoArray(triggerDays, kL);
        offDays.intoArray(calmDays, kL);
        double latency = c.tierLatency[k];
        VectorMask<Double> was = fromArray(S, releasing, kL).compare(NE, 0);
        VectorMask<Double> on = was.andNot(offDays.compare(GT, latency)).or(onDays.compare(GT, latency));
        DoubleVector.zero(S).blend(1, on).intoArray(releasing, kL);
        double cap = c.tierMaxRelease[k];
        take = take.blend(cap, take.compare(GT, cap)).blend(0, on.not());
        VectorMask<Double> lending = take.compare(GT, 0).and(S.maskAll(c.tierLoan[k]));
        DoubleVector debt = fromArray(S, owed, kL).add(take.mul(1 + c.tierLoanPremium[k]), lending);
        debt.intoArray(owed, kL);
        fromArray(S, installment, kL).blend(debt.div(c.tierPayback[k]), lending).intoArray(installment, kL);
      }
      VectorMask<Double> drawing = take.compare(GT, 0);
      units.sub(take, drawing).intoArray(stock, kL);
      unserved = unserved.sub(take, drawing);
      fromStock = fromStock.add(take, drawing);
      take.blend(0, drawing.not()).intoArray(drawn, kL);
    }
    unserved.intoArray(gap, 0);
    fromStock.intoArray(servedFromStockToday, mL);
  }

  /**
   * 6. Shortfall: lost, or carried as backlog. 7. Refill from what arrived beyond demand: free
   * tiers up to their targets, loan repayments (once the lender's release has ended), ruled tiers
   * up to their targets, then free tiers up to their capacity; the rest is excess. A lane whose
   * surplus is used up goes through the rest as a no-op (nothing to put anywhere).
   */
  private void refill(int m) {
    final int mL = m * L;
    final int k0 = c.tierStart[m];
    final int k1 = c.tierEnd[m];
    DoubleVector shortfall = fromArray(S, gap, 0);
    shortfall.intoArray(shortfallToday, mL);
    shortfall.mul(c.backlog[m] ? 1 : 0).intoArray(backlogUnits, mL);
    DoubleVector available = fromArray(S, supply, 0);
    DoubleVector surplus = available.sub(fromArray(S, servedFromArrivals, 0));
    surplus.intoArray(surplusNow, 0);
    clear(repaidNow);
    if (surplus.compare(GT, 0).anyTrue()) {
      DoubleVector unitPrice = fromArray(S, todayPrice, 0);
      DoubleVector blended = fromArray(S, arrivalsValue, 0).add(fromArray(S, recycled, 0).mul(unitPrice)).div(available);
      unitPrice.blend(blended, available.compare(GT, 0)).intoArray(unitCost, 0);
      for (int k = k0; k < k1; k++) {
        if (!c.tierRuled[k]) {
          deposit(mL, k, min(c.tierTarget[k], c.tierCapacity[k]), 0);
        } else {
          repayLoan(k);
        }
      }
      for (int k = k0; k < k1; k++) {
        if (c.tierRuled[k]) {
          deposit(mL, k, c.tierTarget[k], 1);
        }
      }
      for (int k = k0; k < k1; k++) {
        if (!c.tierRuled[k]) {
          deposit(mL, k, Double.POSITIVE_INFINITY, 0);
        }
      }
    }
    if (lendingMaterial[m]) {
      repayFromFirmsExcess(k0, k1);
    }
    fromArray(S, repaidNow, 0).intoArray(flows.repaid, mL);
    fromArray(S, surplusNow, 0).intoArray(flows.excess, mL);
  }

  /** Installments of tier {@code k}'s loans, paid from the surplus once its release has ended. */
  private void repayLoan(int k) {
    final int kL = k * L;
    DoubleVector debt = fromArray(S, owed, kL);
    VectorMask<Double> paying = debt.compare(GT, 0).and(fromArray(S, releasing, kL).compare(EQ, 0));
    if (!paying.anyTrue()) {
      return;
    }
    DoubleVector units = fromArray(S, stock, kL);
    DoubleVector surplus = fromArray(S, surplusNow, 0);
    DoubleVector installments = fromArray(S, installment, kL);
    DoubleVector due = debt.blend(installments, debt.compare(GT, installments));
    DoubleVector room = units.neg().add(c.tierCapacity[k]);
    DoubleVector fits = surplus.blend(room, surplus.compare(GT, room));
    DoubleVector pay = due.blend(fits, due.compare(GT, fits));
    VectorMask<Double> paid = paying.and(pay.compare(GT, 0));
    units.add(pay, paid).intoArray(stock, kL);
    debt.sub(pay, paid).intoArray(owed, kL);
    surplus.sub(pay, paid).intoArray(surplusNow, 0);
    fromArray(S, repaidNow, 0).add(pay, paid).intoArray(repaidNow, 0);
    pay.blend(0, paid.not()).intoArray(repaidToday, kL);
  }

  /** 8. Costs, tomorrow's price and substitution; 9. what the metrics need. */
  private void account(int m, int t, boolean observed) {
    final int mL = m * L;
    final double perReference = inverseReference[m];
    DoubleVector after = DoubleVector.zero(S);
    DoubleVector holdingCost = DoubleVector.zero(S);
    DoubleVector owedTotal = DoubleVector.zero(S);
    double targets = 0;
    for (int k = c.tierStart[m]; k < c.tierEnd[m]; k++) {
      final int kL = k * L;
      DoubleVector units = fromArray(S, stock, kL);
      after = after.add(units);
      holdingCost = holdingCost.add(units.mul(c.tierHoldingPerDay[k]));
      owedTotal = owedTotal.add(fromArray(S, owed, kL));
      targets += c.tierTarget[k];
    }
    after.intoArray(stockAfter, 0);
    holdingCost.intoArray(holding, 0);
    owedTotal.intoArray(totalOwed, 0);
    for (int k = c.tierStart[m]; k < c.tierEnd[m]; k++) {
      metrics.tierDay(k * L, stock, owed, drawn, c.tierHoldingPerDay[k], c.tierTarget[k], perReference);
    }
    tomorrow(m);
    final int consumedAt = ((t & (consumedDays - 1)) * c.materialCount + m) * L;
    fromArray(S, servedFromArrivals, 0).add(fromArray(S, servedFromStockToday, mL)).intoArray(consumed, consumedAt);
    metrics.materialFlows(mL, t, demand, consumed, consumedAt, shortfallToday, servedFromStockToday, holding,
        c.shortageCost[m]);
    metrics.materialStocks(mL, stockAfter, targets, totalOwed, perReference);
    if (observed) {
      for (int l = 0; l < L; l++) {
        flows.record(mL + l, demand[l], toServe[l], arrivals[l], recycled[l], servedFromArrivals[l],
            stockBefore[l], stockAfter[l], todayPrice[l]);
      }
    }
  }

  /** Tomorrow's price (elasticity to today's shortfall) and substitution (up while stressed, else down). */
  private void tomorrow(int m) {
    final int mL = m * L;
    final double basePrice = c.basePrice[m];
    final double elasticity = c.elasticity[m];
    DoubleVector shortfall = fromArray(S, shortfallToday, mL);
    // basePrice x (1 + elasticity x shortfall / toServe) where short and elastic.
    DoubleVector raised = shortfall.div(fromArray(S, toServe, 0)).mul(elasticity).add(1).mul(basePrice);
    VectorMask<Double> rising = shortfall.compare(GT, 0).and(S.maskAll(elasticity > 0));
    DoubleVector.broadcast(S, basePrice).blend(raised, rising).intoArray(price, mL);
    final double step = c.substitutionStep[m];
    if (step > 0) {
      double most = c.substitutionMax[m];
      DoubleVector share = fromArray(S, substitution, mL);
      DoubleVector up = share.add(step);
      up = up.blend(most, up.compare(GE, most));
      DoubleVector down = share.sub(step);
      down = down.blend(0, down.compare(LE, 0));
      down.blend(up, fromArray(S, stressed, 0).compare(NE, 0)).intoArray(substitution, mL);
    }
  }

  /** Daily series of material {@code m} for the reported lanes. */
  private void record(int m, int t, SeriesBlock series, int row, int count) {
    final int mL = m * L;
    final double perReference = inverseReference[m];
    final double basePrice = c.basePrice[m];
    final int at = t * seriesCount + seriesOffset[m];
    final int[] fileOrder = c.tierReportOrder[m];
    for (int l = 0; l < count; l++) {
      series.put(row + l, at, stockAfter[l] * perReference);
      series.put(row + l, at + 1, shortfallToday[mL + l] * perReference);
      series.put(row + l, at + 2, basePrice > 0 ? todayPrice[l] / basePrice : 0);
      for (int j = 0; j < fileOrder.length; j++) {
        series.put(row + l, at + 3 + j, stock[fileOrder[j] * L + l] * perReference);
      }
    }
  }

  /**
   * Installments still due today are paid from firms' stock above their target: what firms
   * ordered to repay a loan may have reached them on a day demand took the surplus. A transfer
   * between tiers: total stock does not change.
   */
  private void repayFromFirmsExcess(int k0, int k1) {
    clear(movedNow);
    for (int k = k0; k < k1; k++) {
      if (!c.tierRuled[k]) {
        continue;
      }
      final int kL = k * L;
      DoubleVector debt = fromArray(S, owed, kL);
      DoubleVector installments = fromArray(S, installment, kL);
      DoubleVector paidToday = fromArray(S, repaidToday, kL);
      VectorMask<Double> owing = debt.compare(GT, 0)
          .and(fromArray(S, releasing, kL).compare(EQ, 0))
          .and(paidToday.compare(LT, installments));
      if (!owing.anyTrue()) {
        continue;
      }
      DoubleVector rest = installments.sub(paidToday);
      DoubleVector due = debt.blend(rest, debt.compare(GT, rest));
      DoubleVector room = fromArray(S, stock, kL).neg().add(c.tierCapacity[k]);
      due.blend(room, due.compare(GT, room)).blend(0, owing.not()).intoArray(dueNow, 0);
      for (int f = k0; f < k1; f++) {
        if (!c.tierRuled[f]) {
          transfer(f, k);
        }
      }
    }
    fromArray(S, repaidNow, 0).add(fromArray(S, movedNow, 0)).intoArray(repaidNow, 0);
  }

  /** Moves up to {@code dueNow} from free tier {@code f}'s stock above its target to ruled tier {@code k}. */
  private void transfer(int f, int k) {
    final int fL = f * L;
    final int kL = k * L;
    DoubleVector left = fromArray(S, dueNow, 0);
    DoubleVector firm = fromArray(S, stock, fL);
    DoubleVector spare = firm.sub(c.tierTarget[f]);
    VectorMask<Double> pays = left.compare(GT, 0).and(spare.compare(GT, 0));
    if (!pays.anyTrue()) {
      return;
    }
    DoubleVector pay = left.blend(spare, left.compare(GT, spare));
    firm.sub(pay, pays).intoArray(stock, fL);
    fromArray(S, stock, kL).add(pay, pays).intoArray(stock, kL);
    fromArray(S, owed, kL).sub(pay, pays).intoArray(owed, kL);
    left.sub(pay, pays).intoArray(dueNow, 0);
    fromArray(S, movedNow, 0).add(pay, pays).intoArray(movedNow, 0);
  }

  /**
   * Surge allowances. In the lanes of {@code surgeLanes}, some of the order could not be shipped:
   * allowances grow, and sources with room take the rest, in proportion to that room. In the
   * lanes of {@code relaxLanes}, all of it could: allowances shrink back, never below what is in
   * use, and the material stops surging once none is left.
   */
  private void adjustSurge(int mL, int s0, int s1, double base) {
    DoubleVector roomSum = DoubleVector.zero(S);
    DoubleVector largest = DoubleVector.zero(S);
    for (int s = s0; s < s1; s++) {
      final int sL = s * L;
      final double normal = c.share[s] * base;
      VectorMask<Double> growing = fromArray(S, surgeLanes, 0).compare(NE, 0);
      VectorMask<Double> shrinking = fromArray(S, relaxLanes, 0).compare(NE, 0);
      DoubleVector capacity = fromArray(S, capacityNow, sL);
      DoubleVector allowance = fromArray(S, surgeAllowance, sL);
      DoubleVector step = capacity.mul(c.surgeRate[s]);
      DoubleVector sent = fromArray(S, shipped, sL);
      DoubleVector grown = allowance.add(step);
      grown = capacity.blend(grown, capacity.compare(GT, grown));
      DoubleVector used = sent.sub(normal);
      DoubleVector inUse = used.blend(0, used.compare(LE, 0));
      DoubleVector shrunk = allowance.sub(step);
      shrunk = inUse.blend(shrunk, inUse.compare(LT, shrunk));
      allowance.blend(grown, growing).blend(shrunk, shrinking).intoArray(surgeAllowance, sL);
      DoubleVector limit = fromArray(S, capacityLimit, sL);
      DoubleVector ceiling = grown.add(normal);
      DoubleVector free = limit.blend(ceiling, limit.compare(GT, ceiling)).sub(sent);
      DoubleVector open = free.blend(0, free.compare(LE, 0));
      open.intoArray(headroom, sL);
      roomSum = roomSum.add(open);
      largest = largest.blend(shrunk, shrunk.compare(GT, largest));
    }
    VectorMask<Double> growing = fromArray(S, surgeLanes, 0).compare(NE, 0);
    VectorMask<Double> calm = fromArray(S, relaxLanes, 0).compare(NE, 0)
        .and(largest.compare(LE, 0));
    fromArray(S, surging, mL).blend(1, growing).blend(0, calm).intoArray(surging, mL);
    DoubleVector total = roomSum;
    VectorMask<Double> spread = growing.and(total.compare(GT, 0));
    if (spread.anyTrue()) {
      DoubleVector fraction = fromArray(S, unmet, 0).div(total);
      fraction = fraction.blend(1, fraction.compare(GE, 1));
      for (int s = s0; s < s1; s++) {
        final int sL = s * L;
        fromArray(S, shipped, sL).add(fraction.mul(fromArray(S, headroom, sL)), spread).intoArray(shipped, sL);
      }
    }
  }

  /**
   * Puts what it can of the lanes' surplus ({@code surplusNow}) into tier {@code k} of material
   * lanes {@code mL}: up to {@code min(aim - owedWeight x owed, capacity)}, within its budget, at
   * {@code unitCost}.
   */
  private void deposit(int mL, int k, double aim, double owedWeight) {
    final int kL = k * L;
    final double capacity = c.tierCapacity[k];
    DoubleVector units = fromArray(S, stock, kL);
    DoubleVector upTo = DoubleVector.broadcast(S, aim).sub(fromArray(S, owed, kL).mul(owedWeight));
    DoubleVector space = upTo.blend(capacity, upTo.compare(GT, capacity)).sub(units);
    VectorMask<Double> blocked = fromArray(S, shocked, mL).compare(NE, 0).and(S.maskAll(!c.tierBuyWhileShocked[k]));
    VectorMask<Double> taking = space.compare(GT, 0).andNot(blocked);
    if (!taking.anyTrue()) {
      return;
    }
    DoubleVector surplus = fromArray(S, surplusNow, 0);
    DoubleVector cost = fromArray(S, unitCost, 0);
    DoubleVector budget = fromArray(S, budgetLeft, kL);
    DoubleVector put = space.blend(surplus, space.compare(GT, surplus));
    put = put.blend(budget.div(cost), cost.compare(GT, 0).and(budget.compare(LT, put.mul(cost))));
    taking = taking.and(put.compare(GT, 0));
    if (!taking.anyTrue()) {
      return;
    }
    units.add(put, taking).intoArray(stock, kL);
    DoubleVector paid = put.mul(cost).blend(0, taking.not());
    budget.sub(paid, taking).intoArray(budgetLeft, kL);
    paid.intoArray(spent, 0);
    metrics.acquisition(mL, kL, spent);
    surplus.sub(put, taking).intoArray(surplusNow, 0);
  }

  /**
   * Zeroes a lane array with one vector store: a vector read of values written one lane at a
   * time (as {@link Arrays#fill} does) waits for the stores to retire instead of forwarding them.
   */
  private static void clear(double[] lanes) {
    DoubleVector.zero(S).intoArray(lanes, 0);
  }

  /** Smaller of two values that are never NaN: cheaper than Math.min, which orders NaN and -0.0. */
  private static double min(double a, double b) {
    return a <= b ? a : b;
  }

  private static int min(int a, int b) {
    return a <= b ? a : b;
  }
}
