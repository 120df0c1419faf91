package org.stockpile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.metrics.Metric;
import org.stockpile.testing.CapturedConsole;

/**
 * Every figure a planner reads carries its unit, and nothing adds kilograms of gallium to tonnes of
 * graphite: summary.json, replicates.csv, the manifest, the terminal table, compare, sweep and
 * optimize specs.
 */
class UnitsTest {
  private static final String SCENARIO = """
      name: two-units
      economy: US
      currency: EUR
      countries: {US: {}, CN: {}, CA: {}}
      materials:
        gallium:
          unit: kg
          baselineDailyDemand: 50
          pricePerUnit: 400
          shortageCostPerUnit: 4000
          sources:
            - {id: china, route: [CN], share: 0.7, capacityPerDay: 60, leadTimeDays: 10}
            - {id: canada, route: [CA], share: 0.3, capacityPerDay: 20, leadTimeDays: 20}
          stockpiles:
            private: {targetDays: 10}
        graphite:
          baselineDailyDemand: 100
          pricePerUnit: 1000
          shortageCostPerUnit: 5000
          sources:
            - {id: china, route: [CN], share: 0.9, capacityPerDay: 120, leadTimeDays: 10}
            - {id: canada, route: [CA], share: 0.1, capacityPerDay: 30, leadTimeDays: 20}
          stockpiles:
            public: {targetDays: 20, release: {latencyDays: 3}}
      shocks:
        - {name: ban, type: exportControl, country: CN, mode: ban, targets: [US], start: 30, durationDays: 60}
      run: {replicates: 24, horizonDays: 200}
      """;

  @TempDir
  Path folder;

  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  @Test
  void summaryCarriesUnitsAndTotalsOnlyWhatHasAMeaningOverMaterials() throws Exception {
    Path file = Files.writeString(folder.resolve("two.yaml"), SCENARIO);
    Path run = folder.resolve("run");
    assertEquals(0, Main.execute("run", file.toString(), "--out", run.toString()), console.err());
    JsonNode summary = new ObjectMapper().readTree(run.resolve("summary.json").toFile());
    assertEquals("EUR", summary.path("currency").asText());
    assertEquals("kg", summary.at("/materials/gallium/unit").asText());
    assertEquals("t", summary.at("/materials/graphite/unit").asText());
    assertEquals("material's unit", summary.at("/metricUnits/shortfallUnits").asText());
    for (Metric metric : Metric.values()) {
      assertEquals(metric.hasTotal(), summary.path("total").has(metric.key()), metric.key());
    }
    assertFalse(summary.path("total").has("shortfallUnits"), "no kg + t");
    double gallium = summary.at("/materials/gallium/netCost/mean").asDouble();
    double graphite = summary.at("/materials/graphite/netCost/mean").asDouble();
    assertEquals(gallium + graphite, summary.at("/total/netCost/mean").asDouble(), 1e-6 * (gallium + graphite),
        "money adds up");

    List<String> replicates = Files.readAllLines(run.resolve("replicates.csv"));
    assertEquals(1 + 24 * 2, replicates.size(), "one row per replicate and material");
    assertTrue(replicates.stream().skip(1).allMatch(row -> row.split(",")[1].matches("gallium|graphite")),
        "no total rows among the materials' rows");
    List<String> totals = Files.readAllLines(run.resolve("replicate-totals.csv"));
    assertEquals(1 + 24, totals.size());
    assertFalse(totals.getFirst().contains("shortfallUnits"), totals.getFirst());
    assertTrue(totals.getFirst().contains("netCost"), totals.getFirst());

    JsonNode manifest = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
    assertEquals("kg", manifest.at("/units/materials/gallium").asText());
    assertEquals("EUR", manifest.at("/units/currency").asText());
    assertEquals("currency", manifest.at("/units/files/replicates.csv/netCost").asText());
    assertEquals("days", manifest.at("/units/files/replicate-totals.csv/shortfallDays").asText());

    String table = console.out();
    assertTrue(table.lines().anyMatch(line -> line.startsWith("gallium") && line.contains(" kg ")
        && line.contains(" EUR")), table);
    assertTrue(table.lines().anyMatch(line -> line.startsWith("graphite") && line.matches(".* t .*")
        && line.contains(" days") && line.contains(" %")), table);
    assertTrue(table.lines().anyMatch(line -> line.startsWith("all materials") && line.contains("–")), table);
    assertFalse(table.contains(" 1 materials") || table.contains("1 replicates"), table);
  }

  @Test
  void compareShowsUnitsAndSaysInWordsWhichRunIsBetter() throws Exception {
    Path file = Files.writeString(folder.resolve("two.yaml"), SCENARIO);
    Path bigger = Files.writeString(folder.resolve("bigger.yaml"), SCENARIO.replace("targetDays: 20", "targetDays: 60"));
    Path a = folder.resolve("a");
    Path b = folder.resolve("b");
    assertEquals(0, Main.execute("run", file.toString(), "--out", a.toString()), console.err());
    assertEquals(0, Main.execute("run", bigger.toString(), "--out", b.toString()), console.err());
    console.resetOut();
    assertEquals(0, Main.execute("compare", a.toString(), b.toString()), console.err());
    String printed = console.out();
    assertFalse(printed.matches("(?s).*\\de[+-]\\d.*"), "no exponents: " + printed);
    assertTrue(printed.lines().anyMatch(line -> line.startsWith("graphite") && line.contains("shortfall ")
        && line.contains(" t ") && line.endsWith("B better")), printed);
    assertTrue(printed.lines().anyMatch(line -> line.startsWith("graphite") && line.contains("compliance")
        && line.contains("pts")), "shares differ in percentage points: " + printed);
    assertTrue(printed.lines().anyMatch(line -> line.startsWith("all materials") && line.contains("EUR")), printed);
    assertTrue(printed.lines().noneMatch(line -> line.startsWith("all materials") && line.contains("shortfall ")
        && !line.contains("days")), "no total of quantities: " + printed);
    assertTrue(printed.contains("B better on:\n    graphite shortfall: "), "in words: " + printed);
    assertTrue(printed.matches("(?s).*graphite shortfall: \\S+ t → \\S+ t, B - A = -\\S+ t \\[\\S+, \\S+\\].*"),
        "with both values and the interval: " + printed);
  }

  @Test
  void specsRefuseToAddShortfallOverMaterialsInDifferentUnits() throws Exception {
    Files.writeString(folder.resolve("two.yaml"), SCENARIO);
    Path sweep = Files.writeString(folder.resolve("two.sweep.yaml"), """
        scenario: two.yaml
        parameters:
          - {path: materials.graphite.stockpiles.public.targetDays, distribution: {distribution: uniform, min: 10, max: 40}}
        design: {type: latinHypercube, samples: 4}
        metrics: [shortfallUnits, netCost, graphite.shortfallUnits]
        """);
    assertEquals(2, Main.execute("validate", sweep.toString()));
    assertTrue(console.err().contains("metrics[0]: shortfallUnits cannot be added over materials measured in "
        + "different units (kg, t): name one, e.g. gallium.shortfallUnits"), console.err());
    Path optimize = Files.writeString(folder.resolve("two.optimize.yaml"), """
        scenario: two.yaml
        objective: expectedShortfall
        decisions:
          - {path: materials.graphite.stockpiles.public.targetDays, min: 0, max: 60, step: 10}
        """);
    assertEquals(2, Main.execute("validate", optimize.toString()));
    assertTrue(console.err().contains("objective: expectedShortfall adds shortfall over materials, but they are "
        + "measured in different units (kg, t)"), console.err());
  }
}
