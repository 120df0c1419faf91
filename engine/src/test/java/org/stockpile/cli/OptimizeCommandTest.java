package org.stockpile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.testing.CapturedConsole;
import org.stockpile.testing.TestScenarios;

/** {@code stockpile optimize}: its outputs, their reproducibility, and bad specs. */
class OptimizeCommandTest {
  private static final String SCENARIO = TestScenarios.chinaWithRandomBans("optimize-test")
      + "run: {replicates: 40, horizonDays: 365}\n";
  private static final String SPEC = """
      scenario: scenario.yaml
      objective: expectedNetCost
      decisions:
        - {path: materials.ree.stockpiles.firms.targetDays, min: 0, max: 60, step: 5}
        - {path: materials.ree.sources.china.capacityPerDay, min: 15, max: 30, step: 5}
      search: {population: 8, generations: 3, replicates: 16, seed: 5}
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
    Path file = folder.resolve("test.optimize.yaml");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void writesBestHistoryOptimizedScenarioAndManifest() throws Exception {
    Path results = folder.resolve("results");
    assertEquals(0, Main.execute("optimize", spec(SPEC).toString(), "--out", results.toString()), console.err());
    JsonNode best = new ObjectMapper().readTree(results.resolve("best.json").toFile());
    double days = best.at("/best/decisions/materials.ree.stockpiles.firms.targetDays").asDouble();
    assertTrue(days >= 0 && days <= 60 && days % 5 == 0, "on the grid: " + days);
    assertEquals("expectedNetCost", best.at("/objectives/0").asText());
    assertEquals(10, best.at("/baseline/decisions/materials.ree.stockpiles.firms.targetDays").asDouble(),
        "the scenario as written, for comparison");
    assertTrue(best.at("/best/objectives/expectedNetCost").asDouble()
        <= best.at("/baseline/objectives/expectedNetCost").asDouble(),
        "the search keeps the best it saw, and the baseline is on the grid");
    List<String> history = Files.readAllLines(results.resolve("history.csv"));
    assertEquals("generation,best,mean,feasible,diversity,evaluations", history.getFirst());
    assertEquals(1 + 3, history.size());
    assertTrue(Files.readString(results.resolve("optimized.yaml")).contains("targetDays: " + (int) days));
    assertEquals(0, Main.execute("run", results.resolve("optimized.yaml").toString(), "--out",
        folder.resolve("rerun").toString()), "optimized.yaml runs: " + console.err());
    JsonNode validation = new ObjectMapper().readTree(results.resolve("validation.json").toFile());
    assertEquals(1024, validation.get("replicates").asInt(), "the spec's default, in 16 batches");
    JsonNode cost = validation.at("/objectives/expectedNetCost");
    for (String part : List.of("best", "baseline", "difference")) {
      double mean = cost.at("/" + part + "/mean").asDouble();
      double low = cost.at("/" + part + "/ci95/0").asDouble();
      double high = cost.at("/" + part + "/ci95/1").asDouble();
      assertTrue(low <= mean && mean <= high && low < high, part + ": " + cost.get(part));
    }
    assertEquals(cost.at("/best/mean").asDouble() - cost.at("/baseline/mean").asDouble(),
        cost.at("/difference/mean").asDouble(), 1e-6 * cost.at("/baseline/mean").asDouble(),
        "paired on the same replicates");
    JsonNode manifest = new ObjectMapper().readTree(results.resolve("manifest.json").toFile());
    assertEquals(64, manifest.get("specSha256").asText().length());
    assertEquals(16, manifest.get("replicates").asInt());
    assertTrue(console.out().contains("best expectedNetCost"), console.out());
  }

  @Test
  void theBestMeetsTheConstraintsAndBestJsonShowsTheirSlack() throws Exception {
    String constrained = SPEC.replace("search:", """
          constraints:
            - {name: floor, sum: [materials.ree.stockpiles.firms.targetDays], min: 40}
            - {name: budget, spendingAtMost: 1.0e9}
          search:""");
    Path results = folder.resolve("results");
    assertEquals(0, Main.execute("optimize", spec(constrained).toString(), "--out", results.toString()), console.err());
    JsonNode best = new ObjectMapper().readTree(results.resolve("best.json").toFile());
    assertTrue(best.at("/best/feasible").asBoolean(), best.toString());
    assertTrue(best.at("/best/decisions/materials.ree.stockpiles.firms.targetDays").asDouble() >= 40, best.toString());
    assertTrue(best.at("/best/constraintSlack/floor").asDouble() >= 0, best.toString());
    assertTrue(best.at("/best/constraintSlack/budget").asDouble() > 0, best.toString());
    assertFalse(best.at("/baseline/feasible").asBoolean(), "the scenario's 10 days miss the floor: " + best);
    assertEquals(-30, best.at("/baseline/constraintSlack/floor").asDouble(), 1e-9);
  }

  @Test
  void badConstraintsAreListedWithTheirLines() throws Exception {
    String bad = SPEC.replace("search:", """
          constraints:
            - {sum: [materials.ree.stockpiles.firms.targetDay], min: 40}
            - {sum: [materials.ree.stockpiles.firms.targetDays], min: 400}
            - {spendingAtMost: 5, max: 3}
            - {name: constraint 1, spendingAtMost: 5000000}
          search:""");
    assertEquals(2, Main.execute("optimize", spec(bad).toString(), "--out", folder.resolve("results").toString()));
    String problems = console.err();
    assertTrue(problems.contains("constraints[0].sum[0]: not a decision: materials.ree.stockpiles.firms.targetDay"),
        problems);
    assertTrue(problems.contains("constraints[2]: min and max go with sum, not with spendingAtMost"), problems);
    assertTrue(problems.contains("constraints[3].name: the same name as an earlier constraint: constraint 1"),
        problems);
    assertEquals(2, Main.execute("optimize", spec(SPEC.replace("search:", """
          constraints:
            - {sum: [materials.ree.stockpiles.firms.targetDays], min: 400}
          search:""")).toString(), "--out", folder.resolve("results").toString()));
    assertTrue(console.err().contains(
        "constraints[0]: cannot be met: the decisions it sums range from 0.0 to 60.0"), console.err());
  }

  @Test
  void aResumedSearchEndsByteIdenticalToOneThatNeverStopped() throws Exception {
    Path file = spec(SPEC);
    Path whole = folder.resolve("whole");
    assertEquals(0, Main.execute("optimize", file.toString(), "--out", whole.toString(), "--generations", "4"));
    assertFalse(Files.exists(folder.resolve("whole.partial")), "the work folder is gone once the results are written");
    Path shorter = folder.resolve("shorter");
    assertEquals(0, Main.execute("optimize", file.toString(), "--out", shorter.toString(), "--generations", "2"));
    // A search killed after its second generation leaves its checkpoint in DIR.partial.
    Path killed = folder.resolve("killed");
    Files.createDirectories(folder.resolve("killed.partial"));
    Files.copy(shorter.resolve("checkpoint.json"), folder.resolve("killed.partial/checkpoint.json"));
    assertEquals(0, Main.execute("optimize", file.toString(), "--resume", killed.toString(), "--generations", "4"),
        console.err());
    // A finished search is extended with more generations.
    assertEquals(0, Main.execute("optimize", file.toString(), "--resume", shorter.toString(), "--generations", "4"),
        console.err());
    for (String name : List.of("best.json", "history.csv", "optimized.yaml", "validation.json", "checkpoint.json")) {
      assertEquals(Files.readString(whole.resolve(name)), Files.readString(killed.resolve(name)), "killed: " + name);
      assertEquals(Files.readString(whole.resolve(name)), Files.readString(shorter.resolve(name)), "extended: " + name);
    }
    assertFalse(Files.exists(folder.resolve("killed.partial")));
  }

  @Test
  void resumingWithOtherSettingsOrWithoutACheckpointIsRefused() throws Exception {
    Path file = spec(SPEC);
    Path results = folder.resolve("results");
    assertEquals(0, Main.execute("optimize", file.toString(), "--out", results.toString(), "--generations", "2"));
    // An interrupted search's checkpoint is not thrown away by a fresh run without --force.
    Path other = folder.resolve("other");
    Files.createDirectories(folder.resolve("other.partial"));
    Files.copy(results.resolve("checkpoint.json"), folder.resolve("other.partial/checkpoint.json"));
    assertEquals(2, Main.execute("optimize", file.toString(), "--out", other.toString()));
    assertTrue(console.err().contains("--resume " + other + " to continue it, or --force to start again"),
        console.err());
    // A changed base scenario cannot be resumed on.
    Files.writeString(folder.resolve("scenario.yaml"), SCENARIO.replace("pricePerUnit: 1000", "pricePerUnit: 1100"));
    assertEquals(2, Main.execute("optimize", file.toString(), "--resume", results.toString(), "--generations", "3"));
    assertTrue(console.err().contains("the base scenario has changed since that search ran"), console.err());
    Files.writeString(folder.resolve("scenario.yaml"), SCENARIO);
    assertEquals(2, Main.execute("optimize", file.toString(), "--resume", results.toString(), "--seed", "6"));
    assertTrue(console.err().contains("that search ran with population 8, replicates 16 and seed 5"), console.err());
    assertEquals(2, Main.execute("optimize", file.toString(), "--resume", folder.resolve("nothing").toString()));
    assertTrue(console.err().contains("no checkpoint in"), console.err());
    // A checkpoint an engine wrote before demand noise used the engine's own functions (format 4).
    Path checkpoint = results.resolve("checkpoint.json");
    Files.writeString(checkpoint, Files.readString(checkpoint).replace("{\"format\":6,", "{\"format\":5,"));
    assertEquals(2, Main.execute("optimize", file.toString(), "--resume", results.toString(), "--generations", "3"));
    assertTrue(console.err().contains("is not a checkpoint of this version of stockpile"), console.err());
  }

  @Test
  void withTwoObjectivesItWritesTheFront() throws Exception {
    String twoWay = SPEC.replace("objective: expectedNetCost", "objectives: [expectedNetCost, cvar95Shortfall]");
    Path results = folder.resolve("results");
    assertEquals(0, Main.execute("optimize", spec(twoWay).toString(), "--out", results.toString(), "--generations", "6"),
        console.err());
    List<String> front = Files.readAllLines(results.resolve("pareto.csv"));
    assertEquals("materials.ree.stockpiles.firms.targetDays,materials.ree.sources.china.capacityPerDay,"
        + "expectedNetCost,cvar95Shortfall", front.getFirst());
    assertTrue(front.size() >= 2, front.toString());
    JsonNode validation = new ObjectMapper().readTree(results.resolve("validation.json").toFile());
    assertTrue(validation.at("/objectives/cvar95Shortfall/best/mean").isNumber(), validation.toString());
  }

  @Test
  void aSourceShareIsADecisionTheOtherSharesFollowAndAtMostAShareComesFromOneCountry() throws Exception {
    Files.writeString(folder.resolve("scenario.yaml"), SCENARIO
        .replace("countries: {JP: {}, CN: {}}", "countries: {JP: {}, CN: {}, AU: {}}")
        .replace("- {id: china, route: [CN], share: 1, capacityPerDay: 20}",
            "- {id: china, route: [CN], share: 0.9, capacityPerDay: 20}\n"
                + "      - {id: lynas, route: [AU], share: 0.1, capacityPerDay: 12, costPremium: 0.3}"));
    String shares = SPEC.replace("{path: materials.ree.sources.china.capacityPerDay, min: 15, max: 30, step: 5}",
        "{path: materials.ree.sources.china.share, min: 0.3, max: 1, step: 0.05}").replace("search:", """
            constraints:
              - {name: at most 65 % from China, sum: [materials.ree.sources.china.share], max: 0.65}
            search:""");
    Path results = folder.resolve("results");
    assertEquals(0, Main.execute("optimize", spec(shares).toString(), "--out", results.toString()), console.err());
    JsonNode best = new ObjectMapper().readTree(results.resolve("best.json").toFile());
    double china = best.at("/best/decisions/materials.ree.sources.china.share").asDouble();
    assertTrue(china <= 0.65 + 1e-9, best.toString());
    String optimized = Files.readString(results.resolve("optimized.yaml"));
    assertTrue(optimized.contains("share: " + (1 - china)) || optimized.contains("share: " + Math.round((1 - china) * 100) / 100.0),
        "lynas takes the rest: " + optimized);
    assertEquals(0, Main.execute("validate", results.resolve("optimized.yaml").toString()), console.err());
  }

  @Test
  void sameSpecSameResultsWhateverTheThreads() throws Exception {
    Path file = spec(SPEC);
    assertEquals(0, Main.execute("optimize", file.toString(), "--out", folder.resolve("a").toString(), "--threads", "1"));
    assertEquals(0, Main.execute("optimize", file.toString(), "--out", folder.resolve("b").toString(), "--threads", "2"));
    for (String name : List.of("best.json", "history.csv", "optimized.yaml", "validation.json")) {
      assertEquals(Files.readString(folder.resolve("a").resolve(name)), Files.readString(folder.resolve("b").resolve(name)),
          name);
    }
  }

  @Test
  void badSpecExitsTwoListsEveryProblemWithItsLineAndWritesNothing() throws Exception {
    String bad = SPEC
        .replace("materials.ree.stockpiles.firms.targetDays, min: 0, max: 60, step: 5",
            "materials.ree.stockpiles.firm.targetDays, min: 60, max: 0, step: 5")
        .replace("{path: materials.ree.sources.china.capacityPerDay, min: 15, max: 30, step: 5}",
            "{path: materials.ree.sources.china.share, min: 0, max: 2, step: 0.3}")
        .replace("population: 8", "populaton: 8")
        .replace("objective: expectedNetCost", "objective: expectedNetCosts");
    Path results = folder.resolve("results");
    assertEquals(2, Main.execute("optimize", spec(bad).toString(), "--out", results.toString()));
    String problems = console.err();
    assertTrue(problems.contains("test.optimize.yaml:4:6 decisions[0].path: not in the scenario: "
        + "materials.ree.stockpiles.firm"), problems);
    assertTrue(problems.contains("decisions[0]: min 60.0 is above max 0.0"), problems);
    assertTrue(problems.contains("decisions[1]: step 0.3 does not divide the range 0.0 to 2.0"), problems);
    assertTrue(problems.contains("did you mean 'population'?"), problems);
    assertTrue(problems.contains("objective: must be one of expectedNetCost"), problems);
    assertFalse(problems.contains("\tat "), "no stack trace");
    assertFalse(Files.exists(results));
  }

  @Test
  void aRangeTheScenarioCannotTakeIsRefusedBeforeAnySearch() throws Exception {
    String bad = SPEC.replace("min: 0, max: 60, step: 5", "min: -10, max: 60, step: 5");
    assertEquals(2, Main.execute("optimize", spec(bad).toString(), "--out", folder.resolve("results").toString()));
    String problems = console.err();
    assertTrue(problems.contains("test.optimize.yaml:4:5 decisions[0]: at -10.0, the scenario is not valid: "
        + "materials.ree.stockpiles.firms.targetDays"), problems);
    assertFalse(problems.contains("decisions[1]"), "the other decision is fine: " + problems);
    try (Stream<Path> left = Files.list(folder)) {
      assertEquals(List.of("scenario.yaml", "test.optimize.yaml"), left.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}
