package org.stockpile.sim;

import java.util.Arrays;
import org.stockpile.metrics.MetricLayout;
import org.stockpile.metrics.SeriesBlock;

/**
 * The daily kernel: steps one replicate through the horizon, day by day and material by
 * material, in the order of the model (shocks, demand, orders and shipments, arrivals, stock
 * draws and releases, shortfall, refill, costs, records). All state lives in primitive arrays
 * allocated once per kernel; a day allocates nothing. One kernel per thread.
 */
public final class Kernel {
  /** Safety stock of free tiers, in standard deviations of demand over the lead time. */
  static final double SAFETY_DEVIATIONS = 2;

  private final CompiledScenario c;
  private final int horizon;
  private final MetricLayout layout;
  private final ShockTimeline timeline = new ShockTimeline();
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

  // Sources.
  private final double[] pipelineUnits;
  private final double[] pipelineValue;
  private final double[] capacityNow;
  private final double[] surgeAllowance;
  private final double[] shipped;
  private final double[] headroom;
  private final double[] premiumFactor;
  private final boolean[] surging;
  private final double[] basePipelineDays;
  private final double[] flowLeadDays;
  private final double[] safetyFactor;
  private final double[] inverseReference;
  private final int[] firstFreeTier;
  private final double[] capacityLimit;
  private final int[] calmDays;
  private final double[] repaidToday;
  private final boolean[] lending;
  private final boolean[] releasing;
  private int nextProject;

  // Materials.
  private final double[] inTransit;
  private final double[] backlogUnits;
  private final double[] substitution;
  private final double[] price;
  private final double[] consumed;

  // Tiers (priority order).
  private final double[] stock;
  private final double[] owed;
  private final double[] installment;
  private final double[] budgetLeft;
  private final int[] triggerDays;
  private final double[] drawn;

  private final ReplicateMetrics metrics;

  private final DayFlows flows;

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
    demandRandom = new StreamGenerator[materials];
    noisy = new boolean[materials];
    for (int m = 0; m < materials; m++) {
      demandRandom[m] = new StreamGenerator();
      noisy[m] = compiled.noiseSigma[m] > 0;
    }

    shocks = new DailyShocks(compiled);
    availability = shocks.availability;
    quota = shocks.quota;
    delay = shocks.delay;
    tax = shocks.tax;
    held = shocks.held;
    demandMultiplier = shocks.demandMultiplier;
    shocked = shocks.shocked;

    pipelineUnits = new double[sources * horizon];
    pipelineValue = new double[sources * horizon];
    capacityNow = new double[sources];
    surgeAllowance = new double[sources];
    shipped = new double[sources];
    headroom = new double[sources];
    premiumFactor = new double[sources];
    for (int s = 0; s < sources; s++) {
      premiumFactor[s] = 1 + compiled.premium[s];
    }
    surging = new boolean[materials];
    basePipelineDays = new double[materials];
    flowLeadDays = new double[materials];
    safetyFactor = new double[materials];
    inverseReference = new double[materials];
    firstFreeTier = new int[materials];
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
    capacityLimit = new double[sources];
    calmDays = new int[tiers];
    repaidToday = new double[tiers];
    lending = new boolean[materials];
    for (int k = 0; k < tiers; k++) {
      lending[compiled.tierMaterial[k]] |= compiled.tierLoan[k];
    }
    releasing = new boolean[tiers];

    inTransit = new double[materials];
    backlogUnits = new double[materials];
    substitution = new double[materials];
    price = new double[materials];
    consumed = new double[materials * horizon];

    stock = new double[tiers];
    owed = new double[tiers];
    installment = new double[tiers];
    budgetLeft = new double[tiers];
    triggerDays = new int[tiers];
    drawn = new double[tiers];


    flows = new DayFlows(materials, tiers);
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
   * Runs one replicate.
   *
   * @param seed       the scenario seed
   * @param replicate  index of the replicate; with the seed, it fixes every random draw
   * @param metrics    receives the replicate's metrics at {@code metricsOffset} ({@link #layout()})
   * @param series     receives the daily series (see {@link #seriesPerMaterial}) in row
   *                   {@code seriesRow}, at {@code day * seriesCount() + series}; may be null
   * @param observer   sees every day's flows; may be null
   */
  public void run(long seed, int replicate, double[] metrics, int metricsOffset, SeriesBlock series, int seriesRow,
      DayObserver observer) {
    reset(seed, replicate);
    for (int t = 0; t < horizon; t++) {
      shocks.apply(t);
      bringProjectsOnline(t);
      if (t % 365 == 0) {
        resetBudgets();
      }
      for (int m = 0; m < c.materialCount; m++) {
        step(m, t, series, seriesRow);
      }
      this.metrics.dayTotals(t, flows.shortfall, flows.servedFromStock);
      if (observer != null) {
        observer.endOfDay(replicate, t, flows);
      }
    }
    this.metrics.write(metrics, metricsOffset);
  }

  private void reset(long seed, int replicate) {
    timeline.draw(c, seed, replicate);
    shocks.reset(timeline);
    nextProject = 0;
    metrics.reset();
    System.arraycopy(c.capacity, 0, capacityNow, 0, capacityNow.length);
    Arrays.fill(surgeAllowance, 0);
    // The pipelines need no clearing: every slot is zeroed on the day it is read, and slots past
    // the horizon are never written.
    for (int m = 0; m < c.materialCount; m++) {
      demandRandom[m].reseed(RandomStreams.streamSeed(seed, replicate, c.demandPurposeHash[m]));
      backlogUnits[m] = 0;
      surging[m] = false;
      flowLeadDays[m] = basePipelineDays[m];
      substitution[m] = 0;
      price[m] = c.basePrice[m];
      inTransit[m] = 0;
      // Start in steady state: what left before day 0 arrives on days 0 .. lead - 1.
      double base = c.baselineDemand[m];
      for (int s = c.sourceStart[m]; s < c.sourceEnd[m]; s++) {
        double flow = min(c.share[s] * base, c.capacity[s]);
        for (int d = 0; d < min(c.leadTime[s], horizon); d++) {
          pipelineUnits[d * c.sourceCount + s] = flow;
          pipelineValue[d * c.sourceCount + s] = flow * c.basePrice[m] * (1 + c.premium[s]);
          inTransit[m] += flow;
        }
      }
    }
    for (int k = 0; k < c.tierCount; k++) {
      stock[k] = c.tierInitial[k];
      owed[k] = 0;
      installment[k] = 0;
      triggerDays[k] = 0;
      calmDays[k] = 0;
      releasing[k] = false;
    }
  }

  private void bringProjectsOnline(int t) {
    while (nextProject < c.projectDay.length && c.projectDay[nextProject] <= t) {
      capacityNow[c.projectSource[nextProject]] += c.projectCapacity[nextProject];
      nextProject++;
    }
  }

  private void resetBudgets() {
    System.arraycopy(c.tierBudgetPerYear, 0, budgetLeft, 0, budgetLeft.length);
  }

  /**
   * Steps 2 to 9 for material {@code m} on day {@code t}. Loops over a material's few sources
   * and tiers are fused where the order of the model allows: small loops cost more to enter
   * than to run.
   */
  private void step(int m, int t, SeriesBlock series, int row) {
    final int s0 = c.sourceStart[m];
    final int s1 = c.sourceEnd[m];
    final int k0 = c.tierStart[m];
    final int k1 = c.tierEnd[m];
    final int sources = c.sourceCount;
    final double todayPrice = price[m];
    // Local copies let the JIT keep these in registers and drop bounds checks.
    final double[] share = c.share;
    final int[] leadTime = c.leadTime;
    final double[] premium = premiumFactor;
    final double[] stock = this.stock;
    final double[] target = c.tierTarget;
    final double[] owed = this.owed;
    final double[] capacityNow = this.capacityNow;
    final double[] shipped = this.shipped;
    final double[] headroom = this.headroom;
    final int[] delay = this.delay;
    final boolean[] ruled = c.tierRuled;
    final boolean isShocked = shocked[m];

    // 2. Demand.
    final int materials = c.materialCount;
    double base = c.baselineDemand[t * materials + m];
    double expected = base * demandMultiplier[m] * (1 - substitution[m]);
    double demand = expected;
    if (noisy[m]) {
      demand = expected * Math.exp(c.noiseMu[m] + c.noiseSigma[m] * demandRandom[m].nextGaussian());
    }
    double toServe = demand + backlogUnits[m];
    int lag = c.recyclingLag[m];
    double recycled = lag > 0 && t >= lag ? c.recyclingShare[m] * consumed[(t - lag) * materials + m] : 0;

    // 3. Orders: order-up-to on the inventory position. The economy orders today's expected
    //    imports (expected demand less recycling), plus what its position lacks: the pipeline
    //    (expected imports x lead times) less what is in transit, the backlog, what tiers miss
    //    below their aims and what they are owed. Free tiers' stock above its aim and in-transit
    //    surpluses count against it. Tiers' buying is capped by their refill rules, loans by
    //    their installments.
    double importNeed = max(0, expected - recycled);
    double pipelineDays = flowLeadDays[m];
    double pipelineGap = importNeed * pipelineDays - inTransit[m];
    double backlog = backlogUnits[m];
    double positionGap = pipelineGap + backlog;
    double orderable = max(0, pipelineGap) + backlog;
    double safety = safetyFactor[m] * expected;
    double stockBefore = 0;
    for (int k = k0; k < k1; k++) {
      double units = stock[k];
      stockBefore += units;
      drawn[k] = 0;
      repaidToday[k] = 0;
      double aim = k == firstFreeTier[m] ? target[k] + safety : target[k];
      double want = aim - units - owed[k];
      positionGap += (ruled[k] ? max(0, want) : want) + owed[k];
      if (owed[k] > 0) {
        orderable += min(owed[k], installment[k]);
      }
      if (want > 0 && !(isShocked && !c.tierBuyWhileShocked[k])) {
        double buy = min(want, c.tierMaxBuy[k]);
        if (todayPrice > 0 && buy * todayPrice > budgetLeft[k]) {
          buy = budgetLeft[k] / todayPrice;
        }
        orderable += buy;
      }
    }
    double order = max(0, importNeed + min(positionGap, orderable));

    //    Shipments: each source ships its share of the order, within capacity x availability,
    //    any quota or licensing cap, and its normal flow plus the surge allowance it has built
    //    up. What is not shipped goes to sources with room left, in proportion to that room;
    //    allowances grow while orders go unshipped.
    double unmet = 0;
    for (int s = s0; s < s1; s++) {
      double normal = share[s] * base;
      double limit = capacityNow[s] * availability[s];
      if (quota[s] < 1) {
        limit = min(limit, quota[s] * normal);
      }
      capacityLimit[s] = limit;
      double wanted = share[s] * order;
      double ship = min(wanted, min(limit, normal + surgeAllowance[s]));
      shipped[s] = ship;
      unmet += wanted - ship;
    }
    if (unmet > 1e-12 * order) {
      surge(m, s0, s1, base, unmet);
    } else if (surging[m]) {
      relaxSurge(m, s0, s1, base);
    }

    //    Dispatch, then 4. arrivals of the day (unless a logistics shock holds them).
    double arrivals = 0;
    double arrivalsValue = 0;
    double dispatched = 0;
    double dispatchedDays = 0;
    for (int s = s0; s < s1; s++) {
      double units = shipped[s];
      if (units > 0) {
        int travel = leadTime[s] + delay[s];
        int arrival = t + travel;
        dispatched += units;
        dispatchedDays += units * travel;
        if (arrival < horizon) {
          pipelineUnits[arrival * sources + s] += units;
          pipelineValue[arrival * sources + s] += units * todayPrice * (premium[s] + tax[s]);
        }
      }
      int slot = t * sources + s;
      double due = pipelineUnits[slot];
      if (due != 0) {
        double value = pipelineValue[slot];
        pipelineUnits[slot] = 0;
        pipelineValue[slot] = 0;
        if (held[s]) {
          if (t + 1 < horizon) {
            pipelineUnits[slot + sources] += due;
            pipelineValue[slot + sources] += value;
          }
        } else {
          arrivals += due;
          arrivalsValue += value;
        }
      }
    }
    inTransit[m] += dispatched - arrivals;
    if (dispatched > 0) {
      // The pipeline needed tomorrow follows where the flow goes now, not the normal shares:
      // when a source is cut, others carry its flow with their own lead times.
      flowLeadDays[m] = dispatchedDays / dispatched;
    }
    //    Arrivals and recycling serve demand first.
    double supply = arrivals + recycled;
    double servedFromArrivals = min(toServe, supply);
    double gap = toServe - servedFromArrivals;
    boolean stressed = gap > 0;

    // 5. Stock draws: free tiers first; a ruled tier releases once the unmet share it faces
    //    has exceeded its trigger on more than latencyDays consecutive days, and keeps
    //    releasing until the trigger has stayed off as long (hysteresis: one calm day does not
    //    end a release programme).
    double servedFromStock = 0;
    for (int k = k0; k < k1; k++) {
      double draw;
      if (ruled[k]) {
        // unmet share > trigger, without a division: gap / toServe > trigger.
        if (gap > c.tierTrigger[k] * toServe && gap > 0) {
          triggerDays[k]++;
          calmDays[k] = 0;
        } else {
          calmDays[k]++;
          triggerDays[k] = 0;
        }
        if (!releasing[k] && triggerDays[k] > c.tierLatency[k]) {
          releasing[k] = true;
        } else if (releasing[k] && calmDays[k] > c.tierLatency[k]) {
          releasing[k] = false;
        }
        draw = releasing[k] ? min(min(gap, stock[k]), c.tierMaxRelease[k]) : 0;
        if (draw > 0 && c.tierLoan[k]) {
          owed[k] += draw * (1 + c.tierLoanPremium[k]);
          installment[k] = owed[k] / c.tierPayback[k];
        }
      } else {
        draw = min(gap, stock[k]);
      }
      if (draw > 0) {
        stock[k] -= draw;
        gap -= draw;
        servedFromStock += draw;
        drawn[k] = draw;
      }
    }

    // 6. Shortfall: lost, or carried as backlog.
    double shortfall = gap;
    backlogUnits[m] = c.backlog[m] ? shortfall : 0;

    // 7. Refill from what arrived beyond demand: free tiers up to their targets, loan
    //    repayments (once the lender's release has ended), ruled tiers up to their targets,
    //    then free tiers up to their capacity; the rest is excess.
    double surplus = supply - servedFromArrivals;
    double repaid = 0;
    if (surplus > 0) {
      double unitCost = supply > 0 ? (arrivalsValue + recycled * todayPrice) / supply : todayPrice;
      for (int k = k0; k < k1 && surplus > 0; k++) {
        if (!ruled[k]) {
          surplus -= deposit(m, k, min(target[k], c.tierCapacity[k]) - stock[k], surplus, unitCost);
        } else if (owed[k] > 0 && !releasing[k]) {
          double pay = min(min(owed[k], installment[k]), min(surplus, c.tierCapacity[k] - stock[k]));
          if (pay > 0) {
            stock[k] += pay;
            owed[k] -= pay;
            surplus -= pay;
            repaid += pay;
            repaidToday[k] = pay;
          }
        }
      }
      for (int k = k0; k < k1 && surplus > 0; k++) {
        if (ruled[k]) {
          surplus -= deposit(m, k, min(target[k] - owed[k], c.tierCapacity[k]) - stock[k], surplus, unitCost);
        }
      }
      for (int k = k0; k < k1 && surplus > 0; k++) {
        if (!ruled[k]) {
          surplus -= deposit(m, k, c.tierCapacity[k] - stock[k], surplus, unitCost);
        }
      }
    }
    double excess = surplus;
    if (lending[m]) {
      repaid += repayFromFirmsExcess(k0, k1);
    }

    // 8. Costs, tomorrow's price and substitution; 9. what the metrics need.
    double perReference = inverseReference[m];
    double stockAfter = 0;
    double holding = 0;
    double totalTarget = 0;
    double totalOwed = 0;
    for (int k = k0; k < k1; k++) {
      double units = stock[k];
      stockAfter += units;
      double cost = units * c.tierHoldingPerDay[k];
      holding += cost;
      flows.tierStock[k] = units;
      totalTarget += target[k];
      totalOwed += owed[k];
      metrics.tierDay(k, units, target[k], drawn[k], owed[k], cost, perReference);
    }
    price[m] = shortfall > 0 && c.elasticity[m] > 0
        ? c.basePrice[m] * (1 + c.elasticity[m] * (shortfall / toServe))
        : c.basePrice[m];
    double step = c.substitutionStep[m];
    if (step > 0) {
      substitution[m] = stressed
          ? min(c.substitutionMax[m], substitution[m] + step)
          : max(0, substitution[m] - step);
    }
    double consumedToday = servedFromArrivals + servedFromStock;
    consumed[t * materials + m] = consumedToday;

    metrics.materialDay(m, t, demand, consumedToday, shortfall, servedFromStock, stockAfter, totalTarget, totalOwed,
        holding, shortfall * c.shortageCost[m], perReference);
    double cover = stockAfter * perReference;
    flows.demand[m] = demand;
    flows.toServe[m] = toServe;
    flows.arrivals[m] = arrivals;
    flows.recycled[m] = recycled;
    flows.servedFromArrivals[m] = servedFromArrivals;
    flows.servedFromStock[m] = servedFromStock;
    flows.shortfall[m] = shortfall;
    flows.repaid[m] = repaid;
    flows.excess[m] = excess;
    flows.stockBefore[m] = stockBefore;
    flows.stockAfter[m] = stockAfter;
    flows.price[m] = todayPrice;
    if (series != null) {
      int at = t * seriesCount + seriesOffset[m];
      series.put(row, at, cover);
      series.put(row, at + 1, shortfall * perReference);
      double basePrice = c.basePrice[m];
      series.put(row, at + 2, basePrice > 0 ? todayPrice / basePrice : 0);
      int[] fileOrder = c.tierReportOrder[m];
      for (int i = 0; i < fileOrder.length; i++) {
        series.put(row, at + 3 + i, stock[fileOrder[i]] * perReference);
      }
    }
  }

  /**
   * Installments still due today are paid from firms' stock above their target: what firms
   * ordered to repay a loan may have reached them on a day demand took the surplus. A transfer
   * between tiers: total stock does not change.
   */
  private double repayFromFirmsExcess(int k0, int k1) {
    double moved = 0;
    for (int k = k0; k < k1; k++) {
      if (!c.tierRuled[k] || owed[k] <= 0 || releasing[k] || repaidToday[k] >= installment[k]) {
        continue;
      }
      double due = min(min(owed[k], installment[k] - repaidToday[k]), c.tierCapacity[k] - stock[k]);
      for (int f = k0; f < k1 && due > 0; f++) {
        double spare = c.tierRuled[f] ? 0 : stock[f] - c.tierTarget[f];
        if (spare > 0) {
          double pay = min(due, spare);
          stock[f] -= pay;
          stock[k] += pay;
          owed[k] -= pay;
          due -= pay;
          moved += pay;
        }
      }
    }
    return moved;
  }

  /** Some of the order could not be shipped: allowances grow, and sources with room take the rest. */
  private void surge(int m, int s0, int s1, double base, double unmet) {
    double room = 0;
    for (int s = s0; s < s1; s++) {
      double allowance = min(capacityNow[s], surgeAllowance[s] + c.surgeRate[s] * capacityNow[s]);
      surgeAllowance[s] = allowance;
      double free = min(capacityLimit[s], c.share[s] * base + allowance) - shipped[s];
      headroom[s] = free > 0 ? free : 0;
      room += headroom[s];
    }
    surging[m] = true;
    if (room > 0) {
      double fraction = min(1, unmet / room);
      for (int s = s0; s < s1; s++) {
        shipped[s] += fraction * headroom[s];
      }
    }
  }

  /** All of the order could be shipped: allowances shrink back, never below what is in use. */
  private void relaxSurge(int m, int s0, int s1, double base) {
    boolean still = false;
    for (int s = s0; s < s1; s++) {
      double used = shipped[s] - c.share[s] * base;
      double allowance = max(used > 0 ? used : 0, surgeAllowance[s] - c.surgeRate[s] * capacityNow[s]);
      surgeAllowance[s] = allowance;
      still |= allowance > 0;
    }
    surging[m] = still;
  }

  /** Puts up to {@code room} of {@code available} into tier {@code k}, within its budget; returns what it took. */
  private double deposit(int m, int k, double room, double available, double unitCost) {
    if (room <= 0 || (shocked[m] && !c.tierBuyWhileShocked[k])) {
      return 0;
    }
    double units = min(room, available);
    if (unitCost > 0 && budgetLeft[k] < units * unitCost) {
      units = budgetLeft[k] / unitCost;
    }
    if (units <= 0) {
      return 0;
    }
    stock[k] += units;
    double cost = units * unitCost;
    budgetLeft[k] -= cost;
    metrics.acquisition(m, k, cost);
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

  private static int max(int a, int b) {
    return a >= b ? a : b;
  }
}
