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
import org.stockpile.output.AtomicDirectory;
import org.stockpile.output.Manifest;
import org.stockpile.output.RecordedVariant;
import org.stockpile.output.SweepJournal;
import org.stockpile.scenario.ScenarioLoader;
import org.stockpile.scenario.ScenarioVariant;
import org.stockpile.testing.CapturedConsole;
import org.stockpile.testing.TestScenarios;

/**
 * {@code --set} and {@code --overlay} on run, validate, optimize and sweep: the numbers change,
 * problems are located, the results record the variants, and a resumed sweep or search refuses
 * other variants.
 */
class VariantsCommandTest {
  private static final Path JAPAN = Path.of("..", "scenarios", "japan-rare-earths-2010.yaml");
  private static final String JOGMEC_DAYS = "materials.rare-earths.stockpiles.public.targetDays";
  private static final List<String> RUN_RESULTS = List.of("summary.json", "replicates.csv", "timeseries.csv");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCENARIO = TestScenarios.chinaAndLynas("variants-test") + """
      shockProcesses:
        - ratePerYear: 2
          durationDays: {distribution: uniform, min: 10, max: 60}
          shock: {type: exportControl, country: CN, mode: quota, allowedShare: 0.5}
      run: {replicates: 40, horizonDays: 365}
      """;;
  private static final String SWEEP = """
      scenario: scenario.yaml
      parameters:
        - {path: materials.ree.stockpiles.firms.targetDays, levels: [0, 20, 40]}
        - {path: "shocks[0].durationDays", levels: [20, 60]}
      design: {type: grid, levels: 2}
      metrics: [shortfallUnits]
      replicates: 16
      seed: 4
      """;
  private static final String OPTIMIZE = """
      scenario: scenario.yaml
      objective: expectedNetCost
      decisions:
        - {path: materials.ree.stockpiles.firms.targetDays, min: 0, max: 60, step: 5}
      search: {population: 4, generations: 2, replicates: 8, seed: 5}
      """;

  @TempDir
  Path folder;

  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  @BeforeEach
  void setUp() throws Exception {
    Files.writeString(folder.resolve("scenario.yaml"), SCENARIO);
  }

  private Path write(String name, String text) throws Exception {
    Path file = folder.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private static JsonNode json(Path file) throws Exception {
    return JSON.readTree(file.toFile());
  }

  private int run(Path out, String... options) {
    String[] arguments = new String[options.length + 6];
    arguments[0] = "run";
    arguments[1] = JAPAN.toString();
    arguments[2] = "--replicates";
    arguments[3] = "64";
    arguments[4] = "--out";
    arguments[5] = out.toString();
    System.arraycopy(options, 0, arguments, 6, options.length);
    return Main.execute(arguments);
  }

  @Test
  void raisingJogmecsDaysFrom42To90GivesMoreStockAndLessShortfall() throws Exception {
    Path base = folder.resolve("japan");
    Path raised = folder.resolve("japan-jogmec-90");
    assertEquals(0, run(base), console.err());
    assertEquals(0, run(raised, "--set", JOGMEC_DAYS + "=90"), console.err());
    JsonNode before = json(base.resolve("summary.json")).path("materials").path("rare-earths");
    JsonNode after = json(raised.resolve("summary.json")).path("materials").path("rare-earths");
    assertTrue(after.path("tiers").path("public").path("minDaysOfCover").path("mean").asDouble()
        > before.path("tiers").path("public").path("minDaysOfCover").path("mean").asDouble() + 40,
        "JOGMEC holds about 48 days more at its lowest");
    assertTrue(after.path("shortfallUnits").path("mean").asDouble() < before.path("shortfallUnits").path("mean")
        .asDouble(), "less demand goes unmet");

    assertEquals(90, ScenarioLoader.load(raised.resolve("scenario.yaml")).materials().get("rare-earths").stockpiles()
        .get("public").targetDays(), "the results keep the scenario as run, so the report draws 90 days");
    JsonNode manifest = json(raised.resolve("manifest.json"));
    assertEquals(JAPAN.toString(), manifest.path("scenarioFile").asText());
    assertEquals(Manifest.sha256(JAPAN), manifest.path("scenarioSha256").asText(), "the base file, as it is");
    assertEquals("[{\"set\":\"" + JOGMEC_DAYS + "=90\"}]", manifest.path("variants").toString());

    assertEquals(0, Main.execute("compare", base.toString(), raised.toString()), console.err());
    assertTrue(console.out().contains("B better"), console.out());
  }

  @Test
  void withoutVariantsTheResultsAreThoseOfTheFileAsItIs() throws Exception {
    Path plain = folder.resolve("plain");
    Path same = folder.resolve("same-value");
    assertEquals(0, run(plain), console.err());
    assertEquals(0, run(same, "--set", JOGMEC_DAYS + "=42"), console.err());
    for (String name : RUN_RESULTS) {
      assertEquals(Files.readString(plain.resolve(name)), Files.readString(same.resolve(name)), name);
    }
    assertEquals(Files.readString(JAPAN), Files.readString(plain.resolve("scenario.yaml")), "a copy of the file");
    assertFalse(json(plain.resolve("manifest.json")).has("variants"));
  }

  @Test
  void overlaysApplyInOrderThenSettingsAndTheManifestRecordsThemInOrder() throws Exception {
    Path first = write("first.yaml", """
        materials:
          rare-earths:
            baselineDailyDemand: 25
            sources: [{id: lynas, capacityPerDay: 3}]
        """);
    Path second = write("second.yaml", "materials: {rare-earths: {stockpiles: {public: {targetDays: 60}}}}\n");
    Path results = folder.resolve("updated");
    assertEquals(0, run(results, "--set", JOGMEC_DAYS + "=70", "--overlay", first.toString(), "--overlay",
        second.toString()), console.err());
    var material = ScenarioLoader.load(results.resolve("scenario.yaml")).materials().get("rare-earths");
    assertEquals(25, material.baselineDailyDemand());
    assertEquals(3.0, material.sources().get(2).capacityPerDay());
    assertEquals(70, material.stockpiles().get("public").targetDays(), "every --set after every --overlay");
    JsonNode variants = json(results.resolve("manifest.json")).path("variants");
    assertEquals(3, variants.size());
    assertEquals(first.toString(), variants.get(0).path("overlay").asText());
    assertEquals(Manifest.sha256(first), variants.get(0).path("sha256").asText());
    assertEquals(second.toString(), variants.get(1).path("overlay").asText());
    assertEquals(JOGMEC_DAYS + "=70", variants.get(2).path("set").asText());
  }

  @Test
  void everyProblemIsLocatedAndNothingIsWritten() throws Exception {
    Path overlay = write("update.yaml", """
        materials:
          rare-earths:
            baselineDailyDemand: -3
        """);
    Path results = folder.resolve("never");
    assertEquals(2, run(results, "--overlay", overlay.toString(), "--set", JOGMEC_DAYS + "=abc",
        "--set", "materials.rare-earths.stockpiles.publc.targetDays=90"));
    assertTrue(console.err().contains(
        overlay + ":3:5 materials.rare-earths.baselineDailyDemand: must be greater than 0, "
        + "got -3\n"), console.err());
    assertTrue(console.err().contains("--set " + JOGMEC_DAYS + "=abc: must be a number, got text 'abc'\n"),
        console.err());
    assertTrue(console.err().contains(
        "--set materials.rare-earths.stockpiles.publc.targetDays=90: not in the scenario: "
        + "materials.rare-earths.stockpiles.publc (did you mean 'public'?)"), console.err());
    assertTrue(console.err().contains("3 problems found; nothing was run or written."), console.err());
    assertFalse(Files.exists(results));

    assertEquals(2, Main.execute("run", JAPAN.toString(), "--set", JOGMEC_DAYS, "--out", results.toString()));
    assertTrue(console.err().contains("expected PATH=VALUE"), console.err());
    assertFalse(Files.exists(results));
  }

  @Test
  void validateChecksTheVariedScenarioAndSpecs() throws Exception {
    Path sweep = write("test.sweep.yaml", SWEEP);
    assertEquals(0, Main.execute("validate", JAPAN.toString(), "--set", JOGMEC_DAYS + "=90"), console.err());
    assertEquals(2, Main.execute("validate", JAPAN.toString(), "--set", JOGMEC_DAYS + "=-1"));
    assertTrue(console.err().contains("--set " + JOGMEC_DAYS + "=-1: must be in [0, "), console.err());
    // The spec's checks run on the varied base: firms' 40 days no longer fit in a 30-day store.
    assertEquals(0, Main.execute("validate", sweep.toString()), console.err());
    assertEquals(2, Main.execute("validate", sweep.toString(), "--set", "materials.ree.stockpiles.firms.capacityDays=30"));
    assertTrue(console.err().contains("parameters[0]: at 40.0, the scenario is not valid: "
        + "materials.ree.stockpiles.firms.targetDays: is above capacityDays"), console.err());
  }

  @Test
  void aSweepRecordsItsVariantsAndResumeRefusesOthers() throws Exception {
    Path spec = write("test.sweep.yaml", SWEEP);
    String setting = "materials.ree.sources.lynas.capacityPerDay=2";
    Path whole = folder.resolve("whole");
    assertEquals(0, Main.execute("sweep", spec.toString(), "--set", setting, "--out", whole.toString()), console.err());
    assertEquals("[{\"set\":\"" + setting + "\"}]", json(whole.resolve("manifest.json")).path("variants").toString());
    Path plain = folder.resolve("plain");
    assertEquals(0, Main.execute("sweep", spec.toString(), "--out", plain.toString()), console.err());
    assertFalse(Files.readString(plain.resolve("points.csv")).equals(Files.readString(whole.resolve("points.csv"))),
        "no surge from Lynas, other numbers");

    Path stopped = folder.resolve("stopped");
    SweepJournal.Header header = new SweepJournal.Header(Manifest.sha256(spec),
        Manifest.sha256(folder.resolve("scenario.yaml")), "GridDesign[levels=2]", 16, 4, 6, 1, false,
        RecordedVariant.fingerprints(List.of(ScenarioVariant.parseSetting(setting))));
    SweepJournal.start(AtomicDirectory.workFolder(stopped).resolve(SweepJournal.FILE), header).close();
    assertEquals(2, Main.execute("sweep", spec.toString(), "--resume", stopped.toString()));
    assertTrue(console.err().contains("ran other variants of the base scenario"), console.err());
    assertEquals(2, Main.execute("sweep", spec.toString(), "--resume", stopped.toString(), "--set",
        "materials.ree.sources.china.capacityPerDay=16"));
    assertEquals(0, Main.execute("sweep", spec.toString(), "--resume", stopped.toString(), "--set", setting),
        console.err());
    assertEquals(Files.readString(whole.resolve("points.csv")), Files.readString(stopped.resolve("points.csv")));
  }

  @Test
  void aSearchRecordsItsVariantsAndResumeRefusesOthers() throws Exception {
    Path spec = write("test.optimize.yaml", OPTIMIZE);
    Path overlay = write("update.yaml", "materials: {ree: {baselineDailyDemand: 12}}\n");
    Path results = folder.resolve("search");
    assertEquals(0, Main.execute("optimize", spec.toString(), "--overlay", overlay.toString(), "--out",
        results.toString()), console.err());
    JsonNode variants = json(results.resolve("manifest.json")).path("variants");
    assertEquals(Manifest.sha256(overlay), variants.get(0).path("sha256").asText());
    assertTrue(Files.readString(results.resolve("optimized.yaml")).contains("baselineDailyDemand: 12"),
        "the best decisions on the varied base");

    assertEquals(2, Main.execute("optimize", spec.toString(), "--resume", results.toString(), "--generations", "3"));
    assertTrue(console.err().contains("that search ran other variants of the base scenario"), console.err());
    // The same overlay, moved: the same content, so the same search.
    Path moved = write("moved.yaml", Files.readString(overlay));
    assertEquals(0, Main.execute("optimize", spec.toString(), "--overlay", moved.toString(), "--resume",
        results.toString(), "--generations", "3"), console.err());
  }
}
