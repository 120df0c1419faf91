package org.stockpile.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.check.Finding;
import org.stockpile.check.ScenarioException;
import org.stockpile.model.ExportControl;
import org.stockpile.model.Material;
import org.stockpile.model.ReleaseRule;
import org.stockpile.model.Scenario;

/**
 * Values set on a template's records (sweep points, optimizer candidates) make the scenario that
 * setting them in the base file's tree and binding it makes, and are refused with the same
 * problems, in the same order.
 */
class TemplateSettersTest {
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
            private: {targetDays: 18, release: {triggerShare: 0.01}}
            public: {targetDays: 42, release: {triggerShare: 0.02, latencyDays: 5, mode: loan}}
      shocks:
        - {type: exportControl, name: halt, country: CN, mode: quota, allowedShare: 0.3, targets: [JP], start: 100, durationDays: 60}
      run: {replicates: 10, horizonDays: 365, startDate: 2010-01-01}
      """;
  private static final String SHARE = "materials.rare-earths.sources.china.share";
  private static final String TARGET = "materials.rare-earths.stockpiles.public.targetDays";
  private static final String LATENCY = "materials.rare-earths.stockpiles.public.release.latencyDays";
  private static final String DURATION = "shocks[0].durationDays";
  private static final String HORIZON = "run.horizonDays";
  private static final List<String> HAND_PICKED = List.of(SHARE, TARGET, LATENCY, DURATION, HORIZON);

  @TempDir
  Path folder;
  private ScenarioTemplate template;

  @BeforeEach
  void load() throws IOException, ScenarioException {
    Path file = folder.resolve("base.yaml");
    Files.writeString(file, BASE);
    template = ScenarioTemplate.load(file);
  }

  /** What the tree path gives: the scenario, or its problems. */
  private Object byTree(List<String> paths, double... values) {
    try {
      return template.valid(paths, values).scenario();
    } catch (ScenarioException e) {
      return e.problems();
    }
  }

  /** What the setters give: the scenario, or its problems. */
  private Object bySetters(List<String> paths, double... values) {
    TemplateSetters setters = template.setters(paths);
    assertEquals(Map.of(), setters.pathsSetInTheTree(), "set on the records");
    try {
      return setters.valid(values).scenario();
    } catch (ScenarioException e) {
      return e.problems();
    }
  }

  private Object same(List<String> paths, double... values) {
    Object bySetters = bySetters(paths, values);
    assertEquals(byTree(paths, values), bySetters, paths + " = " + java.util.Arrays.toString(values));
    return bySetters;
  }

  private static Material rareEarths(Object scenario) {
    return assertInstanceOf(Scenario.class, scenario).materials().get("rare-earths");
  }

  @Test
  void handPickedPathsMakeTheScenarioTheTreeMakes() {
    Scenario scenario = (Scenario) same(HAND_PICKED, 0.6, 90, 8, 30, 730);
    Material material = rareEarths(scenario);
    assertEquals(0.6, material.sources().get(0).share());
    assertEquals(90, material.stockpiles().get("public").targetDays());
    assertEquals(8, assertInstanceOf(ReleaseRule.Loan.class, material.stockpiles().get("public").release())
        .latencyDays());
    assertEquals(30, assertInstanceOf(ExportControl.Quota.class, scenario.shocks().getFirst()).window().durationDays());
    assertEquals(730, scenario.run().horizonDays());
  }

  @Test
  void settingAShareRescalesTheOthersInProportionAsTheTreeDoes() {
    Material material = rareEarths(same(List.of(SHARE), 0.6));
    assertEquals(0.3, material.sources().get(1).share(), 1e-12);
    assertEquals(0.1, material.sources().get(2).share(), 1e-12);
    same(List.of(SHARE, "materials.rare-earths.sources[2].share"), 0.5, 0.25);
    same(List.of(SHARE, "materials.rare-earths.sources.others.share", "materials.rare-earths.sources.lynas.share"),
        0.5, 0.25, 0.25);
  }

  @Test
  void theValuesNotSetAreSharedWithTheBase() throws ScenarioException {
    Scenario scenario = template.setters(List.of(HORIZON)).scenario(new double[] {400});
    assertSame(rareEarths(template.scenario()), rareEarths(scenario));
    assertNotSame(template.scenario().run(), scenario.run());
  }

  @Test
  void aFractionOnAWholeNumberFieldIsRefusedAsTheBinderRefusesIt() {
    assertEquals(List.of(Finding.at("materials.rare-earths.stockpiles.public.release.latencyDays",
        "must be a whole number, got a number (5.5)")), same(List.of(LATENCY), 5.5));
    same(List.of(HORIZON), Double.NaN);
    same(List.of(DURATION), 1e16);
    same(List.of(DURATION), 3e9);
    same(List.of(TARGET), Double.POSITIVE_INFINITY);
  }

  @Test
  void problemsWithSeveralValuesAreListedInTheOrderOfTheFile() {
    List<?> problems = assertInstanceOf(List.class, same(List.of(HORIZON, DURATION, LATENCY), 2.5, 1.5, 0.5));
    assertEquals(List.of(LATENCY, DURATION, HORIZON), problems.stream().map(p -> ((Finding) p).path()).toList());
  }

  @Test
  void valuesTheValidatorRefusesAreRefusedWithItsProblems() {
    List<?> negativeShare = assertInstanceOf(List.class, same(List.of(SHARE), -0.2));
    assertEquals("materials.rare-earths.sources[0].share", ((Finding) negativeShare.getFirst()).path());
    same(List.of(SHARE), 1.7);
    same(List.of(SHARE), Double.NaN);
    same(List.of(SHARE), Double.POSITIVE_INFINITY);
    same(List.of(TARGET), -1);
    same(List.of(HORIZON), 0);
    same(List.of(LATENCY, HORIZON), -3, 1e9);
  }

  @Test
  void aKeyTheFileLeavesToItsDefaultIsSetLikeOneItWrites() {
    same(List.of("materials.rare-earths.stockpiles.public.release.maxPerDay"), 12.5);
    same(List.of("materials.rare-earths.stockpiles.public.release.loanPremium"), 0.05);
    same(List.of("materials.rare-earths.stockpiles.private.release.latencyDays"), 3);
    same(List.of("shocks[0].rampUpDays", "materials.rare-earths.sources.lynas.leadTimeDays"), 7, 2.5);
    same(List.of("run.seed"), 42);
  }

  @Test
  void theLastOfTwoPathsToOnePlaceWinsAsInTheTree() {
    same(List.of(SHARE, "materials.rare-earths.sources[0].share"), 0.5, 0.7);
    same(List.of(LATENCY, LATENCY), 0.5, 4);
    same(List.of(LATENCY, LATENCY), 4, 0.5);
  }

  @Test
  void pathsThatReshapeAMappingAreSetInTheTree() {
    for (String path : List.of("materials.rare-earths.stockpiles.public.release.mode", "shocks[0].type",
        "materials.rare-earths.stockpiles.private.release.paybackDays", "shocks[0].delayDays", "shocks[0].name",
        "materials.rare-earths.sources.china.id", "run.startDate", "materials.rare-earths.unknownKey",
        "materials.rare-earths.backlog", "materials.rare-earths.stockpiles.public")) {
      TemplateSetters setters = template.setters(List.of(TARGET, path));
      assertEquals(Set.of(path), setters.pathsSetInTheTree().keySet(), path);
      for (double value : new double[] {0, 1, 2.5, 365}) {
        assertEquals(outcome(() -> template.valid(List.of(TARGET, path), new double[] {60, value}).scenario()),
            outcome(() -> setters.scenario(new double[] {60, value})), path + " = " + value);
      }
    }
  }

  @Test
  void aPathNotInTheScenarioIsRefusedForEveryCandidateAsBefore() {
    TemplateSetters setters = template.setters(List.of("materials.rare-earth.stockpiles.public.targetDays"));
    assertEquals(1, setters.pathsSetInTheTree().size());
    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
        () -> setters.valid(new double[] {1}));
    assertEquals("not in the scenario: materials.rare-earth (did you mean 'rare-earths'?)", wrong.getMessage());
  }

  private interface Making {
    Scenario make() throws ScenarioException;
  }

  private static Object outcome(Making making) {
    try {
      return making.make();
    } catch (ScenarioException e) {
      return e.problems();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
