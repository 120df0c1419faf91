package org.stockpile.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.check.ScenarioException;
import org.stockpile.model.ExportControl;
import org.stockpile.model.Material;
import org.stockpile.model.Scenario;
import org.stockpile.model.Source;

/**
 * Variants without copying files: overlays merged onto a scenario and values set by path, checked
 * like a file, every problem located where its value was written.
 */
class ScenarioVariantTest {
  private static final String BASE = """
      name: base
      economy: JP
      countries: {JP: {}, CN: {}, AU: {}, MY: {}}
      materials:
        rare-earths:
          baselineDailyDemand: 20
          pricePerUnit: 30000
          shortageCostPerUnit: 300000
          sources:
            - {id: china, route: [CN], share: 0.8, capacityPerDay: 40}
            - {id: others, route: [AU], share: 0.15, capacityPerDay: 5}
            - {id: lynas, route: [AU, MY], share: 0.05, capacityPerDay: 2}
          stockpiles:
            private: {targetDays: 18}
            public: {targetDays: 42, release: {triggerShare: 0.02, latencyDays: 5}}
          recycling: {share: 0.03, lagDays: 730}
      shocks:
        - {type: exportControl, name: halt, country: CN, mode: ban, targets: [JP], start: 100, durationDays: 60}
      run: {replicates: 10, horizonDays: 365, startDate: 2010-01-01}
      """;

  @TempDir
  Path folder;

  private Path write(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private List<String> problems(Path base, ScenarioVariant... variants) {
    ScenarioException error = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(base, variants));
    return error.problems().stream().map(p -> p.toString().replace(folder + "/", "")).toList();
  }

  private static void assertHas(List<String> problems, String expected) {
    assertTrue(problems.contains(expected), "expected\n  " + expected + "\namong\n  " + String.join("\n  ", problems));
  }

  private static Material rareEarths(Scenario scenario) {
    return scenario.materials().get("rare-earths");
  }

  @Test
  void aSettingChangesTheValueAtItsPath() throws Exception {
    Scenario varied = ScenarioLoader.load(write("base.yaml", BASE),
        ScenarioVariant.set("materials.rare-earths.stockpiles.public.targetDays", "90"));
    assertEquals(90, rareEarths(varied).stockpiles().get("public").targetDays());
    assertEquals(18, rareEarths(varied).stockpiles().get("private").targetDays());
  }

  @Test
  void valuesAreYamlScalarsOrFlowValues() throws Exception {
    Scenario varied = ScenarioLoader.load(write("base.yaml", BASE),
        ScenarioVariant.parseSetting("run.startDate=2011-01-01"),
        ScenarioVariant.parseSetting("shocks[0].name=longer halt"),
        ScenarioVariant.parseSetting("shocks[0].targets=[JP, AU]"),
        ScenarioVariant.parseSetting("shocks.halt.durationDays=90".replace("shocks.halt", "shocks[0]")),
        ScenarioVariant.parseSetting("materials.rare-earths.demandNoise=0.1"));
    assertEquals(LocalDate.of(2011, 1, 1), varied.run().startDate());
    ExportControl halt = (ExportControl) varied.shocks().getFirst();
    assertEquals("longer halt", halt.name());
    assertEquals(List.of("JP", "AU"), halt.targets());
    assertEquals(90, halt.window().durationDays());
    assertEquals(0.1, rareEarths(varied).demandNoise(), "a key the file leaves to its default");
  }

  @Test
  void settingAShareMovesTheOtherSharesInProportionAsSpecsDo() throws Exception {
    Path base = write("base.yaml", BASE);
    Scenario varied = ScenarioLoader.load(base, ScenarioVariant.set("materials.rare-earths.sources.china.share", "0.6"));
    List<Source> sources = rareEarths(varied).sources();
    assertEquals(0.6, sources.get(0).share());
    assertEquals(0.3, sources.get(1).share(), 1e-12);
    assertEquals(0.1, sources.get(2).share(), 1e-12);
    Scenario bySpec = ScenarioTemplate.load(base).scenario(List.of("materials.rare-earths.sources[0].share"),
        new double[] {0.6});
    assertEquals(bySpec, varied, "the same code path as a sweep point or an optimize candidate");
  }

  @Test
  void nullPutsAKeyBackToItsDefault() throws Exception {
    Scenario varied = ScenarioLoader.load(write("base.yaml", BASE),
        ScenarioVariant.set("materials.rare-earths.recycling", "null"));
    assertNull(rareEarths(varied).recycling());
  }

  @Test
  void aBadValueIsLocatedAtTheSetting() throws Exception {
    List<String> problems = problems(write("base.yaml", BASE),
        ScenarioVariant.parseSetting("materials.rare-earths.stockpiles.public.targetDays=abc"));
    assertEquals(List.of("--set materials.rare-earths.stockpiles.public.targetDays=abc: must be a number, got text "
        + "'abc'"), problems);
  }

  @Test
  void aValueOutOfRangeIsNamedAsTheSettingWroteItsPath() throws Exception {
    List<String> problems = problems(write("base.yaml", BASE),
        ScenarioVariant.parseSetting("materials.rare-earths.sources.lynas.capacityPerDay=-1"));
    assertEquals(List.of("--set materials.rare-earths.sources.lynas.capacityPerDay=-1: must be at least 0, got -1"),
        problems);
  }

  @Test
  void pathsNotInTheScenarioAreRefusedWithAHint() throws Exception {
    List<String> problems = problems(write("base.yaml", BASE),
        ScenarioVariant.set("materials.rare-earth.stockpiles.public.targetDays", "90"),
        ScenarioVariant.set("materials.rare-earths.sources.lynaz.share", "0.1"),
        ScenarioVariant.set("shocks[3].durationDays", "9"),
        ScenarioVariant.set("materials.rare-earths.stockpiles.public.targetDayz", "90"),
        ScenarioVariant.set("shocks[0]", "{type: outage}"),
        ScenarioVariant.set("name.first", "x"));
    assertEquals(List.of(
        "--set materials.rare-earth.stockpiles.public.targetDays=90: not in the scenario: materials.rare-earth "
            + "(did you mean 'rare-earths'?)",
        "--set materials.rare-earths.sources.lynaz.share=0.1: not in the scenario: materials.rare-earths.sources.lynaz "
            + "(did you mean 'lynas'?)",
        "--set shocks[3].durationDays=9: not in the scenario: shocks[3] (shocks has 1 entry)",
        "--set materials.rare-earths.stockpiles.public.targetDayz=90: unknown key 'targetDayz' (did you mean "
            + "'targetDays'?)",
        "--set shocks[0]={type: outage}: ends at a list entry; name one of its keys (shocks[0].KEY)",
        "--set name.first=x: does not name a value: name is not an object"), problems);
  }

  @Test
  void aSettingWithoutEqualsIsRefused() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> ScenarioVariant.parseSetting("materials.rare-earths.stockpiles.public.targetDays"));
    assertTrue(error.getMessage().startsWith("expected PATH=VALUE"), error.getMessage());
  }

  @Test
  void anOverlayMergesMappingsKeyByKeyAndSourcesById() throws Exception {
    Path overlay = write("nightly.yaml", """
        materials:
          rare-earths:
            baselineDailyDemand: 24
            sources:
              - {id: lynas, capacityPerDay: 8}
              - {id: vietnam, route: [AU], share: 0, capacityPerDay: 3}
            stockpiles:
              public: {targetDays: 60}
        shocks:
          - {type: exportControl, country: CN, mode: quota, allowedShare: 0.5, start: 10, durationDays: 30}
        """);
    Scenario varied = ScenarioLoader.load(write("base.yaml", BASE), ScenarioVariant.overlay(overlay));
    Material material = rareEarths(varied);
    assertEquals(24, material.baselineDailyDemand());
    assertEquals(List.of("china", "others", "lynas", "vietnam"), material.sources().stream().map(Source::id).toList());
    assertEquals(8.0, material.sources().get(2).capacityPerDay(), "merged by id");
    assertEquals(List.of("AU", "MY"), material.sources().get(2).route(), "keys the overlay leaves out are kept");
    assertEquals(60, material.stockpiles().get("public").targetDays());
    assertEquals(0.02, material.stockpiles().get("public").release().triggerShare(), "merged key by key");
    assertEquals(18, material.stockpiles().get("private").targetDays());
    assertEquals(1, varied.shocks().size(), "a list without ids is replaced");
    assertInstanceOf(ExportControl.Quota.class, varied.shocks().getFirst());
  }

  @Test
  void overlaysThenSettingsApplyInOrder() throws Exception {
    Path first = write("first.yaml", "materials: {rare-earths: {stockpiles: {public: {targetDays: 60}}}}\n");
    Path second = write("second.yaml", "materials: {rare-earths: {stockpiles: {public: {targetDays: 70}}}}\n");
    Scenario varied = ScenarioLoader.load(write("base.yaml", BASE), ScenarioVariant.overlay(first),
        ScenarioVariant.overlay(second), ScenarioVariant.set("materials.rare-earths.stockpiles.public.targetDays", "80"));
    assertEquals(80, rareEarths(varied).stockpiles().get("public").targetDays());
  }

  @Test
  void problemsInAnOverlayNameItsFileLineAndColumn() throws Exception {
    Path overlay = write("nightly.yaml", """
        materials:
          rare-earths:
            baselineDailyDemand: lots
            sources:
              - {id: vietnam, route: [VN], share: 0, capacityPerDay: 3}
            stockpiles:
              public: {targetDays: 60, holdingCost: 5}
        """);
    List<String> problems = problems(write("base.yaml", BASE.replace("demandNoise", "x")),
        ScenarioVariant.overlay(overlay), ScenarioVariant.set("run.replicates", "0"));
    assertEquals(List.of(
        "nightly.yaml:3:5 materials.rare-earths.baselineDailyDemand: must be a number, got text 'lots'",
        "nightly.yaml:5:31 materials.rare-earths.sources[3].route[0]: 'VN' is not among the countries (did you mean "
            + "'CN'?)",
        "nightly.yaml:7:32 materials.rare-earths.stockpiles.public.holdingCost: unknown key 'holdingCost'",
        "--set run.replicates=0: must be in [1, 10000000], got 0"), problems);
  }

  @Test
  void nullInAnOverlayPutsAKeyBackToItsDefaultAndAMissingRequiredKeyIsTheOverlays() throws Exception {
    Path overlay = write("nightly.yaml", """
        materials:
          rare-earths:
            recycling: null
            baselineDailyDemand: null
            sources:
              - {id: china, share: 0.5}
              - {id: china, share: 0.6}
        """);
    List<String> problems = problems(write("base.yaml", BASE), ScenarioVariant.overlay(overlay));
    assertHas(problems, "nightly.yaml:4:5 materials.rare-earths.baselineDailyDemand: missing required key "
        + "'baselineDailyDemand'");
    assertHas(problems, "nightly.yaml:7:10 materials.rare-earths.sources[1].id: the same id as an earlier entry of this list ('china')");
    Path fixed = write("fixed.yaml", "materials: {rare-earths: {recycling: null}}\n");
    assertNull(rareEarths(ScenarioLoader.load(folder.resolve("base.yaml"), ScenarioVariant.overlay(fixed)))
        .recycling());
  }

  @Test
  void theSharesASettingMovesAreLocatedAtIt() throws Exception {
    List<String> problems = problems(write("base.yaml", BASE),
        ScenarioVariant.set("materials.rare-earths.sources.china.share", "1.5"));
    assertEquals(List.of("--set materials.rare-earths.sources.china.share=1.5: must be in [0, 1], got 1.5",
        "--set materials.rare-earths.sources.china.share=1.5: materials.rare-earths.sources[1].share: must be in "
            + "[0, 1], got -0.375",
        "--set materials.rare-earths.sources.china.share=1.5: materials.rare-earths.sources[2].share: must be in "
            + "[0, 1], got -0.125"), problems);
  }

  @Test
  void bundledOverlaysApplyToTheScenariosTheyAreNamedAfter() throws Exception {
    List<Path> overlays;
    try (var files = Files.list(Path.of("..", "scenarios", "overlays"))) {
      overlays = files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
    }
    assertTrue(!overlays.isEmpty());
    for (Path overlay : overlays) {
      String name = overlay.getFileName().toString();
      Path base = Path.of("..", "scenarios", name.substring(0, name.indexOf('.')) + ".yaml");
      if (ScenarioLoader.declaresEconomies(base)) {
        var varied = ScenarioLoader.loadWorld(base, List.of(ScenarioVariant.overlay(overlay))).world();
        assertTrue(!varied.equals(ScenarioLoader.loadWorld(base, List.of()).world()), overlay + " changes " + base);
        continue;
      }
      Scenario varied = ScenarioLoader.load(base, ScenarioVariant.overlay(overlay));
      assertTrue(!varied.equals(ScenarioLoader.load(base)), overlay + " changes " + base);
    }
  }

  @Test
  void problemsInTheBaseKeepTheirLocations() throws Exception {
    Path base = write("base.yaml", BASE.replace("pricePerUnit: 30000", "pricePerUnit: -1"));
    List<String> problems = problems(base, ScenarioVariant.set("run.replicates", "5"));
    assertEquals(List.of("base.yaml:7:5 materials.rare-earths.pricePerUnit: must be at least 0, got -1"), problems);
  }

  @Test
  void anOverlayThatCannotBeReadIsReportedWithTheOtherProblems() throws Exception {
    List<String> problems = problems(write("base.yaml", BASE), ScenarioVariant.overlay(folder.resolve("missing.yaml")),
        ScenarioVariant.set("run.seed", "x"));
    assertEquals(2, problems.size(), String.join("\n", problems));
    assertTrue(problems.get(0).startsWith("missing.yaml (top level): cannot read the file"), problems.get(0));
    assertEquals("--set run.seed=x: must be a whole number, got text 'x'", problems.get(1));
  }

  @Test
  void noVariantsIsTheFileAsItIs() throws Exception {
    Path base = write("base.yaml", BASE);
    Path unchanged = write("no-change-tonight.yaml", "# the nightly update: nothing changed\n");
    assertEquals(ScenarioLoader.load(base), ScenarioLoader.load(base, ScenarioVariant.overlay(unchanged)),
        "an overlay with nothing in it changes nothing");
    assertEquals(ScenarioLoader.load(base), ScenarioLoader.load(base, List.of()));
    assertEquals(ScenarioLoader.load(base), ScenarioTemplate.load(base, List.of()).scenario());
  }

  @Test
  void theVariedScenarioWrittenAsYamlReadsBackTheSame() throws Exception {
    // Texts YAML could misread (a date, Norway's code, "yes", a number in quotes) survive the round trip.
    Path base = write("base.yaml", BASE.replace("MY: {}}", "MY: {}, NO: {name: 'no'}}")
        .replace("route: [AU], share: 0.15", "route: ['NO'], share: 0.15"));
    List<ScenarioVariant> variants = List.of(ScenarioVariant.set("materials.rare-earths.sources.china.share", "0.7"),
        ScenarioVariant.set("run.startDate", "2011-01-01"), ScenarioVariant.set("shocks[0].name", "yes"),
        ScenarioVariant.set("description", "'42'"));
    ScenarioTemplate varied = ScenarioTemplate.load(base, variants);
    assertEquals("yes", varied.scenario().shocks().get(0).name(), "a text set to yes stays the text typed");
    Path written = write("as-run.yaml", varied.yaml());
    assertEquals(varied.scenario(), ScenarioLoader.load(written));
    assertEquals(ScenarioLoader.load(base, variants), varied.scenario());
  }
}
