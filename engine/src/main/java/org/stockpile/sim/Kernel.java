package org.stockpile.sim;

import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LT;
import static org.stockpile.sim.Lanes.SPECIES;
import static org.stockpile.sim.Lanes.larger;
import static org.stockpile.sim.Lanes.load;
import static org.stockpile.sim.Lanes.of;
import static org.stockpile.sim.Lanes.smaller;
import static org.stockpile.sim.Lanes.zero;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import org.stockpile.metrics.MetricLayout;
import org.stockpile.metrics.SeriesBlock;

/**
 * The daily kernel: steps {@link #LANES} replicates in lock-step through the horizon, day by day
 * and material by material, in the order of the model (shocks, demand, orders and shipments,
 * arrivals, stock draws and releases, shortfall, refill, costs, records).
 *
 * <p>Each replicate runs in its own lane: state arrays are lane-minor (entity {@code i} of lane
 * {@code l} at {@code i x LANES + l}) and every step of the day is a short loop over the lanes.
 * The lanes never interact, and each does exactly the arithmetic of a lone replicate, so a
 * replicate's numbers do not depend on its lane or on its neighbours; running them side by side
 * lets the processor overlap their independent chains of dependent steps, which a single
 * replicate's day (orders wait on stocks, shipments on orders, draws on arrivals) cannot.
 *
 * <p>All state lives in primitive arrays allocated once per kernel; a day allocates nothing. One
 * kernel per thread.
 */
public final class Kernel {
  /** Replicates stepped side by side. */
  public static final int LANES = Lanes.COUNT;
  /** Safety stock of free tiers, in standard deviations of demand over the lead time. */
  static final double SAFETY_DEVIATIONS = 2;

  private static final int L = LANES;

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
  private final boolean[] held;
  private final double[] demandMultiplier;
  private final boolean[] shocked;

  // Scenario constants per material.
  private final double[] basePipelineDays;
  private final double[] safetyFactor;
  private final double[] inverseReference;
  private final int[] firstFreeTier;
  private final boolean[] lendingMaterial;

  // Sources, per lane.
  private final double[] pipelineUnits;
  private final double[] pipelineValue;
  private final double[] capacityNow;
  private final double[] surgeAllowance;
  private final double[] shipped;
  private final double[] headroom;
  private final double[] premiumFactor;
  private final double[] capacityLimit;
  private int nextProject;

  // Materials, per lane.
  private final boolean[] surging;
  private final double[] flowLeadDays;
  private final double[] inTransit;
  private final double[] backlogUnits;
  private final double[] substitution;
  private final double[] price;
  private final double[] consumed;
  private final double[] shortfallToday;
  private final double[] servedFromStockToday;

  // Tiers (priority order), per lane.
  private final double[] stock;
  private final double[] owed;
  private final double[] installment;
  private final double[] budgetLeft;
  private final double[] triggerDays;
  private final double[] calmDays;
  private final boolean[] releasing;
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
  private final double[] dispatched = new double[L];
  private final double[] dispatchedDays = new double[L];
  private final double[] supply = new double[L];
  private final double[] servedFromArrivals = new double[L];
  private final double[] gap = new double[L];
  private final boolean[] stressed = new boolean[L];
  private final boolean[] surgeLanes = new boolean[L];
  private final boolean[] relaxLanes = new boolean[L];
  private final double[] surplusNow = new double[L];
  private final double[] unitCost = new double[L];
  private final double[] spent = new double[L];
  private final double[] repaidNow = new double[L];
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

    pipelineUnits = new double[Math.multiplyExact(Math.multiplyExact(sources, horizon), L)];
    pipelineValue = new double[pipelineUnits.length];
    capacityNow = new double[sources * L];
    surgeAllowance = new double[sources * L];
    shipped = new double[sources * L];
    headroom = new double[sources * L];
    capacityLimit = new double[sources * L];
    premiumFactor = new double[sources];
    for (int s = 0; s < sources; s++) {
      premiumFactor[s] = 1 + compiled.premium[s];
    }

    surging = new boolean[materials * L];
    flowLeadDays = new double[materials * L];
    inTransit = new double[materials * L];
    backlogUnits = new double[materials * L];
    substitution = new double[materials * L];
    price = new double[materials * L];
    consumed = new double[Math.multiplyExact(Math.multiplyExact(materials, horizon), L)];
    shortfallToday = new double[materials * L];
    servedFromStockToday = new double[materials * L];

    stock = new double[tiers * L];
    owed = new double[tiers * L];
    installment = new double[tiers * L];
    budgetLeft = new double[tiers * L];
    triggerDays = new double[tiers * L];
    calmDays = new double[tiers * L];
    releasing = new boolean[tiers * L];
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

  private void reset(long seed, int first) {
    for (int l = 0; l < L; l++) {
      timelines[l].draw(c, seed, first + l);
      shocks.reset(l, timelines[l]);
    }
    nextProject = 0;
    metrics.reset();
    for (int s = 0; s < c.sourceCount; s++) {
      for (int l = 0; l < L; l++) {
        capacityNow[s * L + l] = c.capacity[s];
      }
    }
    Arrays.fill(surgeAllowance, 0);
    // The pipelines need no clearing: every slot is zeroed on the day it is read, and slots past
    // the horizon are never written.
    for (int m = 0; m < c.materialCount; m++) {
      double transit = 0;
      // Start in steady state: what left before day 0 arrives on days 0 .. lead - 1.
      double base = c.baselineDemand[m];
      for (int s = c.sourceStart[m]; s < c.sourceEnd[m]; s++) {
        double flow = min(c.share[s] * base, c.capacity[s]);
        double value = flow * c.basePrice[m] * (1 + c.premium[s]);
        for (int d = 0; d < min(c.leadTime[s], horizon); d++) {
          int slot = (d * c.sourceCount + s) * L;
          Arrays.fill(pipelineUnits, slot, slot + L, flow);
          Arrays.fill(pipelineValue, slot, slot + L, value);
          transit += flow;
        }
      }
      for (int l = 0; l < L; l++) {
        int i = m * L + l;
        demandRandom[i].reseed(RandomStreams.streamSeed(seed, first + l, c.demandPurposeHash[m]));
        backlogUnits[i] = 0;
        surging[i] = false;
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
    Arrays.fill(releasing, false);
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

  /** 2. Demand, and what recycling returns of what was consumed {@code lag} days ago. */
  private void demand(int m, int t) {
    final int mL = m * L;
    final double base = c.baselineDemand[t * c.materialCount + m];
    load(price, mL).intoArray(todayPrice, 0);
    DoubleVector expectedNow = of(base).mul(load(demandMultiplier, mL)).mul(of(1).sub(load(substitution, mL)));
    expectedNow.intoArray(expected, 0);
    expectedNow.intoArray(demand, 0);
    if (noisy[m]) {
      // Draws and exponentials lane by lane: the same stream and the same Math.exp as alone.
      final double mu = c.noiseMu[m];
      final double sigma = c.noiseSigma[m];
      for (int l = 0; l < L; l++) {
        demand[l] = expected[l] * Math.exp(mu + sigma * demandRandom[mL + l].nextGaussian());
      }
    }
    load(demand, 0).add(load(backlogUnits, mL)).intoArray(toServe, 0);
    int lag = c.recyclingLag[m];
    if (lag > 0 && t >= lag) {
      load(consumed, ((t - lag) * c.materialCount + m) * L).mul(c.recyclingShare[m]).intoArray(recycled, 0);
    } else {
      Arrays.fill(recycled, 0);
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
    final DoubleVector zero = zero();
    final DoubleVector expectedNow = load(expected, 0);
    final DoubleVector need = larger(zero, expectedNow.sub(load(recycled, 0)));
    final DoubleVector pipelineGap = need.mul(load(flowLeadDays, mL)).sub(load(inTransit, mL));
    final DoubleVector backlog = load(backlogUnits, mL);
    final DoubleVector safety = expectedNow.mul(safetyFactor[m]);
    final DoubleVector unitPrice = load(todayPrice, 0);
    final VectorMask<Double> priced = unitPrice.compare(GT, 0);
    final VectorMask<Double> shockedToday = VectorMask.fromArray(SPECIES, shocked, mL);
    DoubleVector positionGap = pipelineGap.add(backlog);
    DoubleVector orderable = larger(zero, pipelineGap).add(backlog);
    DoubleVector before = zero;
    for (int k = c.tierStart[m]; k < c.tierEnd[m]; k++) {
      final int kL = k * L;
      DoubleVector units = load(stock, kL);
      DoubleVector due = load(owed, kL);
      before = before.add(units);
      zero.intoArray(drawn, kL);
      zero.intoArray(repaidToday, kL);
      DoubleVector aim = k == firstFreeTier[m] ? of(c.tierTarget[k]).add(safety) : of(c.tierTarget[k]);
      DoubleVector want = aim.sub(units).sub(due);
      positionGap = positionGap.add((c.tierRuled[k] ? larger(zero, want) : want).add(due));
      orderable = orderable.add(smaller(due, load(installment, kL)), due.compare(GT, 0));
      VectorMask<Double> buying = want.compare(GT, 0);
      if (!c.tierBuyWhileShocked[k]) {
        buying = buying.andNot(shockedToday);
      }
      DoubleVector buy = smaller(want, of(c.tierMaxBuy[k]));
      DoubleVector budget = load(budgetLeft, kL);
      buy = buy.blend(budget.div(unitPrice), priced.and(buy.mul(unitPrice).compare(GT, budget)));
      orderable = orderable.add(buy, buying);
    }
    before.intoArray(stockBefore, 0);
    need.intoArray(importNeed, 0);
    larger(zero, need.add(smaller(positionGap, orderable))).intoArray(order, 0);
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
    final DoubleVector ordered = load(order, 0);
    DoubleVector unshipped = zero();
    for (int s = s0; s < s1; s++) {
      final int sL = s * L;
      final double share = c.share[s];
      final double normal = share * base;
      DoubleVector limit = load(capacityNow, sL).mul(load(availability, sL));
      DoubleVector allowed = load(quota, sL);
      VectorMask<Double> capped = allowed.compare(LT, 1);
      if (capped.anyTrue()) {
        limit = limit.blend(smaller(limit, allowed.mul(normal)), capped);
      }
      limit.intoArray(capacityLimit, sL);
      DoubleVector wanted = ordered.mul(share);
      DoubleVector sent = smaller(wanted, smaller(limit, load(surgeAllowance, sL).add(normal)));
      sent.intoArray(shipped, sL);
      unshipped = unshipped.add(wanted.sub(sent));
    }
    unshipped.intoArray(unmet, 0);
    VectorMask<Double> unshippedLanes = unshipped.compare(GT, ordered.mul(1e-12));
    VectorMask<Double> relax = VectorMask.fromArray(SPECIES, surging, mL).andNot(unshippedLanes);
    if (unshippedLanes.anyTrue()) {
      unshippedLanes.intoArray(surgeLanes, 0);
      surge(mL, s0, s1, base);
    }
    if (relax.anyTrue()) {
      relax.intoArray(relaxLanes, 0);
      relaxSurge(mL, s0, s1, base);
    }
  }

  /** Dispatch, then 4. arrivals of the day (unless a logistics shock holds them). */
  private void arrive(int m, int t) {
    final int mL = m * L;
    final int sources = c.sourceCount;
    final DoubleVector zero = zero();
    final DoubleVector unitPrice = load(todayPrice, 0);
    DoubleVector arrived = zero;
    DoubleVector arrivedValue = zero;
    DoubleVector sent = zero;
    DoubleVector sentDays = zero;
    for (int s = c.sourceStart[m]; s < c.sourceEnd[m]; s++) {
      final int sL = s * L;
      DoubleVector units = load(shipped, sL);
      int firstDelay = delay[sL];
      boolean sameDelay = true;
      for (int l = 1; l < L; l++) {
        sameDelay &= delay[sL + l] == firstDelay;
      }
      if (sameDelay) {
        // Lanes shipping nothing add zeros: the same bits as skipping them.
        int travel = c.leadTime[s] + firstDelay;
        int arrival = t + travel;
        sent = sent.add(units);
        sentDays = sentDays.add(units.mul(travel));
        if (arrival < horizon) {
          int slot = (arrival * sources + s) * L;
          load(pipelineUnits, slot).add(units).intoArray(pipelineUnits, slot);
          DoubleVector value = units.mul(unitPrice).mul(load(tax, sL).add(premiumFactor[s]));
          load(pipelineValue, slot).add(value).intoArray(pipelineValue, slot);
        }
      } else {
        sent.intoArray(dispatched, 0);
        sentDays.intoArray(dispatchedDays, 0);
        dispatchLaneByLane(s, t);
        sent = load(dispatched, 0);
        sentDays = load(dispatchedDays, 0);
      }
      int today = (t * sources + s) * L;
      DoubleVector due = load(pipelineUnits, today);
      DoubleVector value = load(pipelineValue, today);
      zero.intoArray(pipelineUnits, today);
      zero.intoArray(pipelineValue, today);
      VectorMask<Double> hold = VectorMask.fromArray(SPECIES, held, sL);
      if (hold.anyTrue()) {
        if (t + 1 < horizon) {
          int next = today + sources * L;
          load(pipelineUnits, next).add(due, hold).intoArray(pipelineUnits, next);
          load(pipelineValue, next).add(value, hold).intoArray(pipelineValue, next);
        }
        VectorMask<Double> free = hold.not();
        arrived = arrived.add(due, free);
        arrivedValue = arrivedValue.add(value, free);
      } else {
        arrived = arrived.add(due);
        arrivedValue = arrivedValue.add(value);
      }
    }
    arrived.intoArray(arrivals, 0);
    arrivedValue.intoArray(arrivalsValue, 0);
    load(inTransit, mL).add(sent.sub(arrived)).intoArray(inTransit, mL);
    // The pipeline needed tomorrow follows where the flow goes now, not the normal shares: when a
    // source is cut, others carry its flow with their own lead times.
    load(flowLeadDays, mL).blend(sentDays.div(sent), sent.compare(GT, 0)).intoArray(flowLeadDays, mL);
    // Arrivals and recycling serve demand first.
    DoubleVector available = arrived.add(load(recycled, 0));
    available.intoArray(supply, 0);
    DoubleVector need = load(toServe, 0);
    DoubleVector served = smaller(need, available);
    served.intoArray(servedFromArrivals, 0);
    DoubleVector unserved = need.sub(served);
    unserved.intoArray(gap, 0);
    unserved.compare(GT, 0).intoArray(stressed, 0);
  }

  /** Dispatch from source {@code s} when its lanes face different delays (some shocked, some not). */
  private void dispatchLaneByLane(int s, int t) {
    final int sources = c.sourceCount;
    for (int l = 0; l < L; l++) {
      int i = s * L + l;
      double units = shipped[i];
      if (units > 0) {
        int travel = c.leadTime[s] + delay[i];
        int arrival = t + travel;
        dispatched[l] += units;
        dispatchedDays[l] += units * travel;
        if (arrival < horizon) {
          int slot = (arrival * sources + s) * L + l;
          pipelineUnits[slot] += units;
          pipelineValue[slot] += units * todayPrice[l] * (premiumFactor[s] + tax[i]);
        }
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
    final DoubleVector need = load(toServe, 0);
    DoubleVector unserved = load(gap, 0);
    DoubleVector fromStock = zero();
    for (int k = c.tierStart[m]; k < c.tierEnd[m]; k++) {
      final int kL = k * L;
      DoubleVector units = load(stock, kL);
      DoubleVector take;
      if (c.tierRuled[k]) {
        // unmet share > trigger, without a division: gap > trigger x toServe.
        VectorMask<Double> triggered = unserved.compare(GT, need.mul(c.tierTrigger[k])).and(unserved.compare(GT, 0));
        DoubleVector onDays = load(triggerDays, kL).add(1).blend(0, triggered.not());
        DoubleVector offDays = load(calmDays, kL).add(1).blend(0, triggered);
        onDays.intoArray(triggerDays, kL);
        offDays.intoArray(calmDays, kL);
        double latency = c.tierLatency[k];
        VectorMask<Double> was = VectorMask.fromArray(SPECIES, releasing, kL);
        VectorMask<Double> on = was.andNot(offDays.compare(GT, latency)).or(onDays.compare(GT, latency));
        on.intoArray(releasing, kL);
        take = smaller(smaller(unserved, units), of(c.tierMaxRelease[k])).blend(0, on.not());
        if (c.tierLoan[k]) {
          VectorMask<Double> lent = take.compare(GT, 0);
          DoubleVector debt = load(owed, kL).add(take.mul(1 + c.tierLoanPremium[k]), lent);
          debt.intoArray(owed, kL);
          load(installment, kL).blend(debt.div(c.tierPayback[k]), lent).intoArray(installment, kL);
        }
      } else {
        take = smaller(unserved, units);
      }
      VectorMask<Double> drawing = take.compare(GT, 0);
      units.sub(take, drawing).intoArray(stock, kL);
      unserved = unserved.sub(take, drawing);
      fromStock = fromStock.add(take, drawing);
      take.intoArray(drawn, kL, drawing);
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
    DoubleVector shortfall = load(gap, 0);
    shortfall.intoArray(shortfallToday, mL);
    (c.backlog[m] ? shortfall : zero()).intoArray(backlogUnits, mL);
    DoubleVector available = load(supply, 0);
    DoubleVector surplus = available.sub(load(servedFromArrivals, 0));
    surplus.intoArray(surplusNow, 0);
    Arrays.fill(repaidNow, 0);
    if (surplus.compare(GT, 0).anyTrue()) {
      DoubleVector unitPrice = load(todayPrice, 0);
      load(arrivalsValue, 0).add(load(recycled, 0).mul(unitPrice)).div(available)
          .blend(unitPrice, available.compare(GT, 0).not())
          .intoArray(unitCost, 0);
      for (int k = k0; k < k1; k++) {
        if (!c.tierRuled[k]) {
          deposit(mL, k, Room.TO_TARGET);
        } else {
          repayLoan(k);
        }
      }
      for (int k = k0; k < k1; k++) {
        if (c.tierRuled[k]) {
          deposit(mL, k, Room.TO_TARGET_LESS_OWED);
        }
      }
      for (int k = k0; k < k1; k++) {
        if (!c.tierRuled[k]) {
          deposit(mL, k, Room.TO_CAPACITY);
        }
      }
    }
    if (lendingMaterial[m]) {
      repayFromFirmsExcess(k0, k1);
    }
    load(repaidNow, 0).intoArray(flows.repaid, mL);
    load(surplusNow, 0).intoArray(flows.excess, mL);
  }

  /** Installments of tier {@code k}'s loans, paid from the surplus once its release has ended. */
  private void repayLoan(int k) {
    final int kL = k * L;
    DoubleVector debt = load(owed, kL);
    VectorMask<Double> paying = debt.compare(GT, 0).andNot(VectorMask.fromArray(SPECIES, releasing, kL));
    if (!paying.anyTrue()) {
      return;
    }
    DoubleVector units = load(stock, kL);
    DoubleVector surplus = load(surplusNow, 0);
    DoubleVector pay = smaller(smaller(debt, load(installment, kL)), smaller(surplus, of(c.tierCapacity[k]).sub(units)));
    VectorMask<Double> paid = paying.and(pay.compare(GT, 0));
    units.add(pay, paid).intoArray(stock, kL);
    debt.sub(pay, paid).intoArray(owed, kL);
    surplus.sub(pay, paid).intoArray(surplusNow, 0);
    load(repaidNow, 0).add(pay, paid).intoArray(repaidNow, 0);
    pay.intoArray(repaidToday, kL, paid);
  }

  /** 8. Costs, tomorrow's price and substitution; 9. what the metrics need. */
  private void account(int m, int t, boolean observed) {
    final int mL = m * L;
    final double perReference = inverseReference[m];
    DoubleVector after = zero();
    DoubleVector holdingCost = zero();
    DoubleVector owedTotal = zero();
    double targets = 0;
    for (int k = c.tierStart[m]; k < c.tierEnd[m]; k++) {
      final int kL = k * L;
      DoubleVector units = load(stock, kL);
      after = after.add(units);
      holdingCost = holdingCost.add(units.mul(c.tierHoldingPerDay[k]));
      owedTotal = owedTotal.add(load(owed, kL));
      targets += c.tierTarget[k];
      metrics.tierDay(kL, stock, owed, drawn, c.tierHoldingPerDay[k], c.tierTarget[k], perReference);
    }
    after.intoArray(stockAfter, 0);
    holdingCost.intoArray(holding, 0);
    owedTotal.intoArray(totalOwed, 0);

    final double basePrice = c.basePrice[m];
    final double elasticity = c.elasticity[m];
    DoubleVector shortfall = load(shortfallToday, mL);
    if (elasticity > 0) {
      DoubleVector raised = shortfall.div(load(toServe, 0)).mul(elasticity).add(1).mul(basePrice);
      of(basePrice).blend(raised, shortfall.compare(GT, 0)).intoArray(price, mL);
    } else {
      of(basePrice).intoArray(price, mL);
    }
    final double step = c.substitutionStep[m];
    if (step > 0) {
      DoubleVector share = load(substitution, mL);
      smaller(of(c.substitutionMax[m]), share.add(step))
          .blend(larger(zero(), share.sub(step)), VectorMask.fromArray(SPECIES, stressed, 0).not())
          .intoArray(substitution, mL);
    }
    final int consumedAt = (t * c.materialCount + m) * L;
    load(servedFromArrivals, 0).add(load(servedFromStockToday, mL)).intoArray(consumed, consumedAt);
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
    DoubleVector moved = load(repaidNow, 0);
    for (int k = k0; k < k1; k++) {
      if (!c.tierRuled[k]) {
        continue;
      }
      final int kL = k * L;
      DoubleVector debt = load(owed, kL);
      DoubleVector due = load(installment, kL);
      DoubleVector paidToday = load(repaidToday, kL);
      VectorMask<Double> owing = debt.compare(GT, 0).andNot(VectorMask.fromArray(SPECIES, releasing, kL))
          .and(paidToday.compare(LT, due));
      if (!owing.anyTrue()) {
        continue;
      }
      DoubleVector lender = load(stock, kL);
      DoubleVector left = smaller(smaller(debt, due.sub(paidToday)), of(c.tierCapacity[k]).sub(lender));
      for (int f = k0; f < k1; f++) {
        if (c.tierRuled[f]) {
          continue;
        }
        final int fL = f * L;
        DoubleVector firm = load(stock, fL);
        DoubleVector spare = firm.sub(c.tierTarget[f]);
        VectorMask<Double> pays = owing.and(left.compare(GT, 0)).and(spare.compare(GT, 0));
        if (!pays.anyTrue()) {
          continue;
        }
        DoubleVector pay = smaller(left, spare);
        firm.sub(pay, pays).intoArray(stock, fL);
        lender = lender.add(pay, pays);
        debt = debt.sub(pay, pays);
        left = left.sub(pay, pays);
        moved = moved.add(pay, pays);
      }
      lender.intoArray(stock, kL);
      debt.intoArray(owed, kL);
    }
    moved.intoArray(repaidNow, 0);
  }

  /**
   * Some of the order could not be shipped in the lanes of {@code surgeLanes}: their allowances
   * grow, and sources with room take the rest, in proportion to that room.
   */
  private void surge(int mL, int s0, int s1, double base) {
    VectorMask<Double> lanes = VectorMask.fromArray(SPECIES, surgeLanes, 0);
    DoubleVector room = zero();
    for (int s = s0; s < s1; s++) {
      final int sL = s * L;
      DoubleVector capacity = load(capacityNow, sL);
      DoubleVector allowance = smaller(capacity, load(surgeAllowance, sL).add(capacity.mul(c.surgeRate[s])));
      allowance.intoArray(surgeAllowance, sL, lanes);
      DoubleVector free = smaller(load(capacityLimit, sL), allowance.add(c.share[s] * base)).sub(load(shipped, sL));
      DoubleVector open = free.blend(0, free.compare(GT, 0).not());
      open.intoArray(headroom, sL);
      room = room.add(open);
    }
    lanes.or(VectorMask.fromArray(SPECIES, surging, mL)).intoArray(surging, mL);
    VectorMask<Double> spread = lanes.and(room.compare(GT, 0));
    if (spread.anyTrue()) {
      DoubleVector fraction = smaller(of(1), load(unmet, 0).div(room));
      for (int s = s0; s < s1; s++) {
        final int sL = s * L;
        load(shipped, sL).add(fraction.mul(load(headroom, sL)), spread).intoArray(shipped, sL);
      }
    }
  }

  /**
   * All of the order could be shipped in the lanes of {@code relaxLanes}: their allowances shrink
   * back, never below what is in use.
   */
  private void relaxSurge(int mL, int s0, int s1, double base) {
    VectorMask<Double> lanes = VectorMask.fromArray(SPECIES, relaxLanes, 0);
    VectorMask<Double> still = SPECIES.maskAll(false);
    for (int s = s0; s < s1; s++) {
      final int sL = s * L;
      DoubleVector used = load(shipped, sL).sub(c.share[s] * base);
      DoubleVector shrunk = load(surgeAllowance, sL).sub(load(capacityNow, sL).mul(c.surgeRate[s]));
      DoubleVector allowance = larger(used.blend(0, used.compare(GT, 0).not()), shrunk);
      allowance.intoArray(surgeAllowance, sL, lanes);
      still = still.or(allowance.compare(GT, 0));
    }
    VectorMask.fromArray(SPECIES, surging, mL).andNot(lanes).or(still.and(lanes)).intoArray(surging, mL);
  }

  /** How far {@link #deposit} may fill a tier. */
  private enum Room {
    /** A free tier up to its target (within capacity). */
    TO_TARGET,
    /** A ruled tier up to its target less what it is owed (within capacity). */
    TO_TARGET_LESS_OWED,
    /** A free tier up to its capacity. */
    TO_CAPACITY
  }

  /**
   * Puts what it can of the lanes' surplus ({@code surplusNow}) into tier {@code k} of material
   * lanes {@code mL}, up to {@code room}, within its budget, at {@code unitCost}.
   */
  private void deposit(int mL, int k, Room room) {
    final int kL = k * L;
    final double target = c.tierTarget[k];
    final double capacity = c.tierCapacity[k];
    DoubleVector units = load(stock, kL);
    DoubleVector space = switch (room) {
      case TO_TARGET -> of(min(target, capacity)).sub(units);
      case TO_TARGET_LESS_OWED -> smaller(of(target).sub(load(owed, kL)), of(capacity)).sub(units);
      case TO_CAPACITY -> of(capacity).sub(units);
    };
    VectorMask<Double> taking = space.compare(GT, 0);
    if (!c.tierBuyWhileShocked[k]) {
      taking = taking.andNot(VectorMask.fromArray(SPECIES, shocked, mL));
    }
    if (!taking.anyTrue()) {
      return;
    }
    DoubleVector surplus = load(surplusNow, 0);
    DoubleVector cost = load(unitCost, 0);
    DoubleVector budget = load(budgetLeft, kL);
    DoubleVector put = smaller(space, surplus);
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

  /** Smaller of two values that are never NaN: cheaper than Math.min, which orders NaN and -0.0. */
  private static double min(double a, double b) {
    return a <= b ? a : b;
  }

  private static int min(int a, int b) {
    return a <= b ? a : b;
  }
}
