package org.stockpile.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.cli.Main;
import org.stockpile.testing.CapturedConsole;

/** Reports of optimize and sweep folders, opened in Chromium: every chart drawn, no console error. */
class SearchAndSweepReportTest {
  private static final Path SCENARIOS = Path.of("..", "scenarios");

  @TempDir
  Path folder;

  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  @Test
  void anOptimizeReportShowsTheFrontConvergenceAndTheAllocationInAndOutOfSample() throws Exception {
    Path results = folder.resolve("risk");
    assertEquals(0, Main.execute("optimize", SCENARIOS.resolve("japan-rare-earths-2010-risk.optimize.yaml").toString(),
        "--generations", "3", "--population", "8", "--replicates", "16", "--out", results.toString()), console.err());
    assertEquals(0, Main.execute("report", results.toString()), console.err());
    String html = Files.readString(results.resolve("report.html"));
    assertTrue(html.contains("Pareto front") && html.contains("as written") && html.contains("fresh replicates"));
    assertTrue(html.contains("<h2>Constraints</h2>") && html.contains("<td>60-day rule</td><td>at least 60</td>"),
        "each constraint with its bound");
    assertTrue(html.contains("<td>rare-earths, public tier: target (days)</td>"), "decisions by label, path beside");
    try (Browser browser = Browser.open()) {
      // Two objectives in and out of sample, the allocation, the front, convergence.
      assertEquals(5, browser.check(results.resolve("report.html")));
    }
  }

  @Test
  void sweepReportsShowSobolMorrisTimeIndicesPointsAndWhatMovedOvernight() throws Exception {
    Path scenario = folder.resolve("japan.yaml");
    Files.copy(SCENARIOS.resolve("japan-rare-earths-2010.yaml"), scenario);
    String parameters = """
        scenario: japan.yaml
        parameters:
          - {path: materials.rare-earths.baselineDailyDemand, distribution: {distribution: uniform, min: 18, max: 28}}
          - {path: "shocks[0].durationDays", levels: [30, 60, 90, 120]}
          - {path: materials.rare-earths.stockpiles.public.release.latencyDays, levels: [2, 5, 10, 20]}
        metrics: [shortfallUnits, netCost]
        replicates: 8
        """;
    Path sobol = folder.resolve("sobol.sweep.yaml");
    Files.writeString(sobol, parameters + "design: {type: sobol, samples: 16}\n");
    Path morris = folder.resolve("morris.sweep.yaml");
    Files.writeString(morris, parameters + "design: {type: morris, trajectories: 4, levels: 4}\n");
    Path latin = folder.resolve("latin.sweep.yaml");
    Files.writeString(latin, parameters + "design: {type: latinHypercube, samples: 12}\n");
    Path yesterday = folder.resolve("yesterday");
    assertEquals(0, Main.execute("sweep", sobol.toString(), "--out", yesterday.toString()), console.err());
    Files.writeString(scenario, Files.readString(scenario).replace("pricePerUnit: 30000", "pricePerUnit: 31000"));
    Path today = folder.resolve("today");
    assertEquals(3, Main.execute("sweep", sobol.toString(), "--out", today.toString(), "--baseline",
        yesterday.toString()), console.err());
    Path screen = folder.resolve("screen");
    assertEquals(0, Main.execute("sweep", morris.toString(), "--out", screen.toString()), console.err());
    Path cloud = folder.resolve("cloud");
    assertEquals(0, Main.execute("sweep", latin.toString(), "--out", cloud.toString()), console.err());
    for (Path results : new Path[] {today, screen, cloud}) {
      assertEquals(0, Main.execute("report", results.toString()), console.err());
    }
    String morrisReport = Files.readString(screen.resolve("report.html"));
    assertTrue(morrisReport.contains("<td>rare-earths: baseline daily demand (t/day)</td>"
        + "<td>materials.rare-earths.baselineDailyDemand</td>"), "inputs by label, path beside");
    assertTrue(morrisReport.contains("<td>shock 1 (exportControl): duration (days)</td>")
        || morrisReport.contains("duration (days)</td>"), "a shock's field by the shock");
    assertTrue(Files.readString(today.resolve("report.html")).contains("numbers moved against"),
        "the nightly comparison is reported");
    try (Browser browser = Browser.open()) {
      assertEquals(2 + 1, browser.check(today.resolve("report.html")), "S1/ST per metric, cover over time");
      assertEquals(2 + 1, browser.check(screen.resolve("report.html")), "mu*-sigma per metric, cover over time");
      assertEquals(2, browser.check(cloud.resolve("report.html")), "each metric against each input");
    }
  }
}
