package org.stockpile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.console.ExitCode;
import org.stockpile.model.Scenario;
import org.stockpile.report.ReserveValue;
import org.stockpile.scenario.ScenarioLoader;
import org.stockpile.sim.CompiledScenario;
import org.stockpile.sim.MonteCarlo;
import org.stockpile.sim.RunOptions;
import org.stockpile.sim.RunResult;
import org.stockpile.testing.CapturedConsole;

/**
 * {@code stockpile value}: a tier against the same scenario without it, on common random numbers;
 * and {@code compare} writing the net cost's difference as the sum of its parts'.
 */
class ValueCommandTest {
  private static final String SCENARIO = scenario("value-test",
      "public: {targetDays: 10, holdingCostPerUnitPerYear: 36.5, release: {triggerShare: 0, latencyDays: 0}}",
      "{type: exportControl, country: CN, mode: ban, start: 100, durationDays: 5}", 365);

  /**
   * Japan buys 10 units a day of {@code ree} at 100 (shortage 1,000) from China alone, with these
   * tiers (one flow mapping) and one shock, in 4 replicates.
   */
  private static String scenario(String name, String tier, String shock, int horizonDays) {
    return """
        name: %s
        economy: JP
        countries: {JP: {}, CN: {}}
        materials:
          ree:
            baselineDailyDemand: 10
            pricePerUnit: 100
            shortageCostPerUnit: 1000
            sources:
              - {id: china, route: [CN], share: 1, capacityPerDay: 20}
            stockpiles:
              %s
        shocks:
          - %s
        run: {replicates: 4, horizonDays: %d}
        """.formatted(name, tier, shock, horizonDays);
  }

  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  @TempDir
  Path dir;

  @Test
  void aReserveThatCoversAFiveDayBanIsWorthItsShortageCostAvoidedOverItsStorage() throws Exception {
    // The ban takes 10 a day for 5 days: 50 units, 50,000 of shortage cost without the reserve. With
    // it, the reserve (100 units, storage 36.5 a unit-year) releases 50 and buys them back right
    // after at the price of 100 (no elasticity): its storage is 100 x 36.5 less the 50 units missing
    // on the days before the refill, and stock bought and stock used cancel out.
    Path file = dir.resolve("scenario.yaml");
    Files.writeString(file, SCENARIO);
    assertEquals(0, Main.execute("value", file.toString(), "--tier", "public"), console.err());
    String out = console.out();
    assertTrue(out.contains("shortage cost avoided     50,000 USD [50,000, 50,000]"), out);
    assertTrue(out.contains("the tier pays for itself"), out);

    Scenario scenario = ScenarioLoader.load(file);
    RunOptions options = RunOptions.of(scenario);
    RunResult with = MonteCarlo.run(CompiledScenario.compile(scenario), options);
    Path emptied = dir.resolve("without.yaml");
    Files.writeString(emptied, SCENARIO.replace("targetDays: 10", "targetDays: 0, initialDays: 0"));
    RunResult none = MonteCarlo.run(CompiledScenario.compile(ScenarioLoader.load(emptied)), options);
    ReserveValue.Row row = ReserveValue.of(with, none, "public", List.of("ree")).getFirst();
    assertEquals(50_000, row.avoided().mean(), 1e-6);
    double storage = with.tierStats("ree", "public", org.stockpile.metrics.Metric.HOLDING_COST).mean();
    assertTrue(storage > 3_600 && storage < 3_650, "a year of storage on 100 units, less a few days on 50: " + storage);
    assertEquals(storage, row.cost().mean(), 1e-6, "the reserve costs its storage: bought back at the price it used");
    assertEquals(50_000 / storage, row.perDollar().mean(), 1e-9);
    assertEquals(storage - 50_000, row.netChange().mean(), 1e-6);
  }

  @Test
  void anUnknownTierIsAUsageErrorNamingTheTiers() throws Exception {
    Path file = dir.resolve("scenario.yaml");
    Files.writeString(file, SCENARIO);
    assertEquals(ExitCode.BAD_INPUT, Main.execute("value", file.toString(), "--tier", "jogmec"));
    assertTrue(console.err().contains("no material of") && console.err().contains("(tiers: public)"), console.err());
  }

  @Test
  void compareWritesTheNetCostDifferenceAsTheSumOfItsParts() throws Exception {
    Path file = dir.resolve("scenario.yaml");
    Files.writeString(file, SCENARIO);
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertEquals(0, Main.execute("run", file.toString(), "--out", a.toString()), console.err());
    assertEquals(0, Main.execute("run", file.toString(), "--out", b.toString(), "--set",
        "materials.ree.stockpiles.public.targetDays=20"), console.err());
    console.resetOut();
    assertEquals(0, Main.execute("compare", a.toString(), b.toString()), console.err());
    // 100 more units: 10,000 more bought at the start and worth 10,000 more at the end, 3,650 more
    // storage; the ban was covered either way.
    assertTrue(console.out().contains("ree: net cost B - A +3650 USD = 10,000 starting stock bought"), console.out());
    assertTrue(console.out().contains("- 10,000 stock value at the end (USD)"), console.out());
  }

  @Test
  void aRunWhoseCargoWaitsUnstoredSaysSoInTheTerminalAndTheReport() throws Exception {
    // Ships held at sea for five days, firms' intake capped at 2 a day: 48 units wait (see
    // EconomicsTest for the days).
    String held = scenario("held-test", "firms: {targetDays: 5, capacityDays: 5, refill: {maxBuyPerDay: 2}}",
        "{type: logistics, country: CN, holdsInTransit: true, start: 10, durationDays: 5}", 60);
    Path file = dir.resolve("held.yaml");
    Files.writeString(file, held);
    Path out = dir.resolve("held");
    assertEquals(0, Main.execute("run", file.toString(), "--out", out.toString(), "--report"), console.err());
    assertTrue(console.out().contains("ree: 48 t bought but not stored (mean; 100.0 % of replicates)"), console.out());
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("<h2>Bought but not stored</h2>"), "the report shows the excess");
    assertTrue(html.contains("budget or buying cap"), "and its causes");
    assertTrue(html.contains("stock value at the end"), "the cost table has every part");
    String series = Files.readString(out.resolve("timeseries.csv"));
    assertTrue(series.lines().findFirst().orElseThrow().contains("unstored_p50"), "the daily series");
  }
}
