package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.sim.Scenarios.china;
import static org.stockpile.sim.Scenarios.japan;
import static org.stockpile.sim.Scenarios.ree;
import static org.stockpile.sim.Scenarios.tenPerDay;
import static org.stockpile.sim.Trace.REPAID;
import static org.stockpile.sim.Trace.SERVED_STOCK;
import static org.stockpile.sim.Trace.SHORTFALL;
import static org.stockpile.sim.Trace.STOCK_AFTER;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stockpile.metrics.Metric;
import org.stockpile.model.ExportControl;
import org.stockpile.model.RefillRule;
import org.stockpile.model.ReleaseRule;
import org.stockpile.model.RunSettings;
import org.stockpile.model.StockpileTier;

/** Release and refill rules, loans and budgets, by hand: 10 units a day, capacity 20, no lead time. */
class StockpileRulesTest {
  private static final double EPS = 1e-9;

  @Test
  void privateTierIsDrawnBeforeThePublicTierWhateverTheFileOrder() throws Exception {
    Trace trace = Trace.of(japan(tenPerDay().source(china(1))
        .stockpile("public", StockpileTier.ruled(4, ReleaseRule.sale()))
        .stockpile("private", StockpileTier.free(2)).build())
        .shock(ExportControl.ban("CN", List.of(), ree(), 10, 3)).build());
    // Priority order puts the free (private) tier first: global tier index 0 is private.
    assertEquals(10, trace.tier(10, 0), EPS);
    assertEquals(40, trace.tier(10, 1), EPS);
    assertEquals(0, trace.tier(11, 0), EPS);
    assertEquals(40, trace.tier(11, 1), EPS);
    assertEquals(30, trace.tier(12, 1), EPS);
  }

  @Test
  void releaseWaitsForLatencyBeforeDrawingPublicStock() throws Exception {
    Trace trace = Trace.of(japan(tenPerDay().source(china(1))
        .stockpile("private", StockpileTier.free(2))
        .stockpile("public", StockpileTier.ruled(10, ReleaseRule.sale().withLatencyDays(3).withMaxPerDay(4.0))).build())
        .shock(ExportControl.ban("CN", List.of(), ree(), 10, 20)).build());
    assertEquals(10, trace.get(11, SERVED_STOCK), EPS, "private stock: 2 days");
    for (int t = 12; t <= 14; t++) {
      assertEquals(10, trace.get(t, SHORTFALL), EPS, "trigger holding, day " + t);
    }
    for (int t = 15; t <= 29; t++) {
      assertEquals(4, trace.get(t, SERVED_STOCK), EPS, "capped release, day " + t);
      assertEquals(6, trace.get(t, SHORTFALL), EPS);
    }
  }

  @Test
  void shortfallWhileAReleaseRuleHoldsStockBackCountsAsShortWithStock() throws Exception {
    // As above: 30 units short during the latency, then 6 a day for 15 days under the 4-unit cap,
    // while the public tier still holds 100 - 60 = 40 units at the least.
    Trace trace = Trace.of(japan(tenPerDay().source(china(1))
        .stockpile("private", StockpileTier.free(2))
        .stockpile("public", StockpileTier.ruled(10, ReleaseRule.sale().withLatencyDays(3).withMaxPerDay(4.0))).build())
        .shock(ExportControl.ban("CN", List.of(), ree(), 10, 20)).build());
    assertEquals(120, trace.result.stats("ree", Metric.SHORTFALL_UNITS).mean(), EPS);
    assertEquals(120, trace.result.stats("ree", Metric.SHORTFALL_WITH_STOCK_UNITS).mean(), EPS);
    assertEquals(0, trace.result.stats("ree", Metric.SHORTFALL_STOCK_EMPTY_UNITS).mean(), EPS);
    assertEquals(120, trace.result.tierStats("ree", "public", Metric.SHORTFALL_WITH_STOCK_UNITS).mean(), EPS);
    assertEquals(0, trace.result.tierStats("ree", "private", Metric.SHORTFALL_WITH_STOCK_UNITS).mean(), EPS,
        "firms' stock was gone before the first short day");
  }

  @Test
  void shortfallOnceEveryTierIsEmptyCountsAsShortWithStocksEmpty() throws Exception {
    // Firms' 20 units cover days 10-11, the public 30 days 12-14 (no latency, no cap): then 10 a day
    // short for days 15-19 with nothing left anywhere.
    Trace trace = Trace.of(japan(tenPerDay().source(china(1))
        .stockpile("private", StockpileTier.free(2))
        .stockpile("public", StockpileTier.ruled(3, ReleaseRule.sale())).build())
        .shock(ExportControl.ban("CN", List.of(), ree(), 10, 10)).build());
    assertEquals(50, trace.result.stats("ree", Metric.SHORTFALL_UNITS).mean(), EPS);
    assertEquals(0, trace.result.stats("ree", Metric.SHORTFALL_WITH_STOCK_UNITS).mean(), EPS);
    assertEquals(50, trace.result.stats("ree", Metric.SHORTFALL_STOCK_EMPTY_UNITS).mean(), EPS);
  }

  @Test
  void triggerShareIgnoresSmallGaps() throws Exception {
    Trace trace = Trace.of(japan(tenPerDay().source(china(1))
        .stockpile("public", StockpileTier.ruled(10, ReleaseRule.sale().withTriggerShare(0.5))).build())
        .shock(ExportControl.quota("CN", List.of(), ree(), 0.6, 10, 5)).build());
    assertEquals(0, trace.sum(SERVED_STOCK), EPS, "a 40 % gap is below the 50 % trigger");
    assertEquals(20, trace.sum(SHORTFALL), EPS);
  }

  @Test
  void loansArePaidBackInInstallmentsOnceSupplyRecoversAndThePremiumIsMoney() throws Exception {
    // Lent 30 units over days 10-12 at 10 % premium: 30 units owed back (3 a day over 10 days from
    // day 13), and a premium of 30 x 0.1 x 100 = 300 in money; the tier ends at its target, not above.
    Trace trace = Trace.of(japan(tenPerDay().source(china(1))
        .stockpile("public", StockpileTier.ruled(5, ReleaseRule.loan().withPaybackDays(10).withLoanPremium(0.1))).build())
        .shock(ExportControl.ban("CN", List.of(), ree(), 10, 3)).build());
    assertEquals(30, trace.sum(SERVED_STOCK), EPS);
    assertEquals(20, trace.get(12, STOCK_AFTER), EPS);
    for (int t = 13; t <= 22; t++) {
      assertEquals(3, trace.get(t, REPAID), 1e-9, "installment on day " + t);
    }
    assertEquals(30, trace.sum(REPAID), 1e-9);
    assertEquals(50, trace.get(39, STOCK_AFTER), 1e-9, "lent 30, repaid 30: back at the target of 50");
    assertEquals(30, trace.result.stats("ree", Metric.MAX_LOANS_OUTSTANDING).mean(), 1e-9);
    assertEquals(300, trace.result.stats("ree", Metric.LOAN_PREMIUMS).mean(), 1e-9);
    assertEquals(300, trace.result.tierStats("ree", "public", Metric.LOAN_PREMIUMS).mean(), 1e-9);
    assertEquals(3 * 100, trace.result.stats("ree", Metric.ACQUISITION_COST).mean() / 10, 1e-9,
        "firms buy the 30 units repaid at the landed price of 100: 3,000");
  }

  @Test
  void refillIsCappedByTheMaximumBuyRate() throws Exception {
    Trace trace = Trace.of(japan(tenPerDay().source(china(1))
        .stockpile("private", StockpileTier.free(5).withRefill(RefillRule.of(2.0, null, true))).build())
        .shock(ExportControl.ban("CN", List.of(), ree(), 10, 5))
        .run(RunSettings.of(7, 1, 60)).build());
    assertEquals(0, trace.get(14, STOCK_AFTER), EPS);
    assertEquals(2, trace.get(15, STOCK_AFTER), EPS);
    assertEquals(20, trace.get(24, STOCK_AFTER), EPS);
    assertEquals(50, trace.get(39, STOCK_AFTER), EPS);
  }

  @Test
  void refillStopsWhenTheYearsBudgetIsSpent() throws Exception {
    StockpileTier tier = StockpileTier.free(5).withInitialDays(0).withRefill(RefillRule.of(null, 1000.0, true));
    Trace trace = Trace.of(japan(tenPerDay().source(china(1)).stockpile("private", tier).build()).build());
    assertEquals(10, trace.get(39, STOCK_AFTER), EPS, "a budget of 1000 buys 10 units at a price of 100");
    assertEquals(1000, trace.result.stats("ree", Metric.ACQUISITION_COST).mean(), 1e-6);
  }

  @Test
  void tierToldNotToBuyWhileShockedWaitsForTheShockToEnd() throws Exception {
    StockpileTier tier = StockpileTier.free(5).withInitialDays(0).withRefill(RefillRule.of(null, null, false));
    Trace trace = Trace.of(japan(tenPerDay().source(china(1)).stockpile("private", tier).build())
        .shock(ExportControl.quota("CN", List.of("TW"), ree(), 0.5, 0, 10)).build());
    // The quota targets Taiwan, so it does not touch Japan's flows: the tier buys at once.
    assertEquals(50, trace.get(9, STOCK_AFTER), EPS);
    Trace shocked = Trace.of(japan(tenPerDay().source(china(1)).stockpile("private", tier).build())
        .shock(ExportControl.quota("CN", List.of(), ree(), 0.9, 0, 10)).build());
    assertEquals(0, shocked.get(9, STOCK_AFTER), EPS, "quota of 0.9 hits Japan: no buying");
    assertTrue(shocked.get(12, STOCK_AFTER) > 0);
  }

  @Test
  void aReleaseProgrammeOutlastsASingleCalmDay() throws Exception {
    Trace trace = Trace.of(japan(tenPerDay().source(china(1))
        .stockpile("public", StockpileTier.ruled(20, ReleaseRule.sale().withLatencyDays(3))).build())
        .shock(ExportControl.ban("CN", List.of(), ree(), 10, 10))
        .shock(ExportControl.ban("CN", List.of(), ree(), 21, 10)).build());
    assertEquals(List.of(10, 11, 12), trace.daysWith(SHORTFALL).subList(0, 3), "latency: three days short");
    assertEquals(10, trace.get(13, SERVED_STOCK), EPS, "release starts on the fourth day");
    assertEquals(10, trace.get(21, SERVED_STOCK), EPS, "one calm day (20) does not end the programme");
    assertEquals(0, trace.get(21, SHORTFALL), EPS);
  }

  @Test
  void stocksDoNotCreepAboveTargetWithRecyclingAndNoise() throws Exception {
    Trace trace = Trace.of(japan(tenPerDay().demandNoise(0.2).source(china(1).withLeadTime(20))
        .recycling(new org.stockpile.model.Recycling(0.2, 30))
        .stockpile("private", StockpileTier.free(10)).build())
        .run(RunSettings.of(3, 1, 720)).build());
    for (int t = 360; t < 720; t += 30) {
      double cover = trace.get(t, STOCK_AFTER) / 10;
      assertTrue(cover > 5 && cover < 20, "day " + t + ": " + cover + " days of cover for a 10-day target");
    }
  }
}
