package org.stockpile.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Readable names for paths into a scenario: the owner by name, the field in words, its unit. */
class PathLabelsTest {
  private static final Path JAPAN = Path.of("..", "scenarios", "japan-rare-earths-2010.yaml");

  @Test
  void pathsReadAsTheMaterialSourceTierOrShockTheyBelongToWithTheirUnit() throws Exception {
    ScenarioTemplate japan = ScenarioTemplate.load(JAPAN);
    assertEquals("rare-earths, public tier: target (days)",
        japan.label("materials.rare-earths.stockpiles.public.targetDays"));
    assertEquals("rare-earths, public tier: release max (t/day)",
        japan.label("materials.rare-earths.stockpiles.public.release.maxPerDay"));
    assertEquals("rare-earths from china: lead time (days)",
        japan.label("materials.rare-earths.sources.china.leadTimeDays"));
    assertEquals("rare-earths from china: share of supply", japan.label("materials.rare-earths.sources[0].share"));
    assertEquals("rare-earths: baseline daily demand (t/day)", japan.label("materials.rare-earths.baselineDailyDemand"));
    assertEquals("rare-earths: price (USD/t)", japan.label("materials.rare-earths.pricePerUnit"));
    assertEquals("Senkaku halt of exports to Japan: duration (days)", japan.label("shocks[0].durationDays"));
    assertEquals("run: horizon (days)", japan.label("run.horizonDays"));
  }

  @Test
  void unnamedShocksReadByPlaceAndKind() {
    var root = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    root.putArray("shocks").addObject().put("type", "outage");
    assertEquals("shock 1 (outage): capacity loss (share)", PathLabels.label(root, "shocks[0].capacityLoss"));
    assertEquals("x: surge rate (per day)", PathLabels.label(root, "materials.x.surgeRatePerDay"));
    root.putArray("shockProcesses").addObject().put("name", "repeat halt");
    assertEquals("repeat halt: duration median (days)", PathLabels.label(root, "shockProcesses[0].durationDays.median"));
  }

  @Test
  void aSpecsOwnLabelWins(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
    java.nio.file.Files.copy(JAPAN, folder.resolve("japan.yaml"));
    Path spec = java.nio.file.Files.writeString(folder.resolve("x.sweep.yaml"), """
        scenario: japan.yaml
        parameters:
          - {path: materials.rare-earths.sources.china.leadTimeDays, label: China lead time (days), levels: [20, 40]}
          - {path: materials.rare-earths.baselineDailyDemand, levels: [20, 26]}
        design: {type: grid, levels: 2}
        metrics: [netCost]
        """);
    var sweep = org.stockpile.study.SweepStudy.load(spec).plan();
    assertEquals(java.util.List.of("China lead time (days)", "rare-earths: baseline daily demand (t/day)"),
        sweep.labels());
  }
}
