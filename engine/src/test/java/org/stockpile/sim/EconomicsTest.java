package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.sim.Scenarios.china;
import static org.stockpile.sim.Scenarios.japan;
import static org.stockpile.sim.Scenarios.ree;
import static org.stockpile.sim.Scenarios.tenPerDay;
import static org.stockpile.sim.Trace.SHORTFALL;
import static org.stockpile.sim.Trace.STOCK_AFTER;
import static org.stockpile.sim.Trace.STOCK_BEFORE;
import static org.stockpile.sim.Trace.UNSTORED;

import org.junit.jupiter.api.Test;
import org.stockpile.metrics.Metric;
import org.stockpile.model.Logistics;
import org.stockpile.model.RefillRule;
import org.stockpile.model.ReleaseRule;
import org.stockpile.model.RunSettings;
import org.stockpile.model.Scenario;
import org.stockpile.model.ShockWindow;
import org.stockpile.model.StockpileTier;

/**
 * The cost model and where every unit goes, on scenarios small enough to work out by hand
 * (10 units a day at 100 a unit, one source with no lead time).
 */
class EconomicsTest {
  private static final double EPS = 1e-9;

  /** Ten days of cargo held at sea from day 10, then ten days of recovery. */
  private static Logistics heldTenDays() {
    return new Logistics(null, "CN", 0, 0, true, ShockWindow.of(10, 10).onMaterials(ree()).withRamp(0, 10));
  }

  @Test
  void heldCargoThatTheReserveRefusesWhileShockedWaitsUntilItMayTakeIt() throws Exception {
    // Days 10-19 nothing arrives: firms' 20 units cover days 10-11, the reserve releases 80 over days
    // 12-19. Day 20 (recovery starts) brings the ten held days at once, 100 units, and day 20's own
    // 10: demand takes 10, firms refill to 20, and the reserve, which does not buy while shocked,
    // refuses the other 80. They wait unstored (serving nothing, since arrivals cover demand) until
    // day 30, the first day without the shock, when the reserve takes them all.
    StockpileTier reserve = StockpileTier.ruled(10, ReleaseRule.sale())
        .withRefill(RefillRule.of(null, null, false));
    Trace trace = Trace.of(japan(tenPerDay().source(china(1))
        .stockpile("private", StockpileTier.free(2).withCapacityDays(2))
        .stockpile("public", reserve).build())
        .shock(heldTenDays()).run(RunSettings.of(7, 1, 60)).build());
    assertEquals(0, trace.sum(SHORTFALL), EPS, "no gap, neither during the hold nor after it");
    assertEquals(20, trace.tier(19, 1), EPS, "the reserve released 80");
    for (int t = 20; t < 30; t++) {
      assertEquals(80, trace.get(t, UNSTORED), EPS, "waiting on day " + t);
      assertEquals(20, trace.tier(t, 1), EPS, "refused while shocked, day " + t);
    }
    assertEquals(100, trace.tier(30, 1), EPS, "the reserve takes the cargo the first day it may buy");
    assertEquals(0, trace.get(30, UNSTORED), EPS);
    assertEquals(80, trace.result.stats("ree", Metric.EXCESS_UNITS).mean(), EPS, "counted once");
    assertEquals(80, trace.result.stats("ree", Metric.EXCESS_SHOCKED_UNITS).mean(), EPS);
    assertEquals(0, trace.result.stats("ree", Metric.EXCESS_FULL_UNITS).mean(), EPS);
    assertEquals(18, trace.result.tierStats("ree", "public", Metric.DAYS_BELOW_TARGET).mean(), EPS,
        "below target on days 12-29 only");
    assertEquals(100 * 100 + 80 * 100, trace.result.tierStats("ree", "public", Metric.INITIAL_STOCK_COST).mean()
        + trace.result.tierStats("ree", "public", Metric.ACQUISITION_COST).mean(), EPS,
        "the reserve pays for the 80 units when it takes them");
  }

  @Test
  void maxBuyPerDayCapsWhatATierTakesInNotOnlyWhatItOrders() throws Exception {
    // Held days 10-14 empty firms' 50 units; day 15 brings 60 units: 10 for demand, 2 for firms
    // (their cap), 48 wait. Then firms take 2 a day from what waits: 2 (k + 1) on day 15 + k, full
    // (50) on day 39, when nothing waits any more.
    StockpileTier firms = StockpileTier.free(5).withCapacityDays(5).withRefill(RefillRule.of(2.0, null, true));
    Trace trace = Trace.of(japan(tenPerDay().source(china(1)).stockpile("private", firms).build())
        .shock(Logistics.of("CN", ree(), 0, 0, true, 10, 5)).run(RunSettings.of(7, 1, 60)).build());
    assertEquals(0, trace.get(14, STOCK_AFTER), EPS);
    for (int k = 0; k <= 24; k++) {
      assertEquals(2 * (k + 1), trace.get(15 + k, STOCK_AFTER), EPS, "firms on day " + (15 + k));
      assertEquals(48 - 2 * k, trace.get(15 + k, UNSTORED), EPS, "waiting on day " + (15 + k));
    }
    for (int t = 0; t < 60; t++) {
      assertTrue(trace.get(t, STOCK_AFTER) - trace.get(t, STOCK_BEFORE) <= 2 + EPS, "at most 2 in on day " + t);
    }
    assertEquals(0, trace.sum(SHORTFALL), EPS, "firms' 50 units covered the five days held");
    assertEquals(48, trace.result.stats("ree", Metric.EXCESS_LIMITED_UNITS).mean(), EPS);
  }

  /** One year, no shock: a reserve of {@code days} days that stays full, storage 36.5 a unit-year. */
  private static RunResult calmYear(double days, double capitalRate, double discountRate) throws Exception {
    Scenario scenario = japan(tenPerDay().source(china(1))
        .stockpile("public", StockpileTier.ruled(days, ReleaseRule.sale()).withHoldingCost(36.5)).build())
        .run(RunSettings.of(7, 1, 365).withRates(capitalRate, discountRate)).build();
    return MonteCarlo.run(CompiledScenario.compile(scenario), new RunOptions(1, 7, 1, false, null));
  }

  private static double mean(RunResult result, Metric metric) {
    return result.stats("ree", metric).mean();
  }

  @Test
  void aBiggerReserveCostsItsStorageAndCapitalAndIsCreditedAtTheEnd() throws Exception {
    // 10 days = 100 units bought at 100 on day 0 (10,000), stored a year at 36.5 (3,650), capital at
    // 5 % of 10,000 (500), worth 10,000 at the end: net 4,150. Twice the days, twice every part.
    RunResult small = calmYear(10, 0.05, 0);
    RunResult big = calmYear(20, 0.05, 0);
    assertEquals(10_000, mean(small, Metric.INITIAL_STOCK_COST), 1e-9);
    assertEquals(0, mean(small, Metric.ACQUISITION_COST), 1e-9);
    assertEquals(3_650, mean(small, Metric.HOLDING_COST), 1e-6);
    assertEquals(500, mean(small, Metric.CAPITAL_COST), 1e-6);
    assertEquals(0, mean(small, Metric.SHORTAGE_COST), 1e-9);
    assertEquals(10_000, mean(small, Metric.END_STOCK_VALUE), 1e-9);
    assertEquals(4_150, mean(small, Metric.NET_COST), 1e-6);
    assertEquals(10_000, mean(big, Metric.INITIAL_STOCK_COST) - mean(small, Metric.INITIAL_STOCK_COST), 1e-9,
        "the extra stock is an outlay at the start...");
    assertEquals(10_000, mean(big, Metric.END_STOCK_VALUE) - mean(small, Metric.END_STOCK_VALUE), 1e-9,
        "...and value kept at the end");
    assertEquals(100 * (36.5 + 5), mean(big, Metric.NET_COST) - mean(small, Metric.NET_COST), 1e-6,
        "the net difference is the extra stock's storage and capital");
    assertEquals(mean(big, Metric.NET_COST), big.totalStats(Metric.NET_COST).mean(), 0);
  }

  @Test
  void aDiscountRateMakesEveryPartAPresentValue() throws Exception {
    double rate = 0.03;
    RunResult result = calmYear(10, 0.05, rate);
    double storage = 0;
    double capital = 0;
    for (int t = 0; t < 365; t++) {
      double factor = StrictMath.pow(1 + rate, -t / 365.0);
      storage += 100 * 0.1 * factor;
      capital += 100 * 100 * (0.05 / 365) * factor;
    }
    double end = 10_000 / 1.03;
    assertEquals(10_000, mean(result, Metric.INITIAL_STOCK_COST), 1e-9, "day 0 is not discounted");
    assertEquals(storage, mean(result, Metric.HOLDING_COST), 1e-6);
    assertEquals(capital, mean(result, Metric.CAPITAL_COST), 1e-6);
    assertEquals(end, mean(result, Metric.END_STOCK_VALUE), 1e-6, "credited a year later");
    assertEquals(10_000 + storage + capital - end, mean(result, Metric.NET_COST), 1e-6);
  }

  @Test
  void aTiersOwnCostOfCapitalOverridesTheRunsRate() throws Exception {
    Scenario scenario = japan(tenPerDay().source(china(1))
        .stockpile("private", StockpileTier.free(10).withCapitalCostRate(0.08))
        .stockpile("public", StockpileTier.ruled(10, ReleaseRule.sale())).build())
        .run(RunSettings.of(7, 1, 365).withRates(0.02, 0)).build();
    RunResult result = MonteCarlo.run(CompiledScenario.compile(scenario), new RunOptions(1, 7, 1, false, null));
    assertEquals(100 * 100 * 0.08, result.tierStats("ree", "private", Metric.CAPITAL_COST).mean(), 1e-6,
        "firms' 8 % on 10,000");
    assertEquals(100 * 100 * 0.02, result.tierStats("ree", "public", Metric.CAPITAL_COST).mean(), 1e-6,
        "the run's 2 % on 10,000");
  }
}
