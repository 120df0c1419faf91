package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stockpile.check.ScenarioException;
import org.stockpile.check.ScenarioValidator;
import org.stockpile.metrics.Metric;
import org.stockpile.model.DayRef;
import org.stockpile.model.Material;
import org.stockpile.model.Outage;
import org.stockpile.model.RunSettings;
import org.stockpile.model.Scenario;
import org.stockpile.model.Shock;
import org.stockpile.model.Source;
import org.stockpile.model.StockpileTier;
import org.stockpile.policy.Policies;
import org.stockpile.policy.TargetPolicy;
import org.stockpile.scenario.ScenarioLoader;

/**
 * Announced shocks ({@code announced:}): policies see an announcement from its day to the eve of
 * the shock, and buying ahead on it pays by the numbers worked out by hand; an announcement after
 * its shock's start is refused with its path (a process's events: {@link AnnouncedProcessTest}).
 */
class AnnouncedShockTest {
  private static final TargetPolicy BUY_AHEAD = day -> day.announced() ? 2 * day.fileTarget() : day.fileTarget();

  @Test
  void aPolicySeesTheDaysUntilAnAnnouncedShockFromItsAnnouncementToItsEve() throws Exception {
    double[] seen = new double[90];
    TargetPolicy watching = day -> {
      if (day.replicate() == 0) {
        seen[day.day()] = day.daysUntilAnnouncedShock();
      }
      return day.fileTarget();
    };
    MonteCarlo.run(banAnnouncedOn(20), new RunOptions(1, 1, 1, false, null),
        Policies.none().target("gallium", "firms", watching));
    assertEquals(Double.POSITIVE_INFINITY, seen[19]);
    assertEquals(20, seen[20]);
    assertEquals(1, seen[39]);
    assertEquals(Double.POSITIVE_INFINITY, seen[40], "in effect: no longer announced");
    assertEquals(Double.POSITIVE_INFINITY, seen[70]);
  }

  /**
   * 100 t a day from one supplier a day away that can ship 150 t; firms keep 5 days (500 t); a
   * 20-day outage from day 40, so nothing arrives on days 41 to 60 (2,000 t of demand). By hand:
   * ignoring the announcement, 500 t serve days 41 to 45 and 1,500 t go short. Doubling the target
   * while a shock is announced: announced on day 20, the 50 t a day of spare capacity add 500 t by
   * day 30, so 1,000 t serve and 1,000 t go short; announced on day 35, only the shipments of days
   * 35 to 39 carry the extra 50 t (250 t), so 750 t serve and 1,250 t go short.
   */
  @Test
  void buyingAheadOnAnAnnouncementBeatsIgnoringItByHand() throws Exception {
    RunOptions options = new RunOptions(1, 1, 1, false, null);
    Policies buyAhead = Policies.none().target("gallium", "firms", BUY_AHEAD);
    assertEquals(1500, MonteCarlo.run(banAnnouncedOn(20), options).stats("gallium", Metric.SHORTFALL_UNITS).mean(),
        1e-9);
    assertEquals(1000, MonteCarlo.run(banAnnouncedOn(20), options, buyAhead).stats("gallium",
        Metric.SHORTFALL_UNITS).mean(), 1e-9);
    assertEquals(1250, MonteCarlo.run(banAnnouncedOn(35), options, buyAhead).stats("gallium",
        Metric.SHORTFALL_UNITS).mean(), 1e-9);
  }

  @Test
  void anAnnouncementAfterTheShocksStartIsRefusedWithItsPath() {
    Scenario late = banAnnouncedOn(41);
    ScenarioException refused = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
        () -> ScenarioValidator.validated(late));
    assertTrue(refused.getMessage().contains("shocks[0].announced: must be on or before the shock's start"),
        refused.getMessage());
  }

  @Test
  void theBundledGalliumScenarioCarriesChinasAnnouncementOf3July2023() throws Exception {
    Scenario scenario = ScenarioLoader.load(Path.of("..", "scenarios", "gallium-germanium-2023.yaml"));
    Shock licensing = scenario.shocks().get(0);
    assertEquals(DayRef.of(LocalDate.of(2023, 7, 3)), licensing.window().announced());
    assertFalse(scenario.shocks().get(1).window().announced() != null, "the standing regime follows unannounced");
  }

  private static Scenario banAnnouncedOn(int day) {
    Material gallium = Material.builder(100, 1_000, 10_000)
        .source(Source.of("china", 1, 150, "CN").withLeadTime(1))
        .stockpile("firms", StockpileTier.free(5))
        .build();
    Outage ban = Outage.ofCountry("CN", List.of(), 1, 40, 20);
    return Scenario.builder("announced-ban", "JP").country("JP", "Japan").country("CN", "China")
        .material("gallium", gallium)
        .shock(ban.withWindow(ban.window().announcedOn(DayRef.of(day))))
        .run(RunSettings.of(1, 1, 90))
        .build();
  }
}
