package org.stockpile.sim;

import java.util.Arrays;
import org.stockpile.metrics.MetricLayout;
import org.stockpile.metrics.SeriesBlock;
import org.stockpile.model.Days;

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
 * <p>The state of a group lives in a {@link LaneState}; each step of the day is its own small
 * class working on it ({@link DemandStep}, {@link OrderStep}, {@link ShipmentStep},
 * {@link DrawStep}, {@link RefillStep}, {@link AccountStep}), lane by lane, and each has a vector
 * form that overrides it ({@link VectorDemandStep}...), taken when the JVM has the Vector API
 * ({@link VectorApi}): the same bits, several times faster once compiled, but slower to start.
 *
 * <p>All state lives in primitive arrays allocated once per kernel (the pipeline ring grows, rarely,
 * when a group of replicates can face longer delays than any before); a day allocates nothing. One
 * kernel per thread.
 */
public final class Kernel {
  /** Replicates stepped side by side. */
  public static final int LANES = LaneWidth.COUNT;
  /** Safety stock of freely drawn tiers, in standard deviations of demand over the lead time. */
  static final double SAFETY_DEVIATIONS = 2;


  private final CompiledScenario compiled;
  private final boolean vectors;
  private final int horizon;
  private final MetricLayout layout;
  private final int[] seriesOffset;
  private final int seriesCount;
  private final LaneState state;
  private final DemandStep demands;
  private final OrderStep orders;
  private final ShipmentStep shipments;
  private final DrawStep draws;
  private final RefillStep refills;
  private final AccountStep accounts;
  private int nextProject;
  private ShockDraws shockDraws;
  /** Per day, its slot among the days whose cover is recorded, or -1. */
  private int[] coverSlot;
  private int coverWidth;
  private double[] covers;
  private int coverFirst;

  /**
   * A kernel for {@code compiled}'s replicates: on vectors when this JVM has the Vector API, else
   * lane by lane (the same numbers, slower once compiled, but it needs no extra module and the JIT
   * compiles it sooner).
   */
  public Kernel(CompiledScenario compiled) {
    this(compiled, VectorApi.available());
  }

  /**
   * A kernel that steps its lanes on vectors ({@code vectors}; the JVM needs the Vector API) or
   * lane by lane; the numbers are the same bits either way.
   */
  public Kernel(CompiledScenario compiled, boolean vectors) {
    if (vectors && !VectorApi.available()) {
      throw new IllegalStateException("vector steps need the JDK's Vector API: start Java with --add-modules "
          + VectorApi.MODULE);
    }
    this.compiled = compiled;
    this.vectors = vectors;
    this.horizon = compiled.horizon;
    int materials = compiled.materialCount;
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
    state = new LaneState(compiled, layout, vectors);
    // The vector steps' classes are loaded only when chosen: they need the Vector API.
    demands = vectors ? new VectorDemandStep(state) : new DemandStep(state);
    orders = vectors ? new VectorOrderStep(state) : new OrderStep(state);
    shipments = vectors ? new VectorShipmentStep(state) : new ShipmentStep(state);
    draws = vectors ? new VectorDrawStep(state) : new DrawStep(state);
    refills = vectors ? new VectorRefillStep(state) : new RefillStep(state);
    accounts = vectors ? new VectorAccountStep(state, seriesOffset, seriesCount)
        : new AccountStep(state, seriesOffset, seriesCount);
  }

  /**
   * Takes replicates' shocks from {@code shockDraws} instead of drawing them (the same numbers;
   * null to draw). The draws must {@link ShockDraws#fits fit} this kernel's scenario and seed.
   */
  void useDraws(ShockDraws drawn) {
    this.shockDraws = drawn;
  }

  /**
   * Records every material's days of cover (all tiers together, in days of reference consumption)
   * at the end of {@code days} (ascending, within the horizon) into {@code into}: replicate
   * {@code r}, day {@code days[d]}, material {@code m} at {@code (r x days.length + d) x materials + m}.
   */
  void recordCover(int[] days, double[] into) {
    recordCover(days, into, 0);
  }

  /** As {@link #recordCover(int[], double[])}, replicate {@code r} at row {@code r - firstReplicate}. */
  void recordCover(int[] days, double[] into, int firstReplicate) {
    coverFirst = firstReplicate;
    coverSlot = new int[horizon];
    Arrays.fill(coverSlot, -1);
    for (int d = 0; d < days.length; d++) {
      coverSlot[days[d]] = d;
    }
    coverWidth = days.length * compiled.materialCount;
    covers = into;
  }

  /** Series recorded per day for material {@code m}: those of {@link RunResult.Series}, then each tier's cover. */
  static int seriesPerMaterial(CompiledScenario compiled, int m) {
    return RunResult.Series.values().length + compiled.tierCount(m);
  }

  /** Whether this kernel steps its lanes on vectors (else lane by lane, with the same numbers). */
  public boolean vectors() {
    return vectors;
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
    if (count < 1 || count > LANES) {
      throw new IllegalArgumentException("count must be in [1, " + LANES + "], got " + count);
    }
    begin(seed, first);
    for (int t = 0; t < horizon; t++) {
      startDay(t);
      for (int m = 0; m < compiled.materialCount; m++) {
        order(m, t);
        shipments.ship(m, t);
        serve(m, t, first, count, series, seriesRow, observer != null);
      }
      endDay(t, first, count, observer);
    }
    finish(count, metrics, metricsOffset);
  }

  // The phases of a run, which a WorldKernel interleaves across economies, with shipments decided
  // by the world's suppliers between order and serve.

  /** Starts replicates {@code first} to {@code first + LANES - 1}. */
  void begin(long seed, int first) {
    // Idle lanes run the next replicate indices too (a lane costs little) and are not reported.
    state.reset(seed, first, shockDraws);
    nextProject = 0;
  }

  /** Step 1 of day {@code t} and what every material needs before it is stepped. */
  void startDay(int t) {
    state.shocks.apply(t);
    bringProjectsOnline(t);
    if (t % Days.PER_YEAR == 0) {
      resetBudgets(t);
    }
    demands.drawNoise();
  }

  /** Steps 2 and 3 for material {@code m}: demand and orders (shipments are decided next). */
  void order(int m, int t) {
    demands.demand(m, t);
    if (state.policyView != null) {
      state.policyView.decideBeforeOrders(m, t);
    }
    orders.order(m);
  }

  /** Steps 4 to 9 for material {@code m}, once its shipments are decided, and its records. */
  void serve(int m, int t, int first, int count, SeriesBlock series, int seriesRow, boolean observed) {
    arrive(m, t);
    draw(m, t);
    settle(m, t, first, count, series, seriesRow, observed);
  }

  /** Step 4 for material {@code m}: dispatch and arrivals, which serve demand first. */
  void arrive(int m, int t) {
    shipments.arrive(m, t);
  }

  /** Step 5 for material {@code m}: the economy's own stock draws. */
  void draw(int m, int t) {
    draws.draw(m, t);
  }

  /** Steps 6 to 9 for material {@code m}: shortfall, refill, costs and records. */
  void settle(int m, int t, int first, int count, SeriesBlock series, int seriesRow, boolean observed) {
    refills.refill(m, t);
    accounts.account(m, t, observed);
    if (series != null) {
      accounts.record(m, t, series, seriesRow, count);
    }
    if (covers != null && coverSlot[t] >= 0) {
      accounts.cover(m, covers, (first - coverFirst) * coverWidth + coverSlot[t] * compiled.materialCount + m,
          coverWidth, count);
    }
  }

  /** What the day adds up over materials, and what {@code observer} (may be null) sees. */
  void endDay(int t, int first, int count, DayObserver observer) {
    state.metrics.dayTotals(t, state.shortfallToday, state.servedFromStockToday);
    if (observer != null) {
      for (int l = 0; l < count; l++) {
        observer.endOfDay(first + l, t, state.flows.lane(l, state.shortfallToday, state.servedFromStockToday,
            state.stock));
      }
    }
  }

  /** After the last day: end values, and each reported lane's metrics into {@code metrics}. */
  void finish(int count, double[] metrics, int metricsOffset) {
    accounts.end();
    int width = layout.width();
    for (int l = 0; l < count; l++) {
      state.metrics.write(l, metrics, metricsOffset + l * width);
    }
  }

  /** The lane state, which a world's allocation and market read and write between phases. */
  LaneState state() {
    return state;
  }

  private void bringProjectsOnline(int t) {
    while (nextProject < compiled.projectDay.length && compiled.projectDay[nextProject] <= t) {
      int s = compiled.projectSource[nextProject];
      for (int l = 0; l < LANES; l++) {
        state.capacityNow[s * LANES + l] += compiled.projectCapacity[nextProject];
      }
      nextProject++;
    }
  }

  /** At the start of each year of the run: budgets are available again, and targets on net imports move. */
  private void resetBudgets(int t) {
    int year = t / Days.PER_YEAR;
    for (int k = 0; k < compiled.tierCount; k++) {
      Arrays.fill(state.budgetLeft, k * LANES, k * LANES + LANES, compiled.tierBudgetPerYear[k]);
      double[] yearly = compiled.tierTargetByYear[k];
      if (yearly != null) {
        Arrays.fill(state.targetNow, k * LANES, k * LANES + LANES, yearly[Math.min(year, yearly.length - 1)]);
      }
    }
  }

}
