package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stockpile.metrics.Metric;
import org.stockpile.model.AllocationRule;
import org.stockpile.model.CollectiveRelease;
import org.stockpile.model.Country;
import org.stockpile.model.Economy;
import org.stockpile.model.ExportControl;
import org.stockpile.model.Group;
import org.stockpile.model.Material;
import org.stockpile.model.PoolDraw;
import org.stockpile.model.PooledTier;
import org.stockpile.model.RefillRule;
import org.stockpile.model.ReleaseRule;
import org.stockpile.model.RunSettings;
import org.stockpile.model.Source;
import org.stockpile.model.StockpileTier;
import org.stockpile.model.Supplier;
import org.stockpile.model.World;

/**
 * Groups, computed by hand: a collective release triggered at 7 % of the group's normal supply
 * (not at 6 %), shared by consumption or by quota, without a member that does not take part; a
 * pooled tier drawn by two members by shortfall and by contribution.
 */
class WorldGroupsTest {
  private static final int DAYS = 40;
  private static final int BAN_START = 10;
  private static final int BAN_DAYS = 10;

  /** An economy of 100 t a day: {@code chinaShare} from China (banned for Japan), the rest from Australia. */
  private static Material economy(double chinaShare, double publicDays) {
    Material.Builder material = Material.builder(100, 10, 50)
        .source(Source.fromSupplier("china", "china", chinaShare, "CN"))
        .source(Source.of("own", 1 - chinaShare, 100 * (1 - chinaShare), "AU").withSurgeRate(0));
    if (publicDays > 0) {
      material.stockpile("public", StockpileTier.ruled(publicDays, ReleaseRule.sale().withTriggerShare(0.5)));
    }
    return material.build();
  }

  private static World world(Material japan, Material korea, Map<String, Group> groups, List<String> banned) {
    Map<String, Country> countries = new LinkedHashMap<>();
    for (String id : List.of("CN", "AU", "JP", "KR")) {
      countries.put(id, Country.of(id));
    }
    Map<String, Economy> economies = new LinkedHashMap<>();
    economies.put("JP", Economy.of(Map.of("ree", japan)));
    economies.put("KR", Economy.of(Map.of("ree", korea)));
    return new World("groups", null, null, null, countries, economies,
        Map.of("ree", Map.of("china", Supplier.of(1000))), null, AllocationRule.PRO_RATA, groups,
        List.of(ExportControl.ban("CN", banned, List.of(), BAN_START, BAN_DAYS)), null, RunSettings.of(1, 8, DAYS));
  }

  private static Map<String, Group> iea(CollectiveRelease rule) {
    return Map.of("iea", Group.of("JP", "KR").withCollectiveRelease(rule));
  }

  private static double shortfall(WorldResult result, String economy) {
    return result.economy(economy).stats("ree", Metric.SHORTFALL_UNITS).mean();
  }

  @Test
  void aLossOf8PercentTriggersTheCollectiveReleaseAnd6PercentDoesNot() throws Exception {
    // Japan loses 16 of the group's 200 a day (8 %): both give 8 (by consumption), Japan receives 16.
    WorldResult eight = WorldMonteCarlo.run(world(economy(0.16, 20), economy(0, 20), iea(CollectiveRelease.iea()),
        List.of("JP")));
    assertEquals(0, shortfall(eight, "JP"), 1e-9);
    WorldMetrics layout = eight.layout();
    assertEquals(BAN_DAYS, eight.values(layout.collectiveDays(0))[0], 1e-9);
    assertEquals(8.0 * BAN_DAYS, eight.values(layout.contributed(0, 0))[0], 1e-9);
    assertEquals(8.0 * BAN_DAYS, eight.values(layout.contributed(0, 1))[0], 1e-9);
    assertEquals(16.0 * BAN_DAYS, eight.values(layout.received(0, 0))[0], 1e-9);
    assertEquals(0, eight.values(layout.received(0, 1))[0], 1e-9);
    assertEquals(8.0 * BAN_DAYS * 10, eight.values(layout.netPayment(0, 0))[0], 1e-9, "Japan buys Korea's 8 a day");
    assertEquals(-8.0 * BAN_DAYS * 10, eight.values(layout.netPayment(0, 1))[0], 1e-9);
    assertEquals(8.0 * BAN_DAYS, eight.economy("KR").tierStats("ree", "public", Metric.RELEASED_UNITS).mean(), 1e-9);
    // 12 of 200 (6 %): below the trigger; Japan's own reserve waits for 50 % unmet, so Japan is short.
    WorldResult six = WorldMonteCarlo.run(world(economy(0.12, 20), economy(0, 20), iea(CollectiveRelease.iea()),
        List.of("JP")));
    assertEquals(12.0 * BAN_DAYS, shortfall(six, "JP"), 1e-9);
    assertEquals(0, six.values(six.layout().collectiveDays(0))[0], 1e-9);
  }

  @Test
  void quotasAndMembersThatDoNotTakePart() throws Exception {
    WorldResult quota = WorldMonteCarlo.run(world(economy(0.16, 20), economy(0, 20),
        iea(CollectiveRelease.iea().withQuotas(Map.of("JP", 0.25, "KR", 0.75))), List.of("JP")));
    assertEquals(4.0 * BAN_DAYS, quota.values(quota.layout().contributed(0, 0))[0], 1e-9);
    assertEquals(12.0 * BAN_DAYS, quota.values(quota.layout().contributed(0, 1))[0], 1e-9);
    assertEquals(0, shortfall(quota, "JP"), 1e-9);
    // Korea does not take part: the loss is Japan's alone (16 of 100), and Japan covers it itself.
    WorldResult alone = WorldMonteCarlo.run(world(economy(0.16, 20), economy(0, 20),
        iea(CollectiveRelease.iea().withNonParticipants(List.of("KR"))), List.of("JP")));
    assertEquals(16.0 * BAN_DAYS, alone.values(alone.layout().contributed(0, 0))[0], 1e-9);
    assertEquals(0, alone.economy("KR").tierStats("ree", "public", Metric.RELEASED_UNITS).mean(), 1e-9);
    assertEquals(0, shortfall(alone, "JP"), 1e-9);
  }

  /** A pool of 10 days of the partners' 200 t a day (1,000 t held by each), never refilled. */
  private static Map<String, Group> partners(PoolDraw draw) {
    PooledTier pool = new PooledTier(10, null, null, 0, Map.of(), draw, RefillRule.of(0.0, null, true));
    return Map.of("msp", Group.of("JP", "KR").withPooledTier("ree", "partners", pool));
  }

  @Test
  void aPooledTierDrawnByTwoMembersByShortfall() throws Exception {
    // Japan short 100 a day, Korea 50, for 20 days: the pool's 2,000 t serve both 13 days (1,950 t),
    // its last 50 t go 2:1 (33.3 and 16.7), then both are short.
    int days = 20;
    World world = world(economy(1, 0), economy(0.5, 0), partners(PoolDraw.SHORTFALL), List.of("JP", "KR"))
        .withRun(RunSettings.of(1, 8, 60));
    world = new World(world.name(), null, null, null, world.countries(), world.economies(), world.suppliers(), null,
        AllocationRule.PRO_RATA, world.groups(), List.of(ExportControl.ban("CN", List.of("JP", "KR"), List.of(),
            BAN_START, days)), null, world.run());
    WorldResult result = WorldMonteCarlo.run(world);
    assertEquals(100 - 100.0 / 3 + 6 * 100, shortfall(result, "JP"), 1e-6);
    assertEquals(50 - 50.0 / 3 + 6 * 50, shortfall(result, "KR"), 1e-6);
    WorldMetrics layout = result.layout();
    assertEquals(1000, result.values(layout.poolGiven(0, 0))[0], 1e-6, "each share gave half");
    assertEquals(1000, result.values(layout.poolGiven(0, 1))[0], 1e-6);
    assertEquals(1300 + 100.0 / 3, result.values(layout.poolDrawn(0, 0))[0], 1e-6);
  }

  @Test
  void aPooledTierDrawnByContribution() throws Exception {
    // The same, but the last 50 t are water-filled by key (half each): 25 and 25.
    World world = world(economy(1, 0), economy(0.5, 0), partners(PoolDraw.CONTRIBUTION), List.of("JP", "KR"));
    world = new World(world.name(), null, null, null, world.countries(), world.economies(), world.suppliers(), null,
        AllocationRule.PRO_RATA, world.groups(), List.of(ExportControl.ban("CN", List.of("JP", "KR"), List.of(),
            BAN_START, 20)), null, RunSettings.of(1, 8, 60));
    WorldResult result = WorldMonteCarlo.run(world);
    assertEquals(75 + 6 * 100, shortfall(result, "JP"), 1e-6);
    assertEquals(25 + 6 * 50, shortfall(result, "KR"), 1e-6);
  }
}
