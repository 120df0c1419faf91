package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stockpile.sim.Scenarios.china;
import static org.stockpile.sim.Scenarios.japan;
import static org.stockpile.sim.Scenarios.ree;
import static org.stockpile.sim.Scenarios.tenPerDay;
import static org.stockpile.sim.Trace.ARRIVALS;
import static org.stockpile.sim.Trace.DEMAND;
import static org.stockpile.sim.Trace.SERVED_STOCK;
import static org.stockpile.sim.Trace.SHORTFALL;
import static org.stockpile.sim.Trace.STOCK_AFTER;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stockpile.metrics.Metric;
import org.stockpile.model.DemandSurge;
import org.stockpile.model.ExportControl;
import org.stockpile.model.ExportTax;
import org.stockpile.model.Logistics;
import org.stockpile.model.Outage;
import org.stockpile.model.ShockWindow;
import org.stockpile.model.Source;
import org.stockpile.model.StockpileTier;

/** Each shock type on a scenario small enough to follow by hand: 10 units a day, one source of capacity 20. */
class ShockEffectsTest {
  private static final double EPS = 1e-9;

  @Test
  void banStopsArrivalsAndPrivateStockCoversUntilItIsEmpty() throws Exception {
    Trace trace = Trace.of(japan(tenPerDay().source(china(1)).stockpile("private", StockpileTier.free(5)).build())
        .shock(ExportControl.ban("CN", List.of(), ree(), 10, 6)).build());
    for (int t = 10; t <= 14; t++) {
      assertEquals(0, trace.get(t, ARRIVALS), EPS);
      assertEquals(10, trace.get(t, SERVED_STOCK), EPS, "day " + t);
    }
    assertEquals(List.of(15), trace.daysWith(SHORTFALL));
    assertEquals(10, trace.get(15, SHORTFALL), EPS);
    // After the ban: capacity 20 serves 10 of demand and refills 10 a day.
    assertEquals(10, trace.get(16, STOCK_AFTER), EPS);
    assertEquals(40, trace.get(19, STOCK_AFTER), EPS);
    assertEquals(50, trace.get(20, STOCK_AFTER), EPS);
    assertEquals(50, trace.get(39, STOCK_AFTER), EPS);
  }

  @Test
  void quotaCapsFlowAtAShareOfNormal() throws Exception {
    Trace trace = Trace.of(japan(tenPerDay().source(china(1)).stockpile("private", StockpileTier.free(5)).build())
        .shock(ExportControl.quota("CN", List.of(), ree(), 0.5, 5, 20)).build());
    for (int t = 5; t <= 24; t++) {
      assertEquals(5, trace.get(t, ARRIVALS), EPS, "day " + t);
    }
    assertEquals(0, trace.get(14, STOCK_AFTER), EPS);
    assertEquals(List.of(15, 16, 17, 18, 19, 20, 21, 22, 23, 24), trace.daysWith(SHORTFALL));
    assertEquals(50, trace.sum(SHORTFALL), EPS);
  }

  @Test
  void licensingLetsAShareOfTheNormalFlowThroughLate() throws Exception {
    Trace trace = Trace.of(japan(tenPerDay().source(china(1)).stockpile("private", StockpileTier.free(5)).build())
        .shock(ExportControl.licensing("CN", List.of(), ree(), 0.5, 10, 10, 25)).build());
    // Half the normal flow of 10 is licensed, whatever the spare capacity; it arrives 10 days late.
    for (int t = 10; t <= 19; t++) {
      assertEquals(0, trace.get(t, ARRIVALS), EPS, "day " + t);
    }
    assertEquals(5, trace.get(20, ARRIVALS), EPS);
    assertEquals(0, trace.get(14, STOCK_AFTER), EPS);
    for (int t = 15; t <= 19; t++) {
      assertEquals(10, trace.get(t, SHORTFALL), EPS, "day " + t);
    }
    assertEquals(5, trace.get(25, SHORTFALL), EPS);
  }

  @Test
  void outageRemovesAShareOfCapacity() throws Exception {
    Trace mild = Trace.of(japan(tenPerDay().source(china(1)).build())
        .shock(Outage.ofCountry("CN", ree(), 0.5, 10, 5)).build());
    assertEquals(0, mild.sum(SHORTFALL), EPS, "half of capacity 20 still covers demand of 10");
    Trace severe = Trace.of(japan(tenPerDay().source(china(1)).build())
        .shock(Outage.ofSource("china", ree(), 0.75, 10, 5)).build());
    assertEquals(List.of(10, 11, 12, 13, 14), severe.daysWith(SHORTFALL));
    assertEquals(25, severe.sum(SHORTFALL), EPS);
  }

  @Test
  void logisticsShockHoldsShipmentsInTransitUntilItEnds() throws Exception {
    Trace trace = Trace.of(japan(tenPerDay().source(china(1).withLeadTime(5))
        .stockpile("private", StockpileTier.free(5)).build())
        .shock(Logistics.of("CN", ree(), 0, 0, true, 10, 3)).build());
    assertEquals(10, trace.get(9, ARRIVALS), EPS);
    for (int t = 10; t <= 12; t++) {
      assertEquals(0, trace.get(t, ARRIVALS), EPS, "held on day " + t);
    }
    assertEquals(20, trace.get(12, STOCK_AFTER), EPS);
    assertEquals(40, trace.get(13, ARRIVALS), EPS, "three held days and today's arrive together");
    assertEquals(50, trace.get(13, STOCK_AFTER), EPS);
    assertEquals(0, trace.sum(SHORTFALL), EPS);
  }

  @Test
  void demandSurgeMultipliesDemandWithItsRamp() throws Exception {
    Trace trace = Trace.of(japan(tenPerDay().source(china(1)).build())
        .shock(new DemandSurge(null, 1.5, ShockWindow.of(10, 4).onMaterials(ree()).withRamp(1, 1))).build());
    assertEquals(10, trace.get(9, DEMAND), EPS);
    assertEquals(12.5, trace.get(10, DEMAND), EPS, "ramp: half severity on its first day");
    for (int t = 11; t <= 14; t++) {
      assertEquals(15, trace.get(t, DEMAND), EPS, "day " + t);
    }
    assertEquals(12.5, trace.get(15, DEMAND), EPS, "recovery: half severity");
    assertEquals(10, trace.get(16, DEMAND), EPS);
    assertEquals(0, trace.sum(SHORTFALL), EPS, "capacity 20 covers the surge");
  }

  @Test
  void exportTaxRaisesTheLandedCostOfRefills() throws Exception {
    StockpileTier empty = StockpileTier.free(5).withInitialDays(0);
    Trace untaxed = Trace.of(japan(tenPerDay().source(china(1)).stockpile("private", empty).build()).build());
    Trace taxed = Trace.of(japan(tenPerDay().source(china(1)).stockpile("private", empty).build())
        .shock(ExportTax.of("CN", ree(), 0.25, 0, 40)).build());
    double plain = untaxed.result.stats("ree", Metric.ACQUISITION_COST).mean();
    assertEquals(50 * 100, plain, 1e-6, "50 units bought at the base price of 100");
    assertEquals(50 * 125, taxed.result.stats("ree", Metric.ACQUISITION_COST).mean(), 1e-6);
    assertEquals(0, taxed.sum(SHORTFALL), EPS, "a tax has no volume effect");
  }

  @Test
  void othersSurgeTowardCapacityAtTheirSurgeRate() throws Exception {
    Source chinaHalf = Source.of("china", 0.5, 10, "CN");
    Source australia = Source.of("lynas", 0.5, 20, "AU").withSurgeRate(0.1);
    Trace trace = Trace.of(japan(tenPerDay().source(chinaHalf).source(australia).build())
        .shock(ExportControl.ban("CN", List.of(), ree(), 10, 10)).build());
    assertEquals(7, trace.get(10, ARRIVALS), EPS, "5 of its share + 2 of surge (0.1 x capacity 20)");
    assertEquals(9, trace.get(11, ARRIVALS), EPS);
    assertEquals(10, trace.get(12, ARRIVALS), EPS);
    assertEquals(4, trace.sum(SHORTFALL), EPS);
  }

  @Test
  void intensityRampsUpHoldsAndRecoversLinearly() {
    assertEquals(0, ShockEffect.intensity(4, 5, 3, 2, 2), EPS);
    assertEquals(1.0 / 3, ShockEffect.intensity(5, 5, 3, 2, 2), EPS);
    assertEquals(2.0 / 3, ShockEffect.intensity(6, 5, 3, 2, 2), EPS);
    assertEquals(1, ShockEffect.intensity(7, 5, 3, 2, 2), EPS);
    assertEquals(1, ShockEffect.intensity(9, 5, 3, 2, 2), EPS);
    assertEquals(2.0 / 3, ShockEffect.intensity(10, 5, 3, 2, 2), EPS);
    assertEquals(1.0 / 3, ShockEffect.intensity(11, 5, 3, 2, 2), EPS);
    assertEquals(0, ShockEffect.intensity(12, 5, 3, 2, 2), EPS);
  }
}
