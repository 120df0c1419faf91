package org.stockpile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.testing.CapturedConsole;
import org.stockpile.testing.TestScenarios;

/**
 * The command line's log: warnings on stderr by default, none with --quiet, milestones with
 * --verbose, and with --log-file a record of what ran (settings, milestones, timings, warnings,
 * errors) appended whatever stderr shows; results stay on stdout.
 */
class LoggingTest {
  private static final String SCENARIO = TestScenarios.chinaWithRandomBans("logging-test")
      + "run: {replicates: 40, horizonDays: 200}\n";
  /** Demand is normal, so the sweep cuts it to its 0.1 % and 99.9 % quantiles. */
  private static final String SWEEP = """
      scenario: scenario.yaml
      parameters:
        - {path: materials.ree.baselineDailyDemand, distribution: {distribution: normal, mean: 10, sd: 1}}
        - {path: materials.ree.stockpiles.firms.targetDays, levels: [0, 20]}
      design: {type: grid, levels: 2}
      metrics: [shortfallUnits]
      replicates: 8
      seed: 3
      """;

  @TempDir
  Path folder;

  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  @BeforeEach
  void setUp() throws Exception {
    Files.writeString(folder.resolve("scenario.yaml"), SCENARIO);
    Files.writeString(folder.resolve("test.sweep.yaml"), SWEEP);
  }

  @Test
  void aLogFileGetsTheSettingsMilestonesAndTimingsOfEachRunAppended() throws Exception {
    Path log = folder.resolve("logs/nightly/stockpile.log");
    String scenario = folder.resolve("scenario.yaml").toString();
    assertEquals(0, Main.execute("run", scenario, "--out", folder.resolve("first").toString(), "--quiet",
        "--log-file", log.toString()), console.err());
    assertEquals("", console.err(), "nothing on stderr with --quiet");
    assertTrue(console.out().contains("Results in"), "results stay on stdout: " + console.out());
    String text = Files.readString(log);
    assertFalse(text.contains("Results in"), "no results in the log: " + text);
    for (String expected : List.of("INFO  [main] org.stockpile.console.Logging - stockpile run " + scenario,
        "run: scenario " + scenario + " (sha256 ", "40 replicates x 200 days, seed 1, on ", "run: simulated in ",
        "wrote " + folder.resolve("first"), "manifest.json, replicate-totals.csv, replicates.csv", "exit 0 after ")) {
      assertTrue(text.contains(expected), expected + " in:\n" + text);
    }
    assertTrue(text.matches("(?s)\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) INFO .*"),
        "each line starts with its time: " + text);

    // A second command appends; its error is in the log too, but printed once on stderr.
    assertEquals(2, Main.execute("run", folder.resolve("missing.yaml").toString(), "--log-file", log.toString()));
    String again = Files.readString(log);
    assertTrue(again.startsWith(text), "appended");
    assertTrue(again.contains("ERROR [main] org.stockpile.console.Failures - 1 problem:"), again);
    assertTrue(again.contains("exit 2 after "), again);
    assertEquals(1, console.err().split("cannot read the file", -1).length - 1, "printed once: " + console.err());
    assertFalse(console.err().contains("ERROR"), console.err());
  }

  @Test
  void warningsShowOnStderrByDefaultNotWithQuietAndMilestonesWithVerbose() throws Exception {
    String spec = folder.resolve("test.sweep.yaml").toString();
    assertEquals(0, Main.execute("sweep", spec, "--out", folder.resolve("default").toString()), console.err());
    assertTrue(console.err().contains(
        "WARN  sweep parameter materials.ree.baselineDailyDemand: its normal distribution "
        + "has no bounds, so it is cut to its 0.1 % and 99.9 % quantiles, 6.909"), console.err());
    assertFalse(console.err().contains("INFO"), "planners see warnings only: " + console.err());
    assertFalse(console.out().contains("WARN"), "stdout holds results only: " + console.out());

    console.resetErr();
    assertEquals(0, Main.execute("sweep", spec, "--out", folder.resolve("quiet").toString(), "-q"), console.err());
    assertEquals("", console.err());

    console.resetErr();
    assertEquals(0, Main.execute("sweep", spec, "--out", folder.resolve("verbose").toString(), "--verbose"));
    for (String expected : List.of("WARN  sweep parameter", "INFO  sweep: spec " + spec,
        "INFO  sweep: 4 points (4 to run, 0 known) x 8 replicates, seed 3", "INFO  sweep: 4 of 4 points done (100 %)",
        "INFO  sweep: 4 points simulated in ", "INFO  wrote " + folder.resolve("verbose"), "INFO  exit 0 after")) {
      assertTrue(console.err().contains(expected), expected + " in:\n" + console.err());
    }
    assertFalse(console.err().contains("DEBUG"), console.err());
    console.resetErr();
    assertEquals(0, Main.execute("sweep", spec, "--out", folder.resolve("details").toString(), "-vv"));
    assertTrue(console.err().contains(
        "DEBUG ran 8 replicates x 200 days, seed 3"), "each point's run: " + console.err());

    console.resetErr();
    assertEquals(2, Main.execute("sweep", spec, "--out", folder.resolve("both").toString(), "-q", "-v"));
    assertTrue(console.err().contains("--quiet and --verbose are exclusive"), console.err());
  }

  @Test
  void aLogFileThatCannotBeWrittenIsRefusedBeforeAnythingRuns() throws Exception {
    Files.writeString(folder.resolve("a-file"), "");
    Path results = folder.resolve("results");
    assertEquals(2, Main.execute("run", folder.resolve("scenario.yaml").toString(), "--out", results.toString(),
        "--log-file", folder.resolve("a-file/stockpile.log").toString()));
    assertTrue(console.err().contains("stockpile: --log-file " + folder.resolve("a-file/stockpile.log")
        + ": cannot write there"), console.err());
    assertFalse(Files.exists(results));
  }

  @Test
  void aConstraintNoCandidateMeetsIsAWarning() throws Exception {
    // Holding 50 t or more for 200 days costs more than the budget allows: no candidate meets it.
    Path spec = folder.resolve("test.optimize.yaml");
    Files.writeString(spec, """
        scenario: scenario.yaml
        objective: expectedNetCost
        decisions:
          - {path: materials.ree.stockpiles.firms.targetDays, min: 5, max: 60, step: 5}
        constraints:
          - {name: budget, spendingAtMost: 60000}
        search: {population: 6, generations: 2, replicates: 8, seed: 5, validationReplicates: 32}
        """);
    assertEquals(0, Main.execute("optimize", spec.toString(), "--out", folder.resolve("search").toString()),
        console.err());
    assertTrue(console.err().contains("WARN  search: constraint 'budget' was met by none of the "), console.err());
    assertTrue(console.err().contains("WARN  search: no candidate met every constraint"), console.err());
  }
}
