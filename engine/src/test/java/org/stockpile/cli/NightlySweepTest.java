package org.stockpile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

/**
 * A nightly job that does not break for good: {@code --baseline-from DIR} compares with the latest
 * complete sweep of the same spec and settings in DIR, whatever nights were missed, and says so
 * (exit 0) when there is none yet; {@code --resume} of a sweep that already finished exits 0.
 */
class NightlySweepTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCENARIO = TestScenarios.chinaAndLynas("nightly-test")
      + "run: {replicates: 40, horizonDays: 200}\n";
  private static final String SPEC = """
      scenario: scenario.yaml
      parameters:
        - {path: materials.ree.stockpiles.firms.targetDays, distribution: {distribution: uniform, min: 0, max: 40}}
        - {path: "shocks[0].durationDays", levels: [20, 40, 60, 80]}
      design: {type: sobol, samples: 16}
      metrics: [shortfallUnits]
      timeIndices: {days: [60]}
      replicates: 8
      seed: 4
      """;

  @TempDir
  Path folder;

  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  private Path spec;
  private Path nightly;

  @BeforeEach
  void setUp() throws Exception {
    Files.writeString(folder.resolve("scenario.yaml"), SCENARIO);
    spec = folder.resolve("test.sweep.yaml");
    Files.writeString(spec, SPEC);
    nightly = folder.resolve("runs/nightly");
  }

  private int night(String date, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("sweep", spec.toString(), "--out",
        nightly.resolve(date).toString(), "--baseline-from", nightly.toString()));
    args.addAll(List.of(more));
    return Main.execute(args.toArray(String[]::new));
  }

  @Test
  void theFirstNightSaysThereIsNoBaselineYetAndExitsZero() throws Exception {
    assertEquals(0, night("2026-03-01"), console.err());
    assertTrue(console.out().contains(
        "No baseline in " + nightly + " yet (no complete sweep of this spec and settings): "
        + "nothing compared"), console.out());
    assertTrue(console.err().contains("WARN  --baseline-from " + nightly + ": no such folder yet"), console.err());
    assertFalse(Files.exists(nightly.resolve("2026-03-01/compare.json")));

    // The second night compares with the first; a third, after a missed night, still with the latest.
    assertEquals(0, night("2026-03-02"), console.err());
    assertTrue(console.out().contains("Against " + nightly.resolve("2026-03-01") + " (the latest in " + nightly
        + "): nothing moved"), console.out());
    assertEquals(0, night("2026-03-04"), console.err());
    JsonNode compare = JSON.readTree(nightly.resolve("2026-03-04/compare.json").toFile());
    assertEquals(nightly.resolve("2026-03-02").toString(), compare.get("baseline").asText());
    assertEquals(nightly.toString(), compare.get("baselineFrom").asText());
  }

  @Test
  void theLatestCompleteComparableSweepIsChosenByTheEndTimeInItsManifest() throws Exception {
    Path first = nightly.resolve("2026-03-01");
    assertEquals(0, Main.execute("sweep", spec.toString(), "--out", first.toString()), console.err());
    // Folder names sort the other way round from the end times: the end times decide.
    Path latest = copy(first, "2026-02-27", "2099-03-05T02:31:00Z", null);
    copy(first, "2026-02-28", "2099-03-04T02:31:00Z", null);
    copy(first, "2026-03-02", "2099-03-06T02:31:00Z", 5L);
    Path halfWritten = copy(first, "2026-03-03", "2099-03-07T02:31:00Z", null);
    Files.delete(halfWritten.resolve("timeindices.csv"));
    copy(first, "2026-03-04.partial", "2099-03-08T02:31:00Z", null);
    copy(first, ".2026-03-05.partial-123", "2099-03-09T02:31:00Z", null);
    Path olderStreams = copy(first, "2026-03-05", "2099-03-10T02:31:00Z", null);
    ObjectNode olderManifest = (ObjectNode) JSON.readTree(olderStreams.resolve("manifest.json").toFile());
    JSON.writeValue(olderStreams.resolve("manifest.json").toFile(), olderManifest.put("outputFormat", 3));
    Files.createDirectories(nightly.resolve("2026-03-06"));
    Files.writeString(nightly.resolve("stockpile.log"), "not a folder\n");

    assertEquals(0, night("2026-03-07", "--verbose"), console.err());
    JsonNode compare = JSON.readTree(nightly.resolve("2026-03-07/compare.json").toFile());
    assertEquals(latest.toString(), compare.get("baseline").asText(), console.err());
    assertTrue(console.out().contains("Against " + latest + " (the latest in " + nightly + "): nothing moved"),
        console.out());
    String passedOver = "INFO  --baseline-from " + nightly + ": passed over ";
    for (String expected : List.of(
        passedOver + "2026-03-02: ran with design SOBOL, replicates 8 and seed 5, not design SOBOL, replicates 8 and "
            + "seed 4",
        passedOver + "2026-03-03: is not the complete results of a sweep (no timeindices.csv)",
        passedOver + "2026-03-04.partial: the work folder of an unfinished sweep",
        passedOver + ".2026-03-05.partial-123: a hidden folder",
        passedOver + "2026-03-05: was written in output format 3: since format 5 the same seed gives other numbers "
            + "(format 4 keyed shock processes' streams by name, format 5 drew demand noise with the engine's own "
            + "functions); run the baseline again",
        passedOver + "2026-03-06: no manifest.json",
        "INFO  --baseline-from " + nightly + ": baseline " + latest + ", ended 2099-03-05T02:31:00Z (latest of 3 "
            + "comparable)")) {
      assertTrue(console.err().contains(expected), expected + " in:\n" + console.err());
    }

    // Never the folder being written: written again, the latest compares with the next latest.
    console.resetErr();
    assertEquals(0, Main.execute("sweep", spec.toString(), "--out", latest.toString(), "--force", "--baseline-from",
        nightly.toString(), "-v"), console.err());
    assertTrue(console.err().contains(passedOver + "2026-02-27: the folder being written"), console.err());
    assertEquals(nightly.resolve("2026-02-28").toString(),
        JSON.readTree(latest.resolve("compare.json").toFile()).get("baseline").asText(), "the next latest");
  }

  @Test
  void noComparableSweepIsNoBaselineAndBothOptionsTogetherAreRefused() throws Exception {
    Path other = nightly.resolve("2026-03-01");
    assertEquals(0, Main.execute("sweep", spec.toString(), "--out", other.toString(), "--seed", "9"), console.err());
    assertEquals(0, night("2026-03-02"), console.err());
    assertTrue(console.out().contains("No baseline in " + nightly + " yet"), console.out());
    assertTrue(console.err().contains("no complete sweep of this spec and settings there yet (1 passed over)"),
        console.err());

    Path refused = nightly.resolve("2026-03-03");
    assertEquals(2, night("2026-03-03", "--baseline", other.toString()));
    assertTrue(console.err().contains("--baseline and --baseline-from are exclusive"), console.err());
    assertFalse(Files.exists(refused));
    Files.writeString(folder.resolve("a-file"), "");
    assertEquals(2, Main.execute("sweep", spec.toString(), "--out", refused.toString(), "--baseline-from",
        folder.resolve("a-file").toString()));
    assertTrue(console.err().contains("--baseline-from " + folder.resolve("a-file") + " is not a folder"),
        console.err());
    assertFalse(Files.exists(refused));
  }

  @Test
  void aNightlyDataOverlayIsComparedWithLastNightsAndOtherSettingsAreNot() throws Exception {
    Path overlay = folder.resolve("latest-data.yaml");
    Files.writeString(overlay, "materials: {ree: {baselineDailyDemand: 10}}\n");
    assertEquals(0, night("2026-03-01", "--overlay", overlay.toString()), console.err());
    // Tonight's data: the same overlay file with new figures, so the results move (exit 3).
    Files.writeString(overlay, "materials: {ree: {baselineDailyDemand: 12}}\n");
    assertEquals(3, night("2026-03-02", "--overlay", overlay.toString()), console.err());
    assertTrue(console.out().contains("Against " + nightly.resolve("2026-03-01")), console.out());
    // Another setting is another study: not a baseline for it.
    console.resetOut();
    assertEquals(0, night("2026-03-03", "--overlay", overlay.toString(), "--set", "materials.ree.pricePerUnit=900"),
        console.err());
    assertTrue(console.out().contains("No baseline in " + nightly + " yet"), console.out());
  }

  @Test
  void resumingASweepThatFinishedSaysSoAndExitsZero() throws Exception {
    Path done = nightly.resolve("2026-03-01");
    assertEquals(0, Main.execute("sweep", spec.toString(), "--out", done.toString()), console.err());
    String points = Files.readString(done.resolve("points.csv"));
    console.resetOut();
    assertEquals(0, Main.execute("sweep", spec.toString(), "--resume", done.toString()), console.err());
    assertTrue(console.out().startsWith(done + ": that sweep already finished (at 20"), console.out());
    assertTrue(console.out().contains("); nothing to resume"), console.out());
    assertEquals(points, Files.readString(done.resolve("points.csv")), "left as it was");
    assertEquals(2, Main.execute("sweep", spec.toString(), "--resume", done.toString(), "--replicates", "16"));
    assertTrue(console.err().contains("--resume " + done + ": the sweep that finished there ran with design SOBOL, "
        + "replicates 8 and seed 4, not design SOBOL, replicates 16 and seed 4"), console.err());
  }

  /** A copy of the sweep in {@code source} named {@code name}, ended at {@code end}, with another seed if given. */
  private Path copy(Path source, String name, String end, Long seed) throws Exception {
    Path target = nightly.resolve(name);
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(source)) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
    ObjectNode manifest = (ObjectNode) JSON.readTree(target.resolve("manifest.json").toFile());
    manifest.put("end", end);
    if (seed != null) {
      manifest.put("seed", seed);
    }
    JSON.writeValue(target.resolve("manifest.json").toFile(), manifest);
    return target;
  }
}
