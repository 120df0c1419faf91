package org.stockpile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.console.Footprints;
import org.stockpile.sim.RunFootprint;
import org.stockpile.testing.CapturedConsole;
import org.stockpile.testing.TestScenarios;

/**
 * Limits refused before the work, with the estimate, not after minutes and an internal error:
 * replicates beyond the file's limit given as a flag, runs whose memory exceeds the heap (many
 * materials, an explosion of random events), sweeps with billions of points, populations of a
 * billion; threads beyond the cores are capped; a long run says roughly how long first.
 */
class LimitsUpFrontTest {
  private static final Duration AT_ONCE = Duration.ofSeconds(60);
  private static final String ONE = TestScenarios.oneMaterialFromChina("limits")
      + "    stockpiles: {public: {targetDays: 30}}\nrun: {replicates: 40, horizonDays: 200}\n";

  @TempDir
  Path folder;

  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  private Path file(String name, String text) throws Exception {
    return Files.writeString(folder.resolve(name), text);
  }

  @Test
  void replicatesBeyondTheLimitAreRefusedOnTheCommandLineAsInAFile() throws Exception {
    Path scenario = file("one.yaml", ONE);
    assertEquals(2, Main.execute("run", scenario.toString(), "--replicates", "100000000", "--out",
        folder.resolve("out").toString()));
    assertTrue(console.err().contains("--replicates must be at most 10000000, got 100000000"), console.err());
    assertFalse(Files.exists(folder.resolve("out")));
  }

  @Test
  void aRunThatCannotFitInMemoryIsRefusedWithTheEstimate() throws Exception {
    StringBuilder many = new StringBuilder("name: many\neconomy: JP\ncountries: {JP: {}, CN: {}}\nmaterials:\n");
    for (int m = 0; m < 3_000; m++) {
      many.append("  m").append(m).append(":\n    baselineDailyDemand: 10\n    pricePerUnit: 100\n")
          .append("    shortageCostPerUnit: 1000\n")
          .append("    sources: [{id: china, route: [CN], share: 1, capacityPerDay: 15, leadTimeDays: 20}]\n");
    }
    many.append("run: {replicates: 1000, horizonDays: 3650}\n");
    Path scenario = file("many.yaml", many.toString());
    assertTimeoutPreemptively(AT_ONCE, () -> assertEquals(2, Main.execute("run", scenario.toString(), "--out",
        folder.resolve("out").toString())));
    assertTrue(console.err().contains("this run needs about"), console.err());
    assertTrue(console.err().contains("daily series"), console.err());
    assertTrue(console.err().contains("JAVA_TOOL_OPTIONS=-Xmx"), console.err());
    assertFalse(Files.exists(folder.resolve("out")));
  }

  @Test
  void anExplosionOfRandomEventsIsRefusedBeforeItIsDrawn() throws Exception {
    StringBuilder text = new StringBuilder(ONE.replace("run: {replicates: 40, horizonDays: 200}\n", ""))
        .append("shockProcesses:\n");
    for (int p = 0; p < 2_000; p++) {
      text.append("  - {name: p").append(p).append(", ratePerYear: 365, durationDays: {distribution: constant, ")
          .append("value: 2}, shock: {type: outage, country: CN, capacityLoss: 0.1}}\n");
    }
    text.append("run: {replicates: 100, horizonDays: 36500}\n");
    Path scenario = file("events.yaml", text.toString());
    assertTimeoutPreemptively(AT_ONCE, () -> assertEquals(2, Main.execute("run", scenario.toString(), "--out",
        folder.resolve("out").toString())));
    assertTrue(console.err().contains("this run needs about"), console.err());
  }

  @Test
  void threadsBeyondTheCoresAreCappedAndTheRunGoesOn() throws Exception {
    Path scenario = file("one.yaml", ONE);
    assertEquals(0, Main.execute("run", scenario.toString(), "--threads", "100000", "--out",
        folder.resolve("out").toString()), console.err());
    assertEquals(0, Main.execute("run", scenario.toString(), "--threads", "1", "--out",
        folder.resolve("one").toString()), console.err());
    assertEquals(Files.readString(folder.resolve("one/replicates.csv")),
        Files.readString(folder.resolve("out/replicates.csv")));
  }

  @Test
  void aSweepOfBillionsOfPointsAndAPopulationOfABillionAreRefused() throws Exception {
    file("scenario.yaml", TestScenarios.chinaWithRandomBans("limits") + "run: {replicates: 8, horizonDays: 100}\n");
    Path sweep = file("s.sweep.yaml", """
        scenario: scenario.yaml
        parameters:
          - {path: materials.ree.stockpiles.firms.targetDays, distribution: {distribution: uniform, min: 0, max: 40}}
        design: {type: sobol, samples: 8}
        metrics: [shortfallUnits]
        replicates: 2
        """);
    assertTimeoutPreemptively(AT_ONCE, () -> assertEquals(2, Main.execute("sweep", sweep.toString(), "--samples",
        "2000000000", "--out", folder.resolve("sw").toString())));
    assertTrue(console.err().contains("the sweep's design has 6.00e+09 points"), console.err());
    Path optimize = file("o.optimize.yaml", """
        scenario: scenario.yaml
        objective: expectedNetCost
        decisions:
          - {path: materials.ree.stockpiles.firms.targetDays, min: 0, max: 60, step: 5}
        search: {population: 8, generations: 2, replicates: 4, seed: 5}
        """);
    assertTimeoutPreemptively(AT_ONCE, () -> assertEquals(2, Main.execute("optimize", optimize.toString(),
        "--population", "1000000000", "--out", folder.resolve("op").toString())));
    assertTrue(console.err().contains("--population must be at most 100000"), console.err());
    assertEquals(2, Main.execute("validate", file("big.optimize.yaml", Files.readString(optimize)
        .replace("population: 8", "population: 1000000")).toString()));
    assertTrue(console.err().contains("search.population: must be at most 100000"), console.err());
  }

  @Test
  void aLongRunSaysRoughlyHowLongBeforeItStarts() throws Exception {
    StringWriter err = new StringWriter();
    Footprints.check("this run", new RunFootprint(1 << 20, 0, 1 << 20, 1.8e11, 0), 2, new PrintWriter(err));
    assertTrue(err.toString().contains("this run is about 1.8e+11 material-days: it may take about"), err.toString());
    assertTrue(err.toString().contains("on 2 threads"), err.toString());
    StringWriter quiet = new StringWriter();
    Footprints.check("this run", new RunFootprint(1 << 20, 0, 1 << 20, 1e6, 0), 2, new PrintWriter(quiet));
    assertEquals("", quiet.toString(), "a short run says nothing");
  }
}
