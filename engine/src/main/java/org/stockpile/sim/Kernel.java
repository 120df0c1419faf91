package org.stockpile.sim;

import java.util.Arrays;
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
  public static final int LANES = 8;
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
  private final int[] triggerDays;
  private final int[] calmDays;
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
  private final double[] positionGap = new double[L];
  private final double[] orderable = new double[L];
  private final double[] safety = new double[L];
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
    metrics = new ReplicateMetrics(compiled, layout, L);
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
    triggerDays = new int[tiers * L];
    calmDays = new int[tiers * L];
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
      for (int l = 0; l < L; l++) {
        this.metrics.dayTotals(t, l, shortfallToday, servedFromStockToday);
      }
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
    for (int l = 0; l < L; l++) {
      int i = mL + l;
      todayPrice[l] = price[i];
      double value = base * demandMultiplier[i] * (1 - substitution[i]);
      expected[l] = value;
      demand[l] = value;
    }
    if (noisy[m]) {
      final double mu = c.noiseMu[m];
      final double sigma = c.noiseSigma[m];
      for (int l = 0; l < L; l++) {
        demand[l] = expected[l] * Math.exp(mu + sigma * demandRandom[mL + l].nextGaussian());
      }
    }
    for (int l = 0; l < L; l++) {
      toServe[l] = demand[l] + backlogUnits[mL + l];
    }
    int lag = c.recyclingLag[m];
    if (lag > 0 && t >= lag) {
      double share = c.recyclingShare[m];
      int from = ((t - lag) * c.materialCount + m) * L;
      for (int l = 0; l < L; l++) {
        recycled[l] = share * consumed[from + l];
      }
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
    final double safetyPerUnit = safetyFactor[m];
    for (int l = 0; l < L; l++) {
      int i = mL + l;
      double need = max(0, expected[l] - recycled[l]);
      importNeed[l] = need;
      double pipelineGap = need * flowLeadDays[i] - inTransit[i];
      double backlog = backlogUnits[i];
      positionGap[l] = pipelineGap + backlog;
      orderable[l] = max(0, pipelineGap) + backlog;
      safety[l] = safetyPerUnit * expected[l];
      stockBefore[l] = 0;
    }
    final double[] stock = this.stock;
    final double[] owed = this.owed;
    for (int k = c.tierStart[m]; k < c.tierEnd[m]; k++) {
      final int kL = k * L;
      final double target = c.tierTarget[k];
      final boolean firstFree = k == firstFreeTier[m];
      final boolean ruled = c.tierRuled[k];
      final boolean buyWhileShocked = c.tierBuyWhileShocked[k];
      final double maxBuy = c.tierMaxBuy[k];
      for (int l = 0; l < L; l++) {
        int i = kL + l;
        double units = stock[i];
        double due = owed[i];
        stockBefore[l] += units;
        drawn[i] = 0;
        repaidToday[i] = 0;
        double aim = firstFree ? target + safety[l] : target;
        double want = aim - units - due;
        positionGap[l] += (ruled ? max(0, want) : want) + due;
        double canOrder = orderable[l];
        if (due > 0) {
          canOrder += min(due, installment[i]);
        }
        if (want > 0 && (buyWhileShocked || !shocked[mL + l])) {
          double buy = min(want, maxBuy);
          double unitPrice = todayPrice[l];
          if (unitPrice > 0 && buy * unitPrice > budgetLeft[i]) {
            buy = budgetLeft[i] / unitPrice;
          }
          canOrder += buy;
        }
        orderable[l] = canOrder;
      }
    }
    for (int l = 0; l < L; l++) {
      order[l] = max(0, importNeed[l] + min(positionGap[l], orderable[l]));
    }
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
    Arrays.fill(unmet, 0);
    for (int s = s0; s < s1; s++) {
      final int sL = s * L;
      final double share = c.share[s];
      final double normal = share * base;
      for (int l = 0; l < L; l++) {
        int i = sL + l;
        double limit = capacityNow[i] * availability[i];
        if (quota[i] < 1) {
          limit = min(limit, quota[i] * normal);
        }
        capacityLimit[i] = limit;
        double wanted = share * order[l];
        double ship = min(wanted, min(limit, normal + surgeAllowance[i]));
        shipped[i] = ship;
        unmet[l] += wanted - ship;
      }
    }
    for (int l = 0; l < L; l++) {
      if (unmet[l] > 1e-12 * order[l]) {
        surge(mL + l, l, s0, s1, base, unmet[l]);
      } else if (surging[mL + l]) {
        relaxSurge(mL + l, l, s0, s1, base);
      }
    }
  }

  /** Dispatch, then 4. arrivals of the day (unless a logistics shock holds them). */
  private void arrive(int m, int t) {
    final int mL = m * L;
    final int sources = c.sourceCount;
    Arrays.fill(arrivals, 0);
    Arrays.fill(arrivalsValue, 0);
    Arrays.fill(dispatched, 0);
    Arrays.fill(dispatchedDays, 0);
    for (int s = c.sourceStart[m]; s < c.sourceEnd[m]; s++) {
      final int sL = s * L;
      final int lead = c.leadTime[s];
      final double premium = premiumFactor[s];
      final int today = (t * sources + s) * L;
      for (int l = 0; l < L; l++) {
        int i = sL + l;
        double units = shipped[i];
        if (units > 0) {
          int travel = lead + delay[i];
          int arrival = t + travel;
          dispatched[l] += units;
          dispatchedDays[l] += units * travel;
          if (arrival < horizon) {
            int slot = (arrival * sources + s) * L + l;
            pipelineUnits[slot] += units;
            pipelineValue[slot] += units * todayPrice[l] * (premium + tax[i]);
          }
        }
        int slot = today + l;
        double due = pipelineUnits[slot];
        if (due != 0) {
          double value = pipelineValue[slot];
          pipelineUnits[slot] = 0;
          pipelineValue[slot] = 0;
          if (held[i]) {
            if (t + 1 < horizon) {
              pipelineUnits[slot + sources * L] += due;
              pipelineValue[slot + sources * L] += value;
            }
          } else {
            arrivals[l] += due;
            arrivalsValue[l] += value;
          }
        }
      }
    }
    for (int l = 0; l < L; l++) {
      int i = mL + l;
      inTransit[i] += dispatched[l] - arrivals[l];
      if (dispatched[l] > 0) {
        // The pipeline needed tomorrow follows where the flow goes now, not the normal shares:
        // when a source is cut, others carry its flow with their own lead times.
        flowLeadDays[i] = dispatchedDays[l] / dispatched[l];
      }
      // Arrivals and recycling serve demand first.
      double available = arrivals[l] + recycled[l];
      supply[l] = available;
      double served = min(toServe[l], available);
      servedFromArrivals[l] = served;
      gap[l] = toServe[l] - served;
      stressed[l] = gap[l] > 0;
      servedFromStockToday[i] = 0;
    }
  }

  /**
   * 5. Stock draws: free tiers first; a ruled tier releases once the unmet share it faces has
   * exceeded its trigger on more than latencyDays consecutive days, and keeps releasing until the
   * trigger has stayed off as long (hysteresis: one calm day does not end a release programme).
   */
  private void draw(int m) {
    final int mL = m * L;
    final double[] stock = this.stock;
    for (int k = c.tierStart[m]; k < c.tierEnd[m]; k++) {
      final int kL = k * L;
      if (c.tierRuled[k]) {
        final double trigger = c.tierTrigger[k];
        final int latency = c.tierLatency[k];
        final double maxRelease = c.tierMaxRelease[k];
        final boolean loan = c.tierLoan[k];
        for (int l = 0; l < L; l++) {
          int i = kL + l;
          double unserved = gap[l];
          // unmet share > trigger, without a division: gap / toServe > trigger.
          if (unserved > trigger * toServe[l] && unserved > 0) {
            triggerDays[i]++;
            calmDays[i] = 0;
          } else {
            calmDays[i]++;
            triggerDays[i] = 0;
          }
          if (!releasing[i] && triggerDays[i] > latency) {
            releasing[i] = true;
          } else if (releasing[i] && calmDays[i] > latency) {
            releasing[i] = false;
          }
          double draw = releasing[i] ? min(min(unserved, stock[i]), maxRelease) : 0;
          if (draw > 0) {
            if (loan) {
              owed[i] += draw * (1 + c.tierLoanPremium[k]);
              installment[i] = owed[i] / c.tierPayback[k];
            }
            stock[i] -= draw;
            gap[l] = unserved - draw;
            servedFromStockToday[mL + l] += draw;
            drawn[i] = draw;
          }
        }
      } else {
        for (int l = 0; l < L; l++) {
          int i = kL + l;
          double draw = min(gap[l], stock[i]);
          if (draw > 0) {
            stock[i] -= draw;
            gap[l] -= draw;
            servedFromStockToday[mL + l] += draw;
            drawn[i] = draw;
          }
        }
      }
    }
  }

  /**
   * 6. Shortfall: lost, or carried as backlog. 7. Refill from what arrived beyond demand: free
   * tiers up to their targets, loan repayments (once the lender's release has ended), ruled tiers
   * up to their targets, then free tiers up to their capacity; the rest is excess.
   */
  private void refill(int m) {
    final int mL = m * L;
    final boolean backlog = c.backlog[m];
    final int k0 = c.tierStart[m];
    final int k1 = c.tierEnd[m];
    final boolean[] ruled = c.tierRuled;
    for (int l = 0; l < L; l++) {
      int i = mL + l;
      double shortfall = gap[l];
      shortfallToday[i] = shortfall;
      backlogUnits[i] = backlog ? shortfall : 0;
      double surplus = supply[l] - servedFromArrivals[l];
      double repaid = 0;
      if (surplus > 0) {
        double unitPrice = todayPrice[l];
        double unitCost = supply[l] > 0 ? (arrivalsValue[l] + recycled[l] * unitPrice) / supply[l] : unitPrice;
        for (int k = k0; k < k1 && surplus > 0; k++) {
          int at = k * L + l;
          if (!ruled[k]) {
            surplus -= deposit(i, k, l, min(c.tierTarget[k], c.tierCapacity[k]) - stock[at], surplus, unitCost);
          } else if (owed[at] > 0 && !releasing[at]) {
            double pay = min(min(owed[at], installment[at]), min(surplus, c.tierCapacity[k] - stock[at]));
            if (pay > 0) {
              stock[at] += pay;
              owed[at] -= pay;
              surplus -= pay;
              repaid += pay;
              repaidToday[at] = pay;
            }
          }
        }
        for (int k = k0; k < k1 && surplus > 0; k++) {
          if (ruled[k]) {
            int at = k * L + l;
            surplus -= deposit(i, k, l, min(c.tierTarget[k] - owed[at], c.tierCapacity[k]) - stock[at], surplus,
                unitCost);
          }
        }
        for (int k = k0; k < k1 && surplus > 0; k++) {
          if (!ruled[k]) {
            surplus -= deposit(i, k, l, c.tierCapacity[k] - stock[k * L + l], surplus, unitCost);
          }
        }
      }
      if (lendingMaterial[m]) {
        repaid += repayFromFirmsExcess(k0, k1, l);
      }
      flows.repaid[i] = repaid;
      flows.excess[i] = surplus;
    }
  }

  /** 8. Costs, tomorrow's price and substitution; 9. what the metrics need. */
  private void account(int m, int t, boolean observed) {
    final int mL = m * L;
    final double perReference = inverseReference[m];
    Arrays.fill(stockAfter, 0);
    Arrays.fill(holding, 0);
    Arrays.fill(totalOwed, 0);
    double targets = 0;
    for (int k = c.tierStart[m]; k < c.tierEnd[m]; k++) {
      final int kL = k * L;
      final double target = c.tierTarget[k];
      final double holdingPerDay = c.tierHoldingPerDay[k];
      targets += target;
      for (int l = 0; l < L; l++) {
        int i = kL + l;
        double units = stock[i];
        stockAfter[l] += units;
        double cost = units * holdingPerDay;
        holding[l] += cost;
        totalOwed[l] += owed[i];
        metrics.tierDay(i, units, target, drawn[i], owed[i], cost, perReference);
      }
    }
    final double basePrice = c.basePrice[m];
    final double elasticity = c.elasticity[m];
    final double step = c.substitutionStep[m];
    final double substitutionMax = c.substitutionMax[m];
    final double shortageCost = c.shortageCost[m];
    final int consumedAt = (t * c.materialCount + m) * L;
    for (int l = 0; l < L; l++) {
      int i = mL + l;
      double shortfall = shortfallToday[i];
      price[i] = shortfall > 0 && elasticity > 0
          ? basePrice * (1 + elasticity * (shortfall / toServe[l]))
          : basePrice;
      if (step > 0) {
        substitution[i] = stressed[l]
            ? min(substitutionMax, substitution[i] + step)
            : max(0, substitution[i] - step);
      }
      double consumedToday = servedFromArrivals[l] + servedFromStockToday[i];
      consumed[consumedAt + l] = consumedToday;
      metrics.materialDay(i, t, demand[l], consumedToday, shortfall, servedFromStockToday[i], stockAfter[l],
          targets, totalOwed[l], holding[l], shortfall * shortageCost, perReference);
    }
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
   * Installments still due today in lane {@code l} are paid from firms' stock above their target:
   * what firms ordered to repay a loan may have reached them on a day demand took the surplus. A
   * transfer between tiers: total stock does not change.
   */
  private double repayFromFirmsExcess(int k0, int k1, int l) {
    double moved = 0;
    for (int k = k0; k < k1; k++) {
      int at = k * L + l;
      if (!c.tierRuled[k] || owed[at] <= 0 || releasing[at] || repaidToday[at] >= installment[at]) {
        continue;
      }
      double due = min(min(owed[at], installment[at] - repaidToday[at]), c.tierCapacity[k] - stock[at]);
      for (int f = k0; f < k1 && due > 0; f++) {
        int from = f * L + l;
        double spare = c.tierRuled[f] ? 0 : stock[from] - c.tierTarget[f];
        if (spare > 0) {
          double pay = min(due, spare);
          stock[from] -= pay;
          stock[at] += pay;
          owed[at] -= pay;
          due -= pay;
          moved += pay;
        }
      }
    }
    return moved;
  }

  /**
   * Some of the order of material-lane {@code i} could not be shipped: allowances grow, and
   * sources with room take the rest.
   */
  private void surge(int i, int l, int s0, int s1, double base, double unshipped) {
    double room = 0;
    for (int s = s0; s < s1; s++) {
      int at = s * L + l;
      double allowance = min(capacityNow[at], surgeAllowance[at] + c.surgeRate[s] * capacityNow[at]);
      surgeAllowance[at] = allowance;
      double free = min(capacityLimit[at], c.share[s] * base + allowance) - shipped[at];
      headroom[at] = free > 0 ? free : 0;
      room += headroom[at];
    }
    surging[i] = true;
    if (room > 0) {
      double fraction = min(1, unshipped / room);
      for (int s = s0; s < s1; s++) {
        int at = s * L + l;
        shipped[at] += fraction * headroom[at];
      }
    }
  }

  /** All of the order could be shipped: allowances shrink back, never below what is in use. */
  private void relaxSurge(int i, int l, int s0, int s1, double base) {
    boolean still = false;
    for (int s = s0; s < s1; s++) {
      int at = s * L + l;
      double used = shipped[at] - c.share[s] * base;
      double allowance = max(used > 0 ? used : 0, surgeAllowance[at] - c.surgeRate[s] * capacityNow[at]);
      surgeAllowance[at] = allowance;
      still |= allowance > 0;
    }
    surging[i] = still;
  }

  /**
   * Puts up to {@code room} of {@code available} into tier {@code k} in lane {@code l} (material-lane
   * {@code i}), within its budget; returns what it took.
   */
  private double deposit(int i, int k, int l, double room, double available, double unitCost) {
    if (room <= 0 || (shocked[i] && !c.tierBuyWhileShocked[k])) {
      return 0;
    }
    int at = k * L + l;
    double units = min(room, available);
    if (unitCost > 0 && budgetLeft[at] < units * unitCost) {
      units = budgetLeft[at] / unitCost;
    }
    if (units <= 0) {
      return 0;
    }
    stock[at] += units;
    double cost = units * unitCost;
    budgetLeft[at] -= cost;
    metrics.acquisition(i, at, cost);
    return units;
  }

  /** Smaller of two values that are never NaN: cheaper than Math.min, which orders NaN and -0.0. */
  private static double min(double a, double b) {
    return a <= b ? a : b;
  }

  /** Larger of two values that are never NaN. */
  private static double max(double a, double b) {
    return a >= b ? a : b;
  }

  private static int min(int a, int b) {
    return a <= b ? a : b;
  }
}
