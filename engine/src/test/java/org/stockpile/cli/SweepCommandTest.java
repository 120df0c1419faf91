package org.stockpile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.testing.CapturedConsole;
import org.stockpile.testing.TestScenarios;

/** {@code stockpile sweep}: its outputs, their reproducibility, and bad specs. */
class SweepCommandTest {
  private static final String SCENARIO = TestScenarios.chinaAndLynas("sweep-test")
      + "run: {replicates: 40, horizonDays: 200}\n";
  private static final String SPEC = """
      scenario: scenario.yaml
      parameters:
        - {path: materials.ree.stockpiles.firms.targetDays, distribution: {distribution: uniform, min: 0, max: 40}}
        - {path: "shocks[0].durationDays", levels: [20, 40, 60, 80]}
        - {path: materials.ree.sources.lynas.share, distribution: {distribution: uniform, min: 0.1, max: 0.4}}
      design: {type: sobol, samples: 32}
      metrics: [shortfallUnits, ree.netCost]
      replicates: 8
      seed: 4
      """;

  @TempDir
  Path folder;

  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  @BeforeEach
  void setUp() throws Exception {
    Files.writeString(folder.resolve("scenario.yaml"), SCENARIO);
  }

  private Path spec(String text) throws Exception {
    Path file = folder.resolve("test.sweep.yaml");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void aSobolSweepWritesItsPointsAndIndices() throws Exception {
    Path results = folder.resolve("results");
    assertEquals(0, Main.execute("sweep", spec(SPEC).toString(), "--out", results.toString()), console.err());
    List<String> points = Files.readAllLines(results.resolve("points.csv"));
    assertEquals("point,materials.ree.stockpiles.firms.targetDays,shocks[0].durationDays,"
        + "materials.ree.sources.lynas.share,shortfallUnits,ree.netCost,ree.daysOfCover@30,ree.daysOfCover@90,"
        + "ree.daysOfCover@180", points.getFirst());
    assertEquals(1 + 32 * (3 + 2), points.size());
    for (String row : points.subList(1, points.size())) {
      double days = Double.parseDouble(row.split(",")[2]);
      assertTrue(List.of(20.0, 40.0, 60.0, 80.0).contains(days), row);
    }
    JsonNode indices = new ObjectMapper().readTree(results.resolve("indices.json").toFile());
    JsonNode duration = indices.at("/metrics/shortfallUnits/shocks[0].durationDays");
    assertTrue(duration.at("/ST/estimate").asDouble() > indices.at(
        "/metrics/shortfallUnits/materials.ree.sources.lynas.share/ST/estimate").asDouble() - 1, indices.toString());
    assertTrue(duration.at("/S1/ci95/0").asDouble() <= duration.at("/S1/ci95/1").asDouble());
    assertEquals(0, Main.execute("sweep", spec(SPEC).toString(), "--out", folder.resolve("again").toString(),
        "--threads", "1"));
    for (String name : List.of("points.csv", "indices.json", "timeindices.csv")) {
      assertEquals(Files.readString(results.resolve(name)), Files.readString(folder.resolve("again").resolve(name)),
          name + " is the same whatever the threads");
    }
  }

  @Test
  void timeIndicesShowAnInputMatteringOnlyOnceItCanAct() throws Exception {
    // The ban starts on day 30: how long it lasts cannot change the cover before day 50, however
    // long it is; the firms' target acts from day 0.
    Path results = folder.resolve("results");
    String spec = SPEC.replace("replicates: 8", "timeIndices: {days: [20, 100], materials: [ree]}\nreplicates: 8");
    assertEquals(0, Main.execute("sweep", spec(spec).toString(), "--out", results.toString()), console.err());
    List<String> rows = Files.readAllLines(results.resolve("timeindices.csv"));
    assertEquals("material,day,date,parameter,label,S1,S1Low,S1High,ST,STLow,STHigh", rows.getFirst());
    assertEquals(1 + 2 * 3, rows.size());
    assertEquals("ree,20,2026-01-21,shocks[0].durationDays,shock 1 (exportControl): duration (days),0,0,0,0,0,0", rows.get(2));
    assertTrue(total(rows.get(1)) > 0.5, rows.get(1));
    assertTrue(total(rows.get(5)) > 0.05, "the ban's length matters by day 100: " + rows.get(5));
  }

  private static double total(String row) {
    return Double.parseDouble(row.split(",")[7]);
  }

  @Test
  void aMorrisScreenRanksTheStockAboveAnInertInput() throws Exception {
    String morris = SPEC.replace("design: {type: sobol, samples: 32}", "design: {type: morris, trajectories: 6, levels: 4}")
        .replace("- {path: materials.ree.sources.lynas.share, distribution: {distribution: uniform, min: 0.1, max: 0.4}}",
            "- {path: materials.ree.stockpiles.firms.holdingCostPerUnitPerYear, distribution: {distribution: uniform, "
                + "min: 1000, max: 3000}}");
    Path results = folder.resolve("results");
    assertEquals(0, Main.execute("sweep", spec(morris).toString(), "--out", results.toString()), console.err());
    JsonNode effects = new ObjectMapper().readTree(results.resolve("indices.json").toFile()).at("/metrics/shortfallUnits");
    assertTrue(effects.at("/materials.ree.stockpiles.firms.targetDays/muStar").asDouble() > 0, effects.toString());
    assertEquals(0, effects.at("/materials.ree.stockpiles.firms.holdingCostPerUnitPerYear/muStar").asDouble(), 1e-12,
        "holding costs do not change shortfalls");
  }

  @Test
  void aNightlyRunAgainstYesterdaysExitsZeroWhenNothingMovedAndThreeWhenSomethingDid() throws Exception {
    Path file = spec(SPEC);
    Path yesterday = folder.resolve("yesterday");
    assertEquals(0, Main.execute("sweep", file.toString(), "--out", yesterday.toString()));
    Path today = folder.resolve("today");
    assertEquals(0, Main.execute("sweep", file.toString(), "--out", today.toString(), "--baseline", yesterday.toString(),
        "--tolerance", "0"), console.err());
    assertTrue(console.out().contains("nothing moved"), console.out());
    JsonNode compare = new ObjectMapper().readTree(today.resolve("compare.json").toFile());
    assertEquals(0, compare.get("moved").size());
    assertTrue(compare.get("compared").asInt() > 32 * 5 * 2, compare.toString());
    // The scenario changes overnight (demand up 5 %): the same spec's results move.
    Files.writeString(folder.resolve("scenario.yaml"), SCENARIO.replace("baselineDailyDemand: 10",
        "baselineDailyDemand: 10.5"));
    Path tomorrow = folder.resolve("tomorrow");
    assertEquals(3, Main.execute("sweep", file.toString(), "--out", tomorrow.toString(), "--baseline",
        yesterday.toString(), "--tolerance", "0.01"));
    JsonNode moved = new ObjectMapper().readTree(tomorrow.resolve("compare.json").toFile());
    assertTrue(moved.get("moved").size() > 0, moved.toString());
    assertTrue(console.out().contains("numbers moved (tolerance 0.01"), console.out());
    // A baseline of another spec is refused before anything runs.
    Path other = spec(SPEC.replace("seed: 4", "seed: 5"));
    Path refused = folder.resolve("refused");
    assertEquals(2, Main.execute("sweep", other.toString(), "--out", refused.toString(), "--baseline",
        yesterday.toString()));
    assertTrue(console.err().contains("is a sweep of another spec"), console.err());
    assertFalse(Files.exists(refused));
  }

  @Test
  void badSpecsExitTwoWithEveryProblemLocatedAndWriteNothing() throws Exception {
    String bad = SPEC.replace("materials.ree.stockpiles.firms.targetDays, distribution", "materials.ree.stockpiles.firm.targetDays, distribution")
        .replace("{distribution: uniform, min: 0.1, max: 0.4}", "{distribution: uniform, min: 0.1, max: 1.4}")
        .replace("design: {type: sobol, samples: 32}", "design: {type: morris}")
        .replace("metrics: [shortfallUnits, ree.netCost]", "metrics: [shortfall, cobalt.netCost]\n"
            + "timeIndices: {days: [250, 2025-12-01], materials: [cobalt]}");
    Path results = folder.resolve("results");
    assertEquals(2, Main.execute("sweep", spec(bad).toString(), "--out", results.toString()));
    String problems = console.err();
    assertTrue(problems.contains("test.sweep.yaml:3:6 parameters[0].path: not in the scenario: materials.ree.stockpiles.firm"),
        problems);
    assertTrue(problems.contains("parameters[2]: at 1.4, the scenario is not valid"), problems);
    assertTrue(problems.contains("design: a morris design needs trajectories"), problems);
    assertTrue(problems.contains("metrics[0]: not a metric: shortfall"), problems);
    assertTrue(problems.contains("metrics[1]: not a material of the scenario: cobalt"), problems);
    assertFalse(Files.exists(results));
    String badDays = SPEC.replace("replicates: 8", "timeIndices: {days: [250, 2025-12-01, 20, 20], materials: [cobalt]}\n"
        + "replicates: 8");
    assertEquals(2, Main.execute("sweep", spec(badDays).toString(), "--out", results.toString()));
    problems = console.err();
    assertTrue(problems.contains("timeIndices.days[0]: must be a day of the run, 0 to 199 (from 2026-01-01), got 250"),
        problems);
    assertTrue(problems.contains("timeIndices.days[1]: must be a day of the run, 0 to 199 (from 2026-01-01), got -31"),
        problems);
    assertTrue(problems.contains("timeIndices.days[3]: the same day as an earlier one (20)"), problems);
    assertTrue(problems.contains("timeIndices.materials[0]: not a material of the scenario: cobalt (ree)"), problems);
    assertFalse(Files.exists(results));
  }

  @Test
  void aPointThatMakesAnInvalidScenarioIsNamedAndNothingIsLeftBehind() throws Exception {
    // Each end is valid alone (the other parameter at the scenario's value), but a target of
    // 26.875 days with a capacity of 23.75 is not: the grid's point 48 is the first such.
    String spec = SPEC.replace("firms: {targetDays: 10, holdingCostPerUnitPerYear: 2000}", "")
        .replace("- {path: \"shocks[0].durationDays\", levels: [20, 40, 60, 80]}",
            "- {path: materials.ree.stockpiles.firms.capacityDays, distribution: {distribution: uniform, min: 20, max: 50}}")
        .replace("min: 0, max: 40", "min: 5, max: 30")
        .replace("design: {type: sobol, samples: 32}", "design: {type: grid, levels: 4}");
    Files.writeString(folder.resolve("scenario.yaml"), SCENARIO.replace(
        "firms: {targetDays: 10, holdingCostPerUnitPerYear: 2000}",
        "firms: {targetDays: 10, capacityDays: 30, holdingCostPerUnitPerYear: 2000}"));
    Path results = folder.resolve("results");
    assertEquals(2, Main.execute("sweep", spec(spec).toString(), "--out", results.toString()));
    String problems = console.err();
    assertTrue(problems.contains("point 48 (materials.ree.stockpiles.firms.targetDays = 26.875, "
        + "materials.ree.stockpiles.firms.capacityDays = 23.75, materials.ree.sources.lynas.share = 0.1375) makes an "
        + "invalid scenario: is above capacityDays"), problems);
    assertFalse(Files.exists(results));
    assertFalse(Files.exists(folder.resolve("results.partial")), "no journal of a sweep that cannot finish");
  }
}
