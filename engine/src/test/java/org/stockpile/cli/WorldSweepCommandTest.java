package org.stockpile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.testing.CapturedConsole;
import org.stockpile.testing.TestScenarios;

/** {@code stockpile sweep} on a scenario with several economies: paths in the world, metrics per economy. */
class WorldSweepCommandTest {
  static final String WORLD = TestScenarios.japanAndKoreaBuyingFromChina("two-economies").replace("shocks:\n", """
      groups:
        iea:
          members: [JP, KR]
          collectiveRelease: {triggerShare: 0.07}
      shocks:
      """) + "run: {replicates: 40, horizonDays: 200}\n";
  static final String SPEC = """
      scenario: world.yaml
      parameters:
        - {path: economies.JP.materials.ree.stockpiles.public.targetDays, distribution: {distribution: uniform, min: 0, max: 60}}
        - {path: suppliers.ree.china.capacityPerDay, levels: [100, 150, 200]}
        - {path: groups.iea.collectiveRelease.triggerShare, distribution: {distribution: uniform, min: 0.02, max: 0.5}}
        - {path: markets.ree.reservePressure, distribution: {distribution: uniform, min: 0, max: 2}}
      design: {type: sobol, samples: 4}
      metrics: [JP/ree.shortfallUnits, KR/netCost, world/ree.priceIndexMax]
      replicates: 8
      seed: 3
      """;

  @TempDir
  Path folder;

  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  @BeforeEach
  void setUp() throws Exception {
    Files.writeString(folder.resolve("world.yaml"), WORLD);
  }

  private Path spec(String text) throws Exception {
    return Files.writeString(folder.resolve("world.sweep.yaml"), text);
  }

  @Test
  void aWorldSweepGivesEachEconomysMetricsAndTheSameBytesOnOneAndTwoThreads() throws Exception {
    Path one = folder.resolve("one");
    Path two = folder.resolve("two");
    assertEquals(0, Main.execute("sweep", spec(SPEC).toString(), "--out", one.toString(), "--threads", "1"),
        console.err());
    assertEquals(0, Main.execute("sweep", spec(SPEC).toString(), "--out", two.toString(), "--threads", "2"),
        console.err());
    List<String> points = Files.readAllLines(one.resolve("points.csv"));
    assertEquals("point,economies.JP.materials.ree.stockpiles.public.targetDays,suppliers.ree.china.capacityPerDay,"
        + "groups.iea.collectiveRelease.triggerShare,markets.ree.reservePressure,JP/ree.shortfallUnits,KR/netCost,"
        + "world/ree.priceIndexMax", points.getFirst(), "no days of cover: a world's runs record none");
    assertEquals(1 + 4 * (4 + 2), points.size());
    Set<String> shortfalls = new HashSet<>();
    for (String row : points.subList(1, points.size())) {
      String[] cells = row.split(",");
      shortfalls.add(cells[5]);
      assertTrue(Double.parseDouble(cells[5]) >= 0, row);
      assertTrue(Double.parseDouble(cells[7]) >= 1, "the price index never falls below the base price: " + row);
    }
    assertTrue(shortfalls.size() > 1, "Japan's reserve moves Japan's shortfall");
    JsonNode indices = new ObjectMapper().readTree(one.resolve("indices.json").toFile());
    for (String metric : List.of("JP/ree.shortfallUnits", "KR/netCost", "world/ree.priceIndexMax")) {
      assertTrue(indices.path("metrics").path(metric).path("suppliers.ree.china.capacityPerDay").has("ST"), metric);
    }
    assertEquals("JP, ree, public tier: target (days)",
        indices.at("/labels/economies.JP.materials.ree.stockpiles.public.targetDays").asText());
    assertEquals("ree supplier china: capacity (t/day)", indices.at("/labels/suppliers.ree.china.capacityPerDay").asText());
    assertFalse(Files.exists(one.resolve("timeindices.csv")));
    for (String name : List.of("points.csv", "indices.json")) {
      assertEquals(Files.readString(one.resolve(name)), Files.readString(two.resolve(name)),
          name + " is the same whatever the threads");
    }
    assertTrue(console.out().contains("JP/ree.shortfallUnits (Sobol S1 and ST"), console.out());
  }

  @Test
  void anUnknownEconomyIsRefusedWithItsPathExitTwoAndNothingWritten() throws Exception {
    Path results = folder.resolve("results");
    String bad = SPEC.replace("path: economies.JP.materials", "path: economies.XX.materials");
    assertEquals(2, Main.execute("sweep", spec(bad).toString(), "--out", results.toString()));
    String err = console.err();
    assertTrue(err.contains("world.sweep.yaml:3:") && err.contains("parameters[0].path")
        && err.contains("not in the scenario: economies.XX"), err);
    assertFalse(Files.exists(results), "nothing written");
    assertFalse(Files.exists(folder.resolve("results.partial")), "no journal either");
  }

  @Test
  void everyProblemOfAWorldSpecIsListedAtOnce() throws Exception {
    Path results = folder.resolve("results");
    String bad = SPEC.replace("path: markets.ree.reservePressure", "path: economies.KR.materials.ree.sources.china.share")
        .replace("metrics: [JP/ree.shortfallUnits, KR/netCost, world/ree.priceIndexMax]",
            "metrics: [netCost, XX/netCost, JP/nickel.shortfallUnits, world/ree.priceIndexMedian]\n"
                + "timeIndices: {days: [30]}");
    assertEquals(2, Main.execute("sweep", spec(bad).toString(), "--out", results.toString()));
    String err = console.err();
    assertTrue(err.contains("parameters[3].path") && err.contains("a source's share cannot be swept"), err);
    assertTrue(err.contains("metrics[0]") && err.contains("name the economy, ECONOMY/metric"), err);
    assertTrue(err.contains("metrics[1]") && err.contains("'XX' is not an economy of the scenario (JP, KR"), err);
    assertTrue(err.contains("metrics[2]") && err.contains("economy JP: not a material of the scenario: nickel"), err);
    assertTrue(err.contains("metrics[3]") && err.contains("priceIndexMean and world/material.priceIndexMax"), err);
    assertTrue(err.contains("timeIndices") && err.contains("records no days of cover"), err);
    assertFalse(Files.exists(results), "nothing written");
  }

  @Test
  void validateAcceptsAWorldSweepSpec() throws Exception {
    assertEquals(0, Main.execute("validate", spec(SPEC).toString()), console.err());
    assertTrue(console.out().contains("valid sweep spec (4 parameters"), console.out());
  }
}
