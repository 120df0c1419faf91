package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stockpile.metrics.Metric;
import org.stockpile.model.AllocationRule;
import org.stockpile.model.Country;
import org.stockpile.model.Economy;
import org.stockpile.model.ExportControl;
import org.stockpile.model.Material;
import org.stockpile.model.RunSettings;
import org.stockpile.model.Shock;
import org.stockpile.model.Source;
import org.stockpile.model.Supplier;
import org.stockpile.model.World;

/**
 * Two economies sharing one supplier, computed by hand: each allocation rule, a flow cap that
 * leaves room to the other economy, a ban on one economy's flow with a re-export route.
 */
class WorldAllocationTest {
  private static final int DAYS = 30;

  private static Material material(double demand, double shortageCost, Source... sources) {
    Material.Builder builder = Material.builder(demand, 10, shortageCost);
    for (Source source : sources) {
      builder.source(source);
    }
    return builder.build();
  }

  private static World world(AllocationRule rule, double capacity, Material a, Material b, List<Shock> shocks) {
    Map<String, Country> countries = new LinkedHashMap<>();
    countries.put("CN", Country.of("China"));
    countries.put("JP", Country.of("Japan"));
    countries.put("KR", Country.of("Korea"));
    Map<String, Economy> economies = new LinkedHashMap<>();
    economies.put("JP", Economy.of(Map.of("ree", a)));
    economies.put("KR", Economy.of(Map.of("ree", b)));
    return new World("shared", null, null, null, countries, economies,
        Map.of("ree", Map.of("china", Supplier.of(capacity))), null, rule, null, shocks, null, RunSettings.of(1, 8, DAYS));
  }

  /** Mean shortfall per day of each economy. */
  private static double[] shortfallPerDay(World world) throws Exception {
    WorldResult result = WorldMonteCarlo.run(world);
    return new double[] {
        result.economy("JP").stats("ree", Metric.SHORTFALL_UNITS).mean() / DAYS,
        result.economy("KR").stats("ree", Metric.SHORTFALL_UNITS).mean() / DAYS};
  }

  private static Source china(double share) {
    return Source.fromSupplier("china", "china", share, "CN");
  }

  @Test
  void proRataSharesInProportionToNormalFlows() throws Exception {
    // Claims 120 and 40 on 100: by normal flows 120:40, 75 and 25.
    double[] short_ = shortfallPerDay(world(AllocationRule.PRO_RATA, 100, material(120, 50, china(1)),
        material(40, 50, china(1)), List.of()));
    assertEquals(45, short_[0], 1e-9);
    assertEquals(15, short_[1], 1e-9);
  }

  @Test
  void proRataOffersWhatOneCannotUseToTheOthers() throws Exception {
    // Korea's flow is capped at 10 (its share would be 25): Japan gets the other 90.
    double[] short_ = shortfallPerDay(world(AllocationRule.PRO_RATA, 100, material(120, 50, china(1)),
        material(40, 50, china(1).withCapacity(10)), List.of()));
    assertEquals(30, short_[0], 1e-9);
    assertEquals(30, short_[1], 1e-9);
  }

  @Test
  void contractsFirstServesContractsPthenTheRestProRata() throws Exception {
    // Contracts 30 and 10 are met (40 of 100); the other 60 go 30:30 by normal flows (80:80).
    double[] short_ = shortfallPerDay(world(AllocationRule.CONTRACTS_FIRST, 100,
        material(80, 50, china(1).withContract(30)), material(80, 50, china(1).withContract(10)), List.of()));
    assertEquals(20, short_[0], 1e-9);
    assertEquals(40, short_[1], 1e-9);
    // Contracts 90 and 60 on 100: claims 80 and 60 water-filled by contract, 60 and 40.
    short_ = shortfallPerDay(world(AllocationRule.CONTRACTS_FIRST, 100,
        material(80, 50, china(1).withContract(90)), material(80, 50, china(1).withContract(60)), List.of()));
    assertEquals(20, short_[0], 1e-9);
    assertEquals(40, short_[1], 1e-9);
  }

  @Test
  void highestBidderServesTheHigherShortageCostFirst() throws Exception {
    double[] short_ = shortfallPerDay(world(AllocationRule.HIGHEST_BIDDER, 100, material(80, 500, china(1)),
        material(80, 1000, china(1)), List.of()));
    assertEquals(60, short_[0], 1e-9);
    assertEquals(0, short_[1], 1e-9);
  }

  @Test
  void aBanOnJapanLeavesKoreaAndItsReExportRoute() throws Exception {
    Shock ban = ExportControl.ban("CN", List.of("JP"), List.of(), 10, 10);
    Source reExport = Source.fromSupplier("via-korea", "china", 0, "CN", "KR");
    // Without a re-export route, Japan loses its 80 a day for the 10 days; Korea loses nothing.
    double[] without = shortfallPerDay(world(AllocationRule.PRO_RATA, 200, material(80, 50, china(1)),
        material(50, 50, china(1)), List.of(ban)));
    assertEquals(80.0 * 10 / DAYS, without[0], 1e-9);
    assertEquals(0, without[1], 1e-9);
    // With it, China's spare capacity reaches Japan through Korea: nobody is short.
    double[] with = shortfallPerDay(world(AllocationRule.PRO_RATA, 200, material(80, 50, china(1), reExport),
        material(50, 50, china(1)), List.of(ban)));
    assertEquals(0, with[0], 1e-9);
    assertEquals(0, with[1], 1e-9);
  }
}
