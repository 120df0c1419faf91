package org.stockpile.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.check.ScenarioException;
import org.stockpile.model.Scenario;

/** Every kind of problem a scenario file can have is reported with file, line, column and path. */
class ValidationTest {
  @TempDir
  Path folder;

  private static final String VALID = """
      name: valid
      economy: JP
      countries:
        JP: {name: Japan, tags: [partner]}
        CN: {name: China}
      materials:
        dysprosium:
          baselineDailyDemand: 2
          pricePerUnit: 400000
          shortageCostPerUnit: 4000000
          sources:
            - {id: china, route: [CN], share: 0.9, capacityPerDay: 4}
            - {id: japan, route: [JP], share: 0.1, capacityPerDay: 1}
          stockpiles:
            public: {targetDays: 42, release: {triggerShare: 0.1, latencyDays: 8}}
      shocks:
        - {type: exportControl, country: CN, mode: licensing, allowedShare: 0.3, delayDays: 45, start: 2026-04-04, durationDays: 200}
      run: {replicates: 10, horizonDays: 365}
      """;

  private Path write(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private List<String> problems(String text) throws IOException {
    Path file = write("x.yaml", text);
    ScenarioException error = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
    return error.problems().stream().map(p -> p.toString().replace(file.toString(), "x.yaml")).toList();
  }

  private static void assertHas(List<String> problems, String expected) {
    assertTrue(problems.contains(expected), "expected\n  " + expected + "\namong\n  " + String.join("\n  ", problems));
  }

  @Test
  void validFileLoads() throws Exception {
    Scenario scenario = ScenarioLoader.load(write("ok.yaml", VALID));
    assertEquals(2, scenario.materials().get("dysprosium").sources().size());
    assertEquals(1, scenario.run().seed(), "defaults come from the annotations");
  }

  @Test
  void shareOutOfRangeIsLocatedByLineColumnAndPath() throws Exception {
    List<String> problems = problems(VALID.replace("share: 0.1,", "share: 1.7,"));
    assertHas(problems, "x.yaml:13:34 materials.dysprosium.sources[1].share: must be in [0, 1], got 1.7");
    assertHas(problems, "x.yaml:11:5 materials.dysprosium.sources: shares must sum to 1 (within 1.0E-6), got 2.6");
  }

  @Test
  void everyProblemIsListedNotJustTheFirst() throws Exception {
    List<String> problems = problems(VALID
        .replace("economy: JP", "economy: JPN")
        .replace("baselineDailyDemand: 2", "baselineDailyDemand: -2")
        .replace("route: [JP]", "route: []")
        .replace("latencyDays: 8", "latencyDays: 8, mode: lend")
        .replace("replicates: 10", "replicates: 0"));
    assertHas(problems, "x.yaml:2:1 economy: 'JPN' is not among the countries (did you mean 'JP'?)");
    assertHas(problems, "x.yaml:8:5 materials.dysprosium.baselineDailyDemand: must be greater than 0, got -2");
    assertHas(problems, "x.yaml:13:21 materials.dysprosium.sources[1].route: must name at least one country");
    assertHas(problems, "x.yaml:15:77 materials.dysprosium.stockpiles.public.release.mode: must be one of sale, loan, got text 'lend'");
    assertHas(problems, "x.yaml:18:7 run.replicates: must be in [1, 10000000], got 0");
    assertEquals(5, problems.size(), String.join("\n", problems));
  }

  @Test
  void unknownKeysGetADidYouMeanHint() throws Exception {
    List<String> problems = problems(VALID.replace("pricePerUnit:", "pricePerUnt:"));
    assertHas(problems, "x.yaml:9:5 materials.dysprosium.pricePerUnt: unknown key 'pricePerUnt' (did you mean 'pricePerUnit'?)");
    assertHas(problems, "x.yaml:7:3 materials.dysprosium.pricePerUnit: missing required key 'pricePerUnit'");
  }

  @Test
  void wrongKindsOfValueAreNamed() throws Exception {
    List<String> problems = problems(VALID.replace("capacityPerDay: 4}", "capacityPerDay: four}")
        .replace("durationDays: 200", "durationDays: 2.5"));
    assertHas(problems, "x.yaml:12:46 materials.dysprosium.sources[0].capacityPerDay: must be a number, got text 'four'");
    assertHas(problems, "x.yaml:17:110 shocks[0].durationDays: must be a whole number, got a number (2.5)");
  }

  @Test
  void nanAndInfinityAreRefused() throws Exception {
    List<String> problems = problems(VALID.replace("pricePerUnit: 400000", "pricePerUnit: .nan")
        .replace("shortageCostPerUnit: 4000000", "shortageCostPerUnit: .inf"));
    assertHas(problems, "x.yaml:9:5 materials.dysprosium.pricePerUnit: must be a finite number, got NaN");
    assertHas(problems, "x.yaml:10:5 materials.dysprosium.shortageCostPerUnit: must be a finite number, got NaN");
  }

  @Test
  void negativeDurationsAndDatesBeforeTheStartAreRefused() throws Exception {
    List<String> problems = problems(VALID.replace("durationDays: 200", "durationDays: -5")
        .replace("start: 2026-04-04", "start: 2025-04-04"));
    assertHas(problems, "x.yaml:17:110 shocks[0].durationDays: must be in [1, 36500], got -5");
    assertHas(problems, "x.yaml:17:91 shocks[0].start: is before the run's start date 2026-01-01, got 2025-04-04");
  }

  @Test
  void duplicateIdsAreErrors() throws Exception {
    List<String> problems = problems(VALID.replace("id: japan", "id: china")
        .replace("  CN: {name: China}", "  CN: {name: China}\n  CN: {name: Again}"));
    assertHas(problems, "x.yaml:6:3 countries.CN: duplicate key 'CN'");
    assertHas(problems, "x.yaml:14:10 materials.dysprosium.sources[1].id: duplicate source id 'china'");
  }

  @Test
  void referencesBetweenPartsAreChecked() throws Exception {
    List<String> problems = problems(VALID.replace("route: [CN]", "route: [CX]")
        .replace("country: CN, mode", "country: CN, targets: [partnr], materials: [dysprosum], mode"));
    assertHas(problems, "x.yaml:12:29 materials.dysprosium.sources[0].route[0]: 'CX' is not among the countries (did you mean 'CN'?)");
    assertHas(problems, "x.yaml:17:50 shocks[0].targets[0]: 'partnr' is neither a country nor a tag (did you mean 'partner'?)");
    assertHas(problems, "x.yaml:17:71 shocks[0].materials[0]: 'dysprosum' is not a material (did you mean 'dysprosium'?)");
  }

  @Test
  void modeSpecificKeysAreChecked() throws Exception {
    List<String> problems = problems(VALID.replace("mode: licensing, allowedShare: 0.3, delayDays: 45", "mode: ban, allowedShare: 0.3"));
    assertHas(problems, "x.yaml:17:51 shocks[0].allowedShare: has no meaning for a ban (use mode: quota to let a share through)");
    List<String> unknownType = problems(VALID.replace("type: exportControl", "type: exportControll"));
    assertHas(unknownType, "x.yaml:17:6 shocks[0].type: must be one of exportControl, exportTax, outage, logistics, "
        + "demandSurge, got 'exportControll' (did you mean 'exportControl'?)");
  }

  @Test
  void exportControlModesAreCheckedAsOneMapping() throws Exception {
    String licensing = "mode: licensing, allowedShare: 0.3, delayDays: 45";
    assertHas(problems(VALID.replace(licensing, "mode: quota")),
        "x.yaml:17:5 shocks[0].allowedShare: missing required key 'allowedShare' for mode quota");
    assertHas(problems(VALID.replace(licensing, "mode: quota, allowedShare: 0.3, delayDays: 45")),
        "x.yaml:17:72 shocks[0].delayDays: only applies to mode licensing");
    assertHas(problems(VALID.replace(licensing, "mode: bann")),
        "x.yaml:17:40 shocks[0].mode: must be one of ban, quota, licensing, got text 'bann' (did you mean 'ban'?)");
    List<String> noMode = problems(VALID.replace(licensing, "allowedShare: 7, delayDays: 45")
        .replace("country: CN", "country: CX"));
    assertHas(noMode, "x.yaml:17:5 shocks[0].mode: missing required key 'mode'");
    assertHas(noMode, "x.yaml:17:27 shocks[0].country: 'CX' is not among the countries (did you mean 'CN'?)");
    assertEquals(2, noMode.size(), "with no mode, the keys of modes are not judged: " + noMode);
    ScenarioLoader.load(write("quota.yaml", VALID.replace(licensing, "mode: quota, allowedShare: 0.3, delayDays: 0")));
  }

  @Test
  void aSaleIgnoresTheKeysOfALoanButChecksTheirForm() throws Exception {
    String release = "release: {triggerShare: 0.1, latencyDays: 8}";
    ScenarioLoader.load(write("sale.yaml", VALID.replace(release,
        "release: {triggerShare: 0.1, latencyDays: 8, paybackDays: -3, loanPremium: 50}")));
    List<String> problems = problems(VALID.replace(release, "release: {mode: sale, paybackDays: soon}"));
    assertHas(problems, "x.yaml:15:54 materials.dysprosium.stockpiles.public.release.paybackDays: "
        + "must be a whole number, got text 'soon'");
    assertEquals(1, problems.size(), String.join("\n", problems));
    assertHas(problems(VALID.replace(release, "release: {mode: loan, paybackDays: 0}")),
        "x.yaml:15:54 materials.dysprosium.stockpiles.public.release.paybackDays: must be in [1, 36500], got 0");
  }

  @Test
  void jsonFilesAreLocatedToo() throws Exception {
    Path file = write("x.json", """
        {"name": "j", "economy": "JP", "countries": {"JP": {}},
         "materials": {"m": {"baselineDailyDemand": 1, "pricePerUnit": 1, "shortageCostPerUnit": 1,
           "sources": [{"id": "s", "route": ["JP"], "share": 2, "capacityPerDay": 1}]}}}
        """);
    ScenarioException error = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
    assertTrue(error.problems().stream().anyMatch(p -> p.line() == 3 && p.path().equals("materials.m.sources[0].share")),
        error.getMessage());
  }

  @Test
  void maliciousOrBrokenFilesAreRefusedQuicklyWithAClearMessage() throws Exception {
    long start = System.nanoTime();
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
      }
      bomb.append("]\n");
    }
    assertMessage(write("bomb.yaml", bomb.toString()), "YAML aliases");
    byte[] junk = new byte[4096];
    new java.util.Random(1).nextBytes(junk);
    Path binary = folder.resolve("junk.yaml");
    Files.write(binary, junk);
    assertMessage(binary, "not UTF-8 text: byte 0x");
    assertMessage(write("deep.yaml", "a: " + "[".repeat(500) + "]".repeat(500)), "nesting depth");
    Path huge = folder.resolve("huge.yaml");
    try (var channel = java.nio.channels.FileChannel.open(huge, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.wrap(new byte[] {'#'}), 1L << 30);
    }
    assertMessage(huge, "scenario files are limited to");
    assertMessage(write("list.yaml", "- a\n- b\n"), "a scenario must be a mapping");
    assertMessage(write("empty.yaml", ""), "the file is empty");
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "refused quickly");
  }

  private static void assertMessage(Path file, String fragment) {
    ScenarioException error = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
    assertTrue(error.getMessage().contains(fragment), error.getMessage());
    assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
  }

  @Test
  void processesTiersProjectsAndDistributionsAreChecked() throws Exception {
    List<String> problems = problems("""
        name: more
        economy: JP
        countries: {JP: {}, CN: {}}
        materials:
          dysprosium:
            baselineDailyDemand: 2
            pricePerUnit: 400000
            shortageCostPerUnit: 4000000
            sources:
              - {id: china, route: [CN], share: 1, capacityPerDay: 4}
            capacityProjects:
              - {source: lynas, addCapacityPerDay: 1, leadTimeDays: 100}
            stockpiles:
              public: {targetDays: 42, capacityDays: 30, release: {triggerShare: 0.1, latencyDays: 8}}
        shockProcesses:
          - ratePerYear: 2
            durationDays: {distribution: uniform, min: 30, max: 10}
            severity: {distribution: gaussian, mean: 1}
            shock: {type: outage, country: CN, source: china, capacityLoss: 0.5, start: 10}
        """);
    assertHas(problems, "x.yaml:12:10 materials.dysprosium.capacityProjects[0].source: 'lynas' is not a source of this "
        + "material");
    assertHas(problems, "x.yaml:14:16 materials.dysprosium.stockpiles.public.targetDays: is above capacityDays (30), got 42");
    assertHas(problems, "x.yaml:17:5 shockProcesses[0].durationDays: min must not exceed max, got min 30 > max 10");
    assertHas(problems, "x.yaml:18:16 shockProcesses[0].severity.distribution: must be one of constant, uniform, "
        + "triangular, normal, lognormal, exponential, gamma, weibull, beta, got 'gaussian'");
    assertHas(problems, "x.yaml:19:5 shockProcesses[0].shock: give exactly one of 'country' or 'source'");
    assertHas(problems, "x.yaml:19:74 shockProcesses[0].shock.start: is drawn by the process; leave it out");
    assertEquals(6, problems.size(), "initialDays, not written, is not blamed: " + String.join("\n", problems));
  }
}
