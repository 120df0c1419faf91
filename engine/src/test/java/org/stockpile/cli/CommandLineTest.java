package org.stockpile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.testing.CapturedConsole;
import picocli.CommandLine;

/** The command line's exit codes, outputs, and its refusal to overwrite or half-write results. */
class CommandLineTest {
  private static final String SCENARIO = """
      name: cli-test
      economy: JP
      countries: {JP: {}, CN: {}, AU: {}}
      materials:
        ree:
          baselineDailyDemand: 10
          pricePerUnit: 100
          shortageCostPerUnit: 1000
          demandNoise: 0.1
          sources:
            - {id: china, route: [CN], share: 0.8, capacityPerDay: 20, leadTimeDays: 20}
            - {id: lynas, route: [AU], share: 0.2, capacityPerDay: 6, leadTimeDays: 30, surgeRatePerDay: 0.05}
          stockpiles:
            private: {targetDays: 10}
            public: {targetDays: 30, release: {triggerShare: 0.05, latencyDays: 5}}
      shocks:
        - {type: exportControl, country: CN, mode: ban, targets: [JP], start: 30, durationDays: 60}
      shockProcesses:
        - ratePerYear: 2
          durationDays: {distribution: lognormal, median: 20, sigma: 0.5}
          shock: {type: outage, country: AU, capacityLoss: 0.5}
      run: {replicates: 40, horizonDays: 200}
      """;

  @TempDir
  Path folder;

  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  private Path scenario(String text) throws IOException {
    Path file = folder.resolve("scenario.yaml");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void runWritesTheFourFilesAndExitsZero() throws Exception {
    Path results = folder.resolve("results");
    assertEquals(0, Main.execute("run", scenario(SCENARIO).toString(), "--out", results.toString()));
    for (String name : List.of("summary.json", "timeseries.csv", "replicates.csv", "manifest.json")) {
      assertTrue(Files.size(results.resolve(name)) > 0, name);
    }
    JsonNode summary = new ObjectMapper().readTree(results.resolve("summary.json").toFile());
    assertEquals("cli-test", summary.get("scenario").asText());
    assertEquals(40, summary.get("replicates").asInt());
    for (String key : List.of("mean", "sd", "p5", "p50", "p95", "cvar95", "probPositive")) {
      assertTrue(summary.at("/materials/ree/shortfallUnits").has(key), key);
      assertTrue(summary.at("/materials/ree/tiers/public/compliance").has(key), key);
      assertTrue(summary.at("/total/netCost").has(key), key);
    }
    JsonNode manifest = new ObjectMapper().readTree(results.resolve("manifest.json").toFile());
    assertEquals(64, manifest.get("scenarioSha256").asText().length());
    assertEquals(40 + 1, Files.readAllLines(results.resolve("replicates.csv")).size(),
        "a row per replicate and material, no total rows");
    assertEquals(40 + 1, Files.readAllLines(results.resolve("replicate-totals.csv")).size(), "a row per replicate");
    assertEquals(200 + 1, Files.readAllLines(results.resolve("timeseries.csv")).size());
    assertTrue(console.out().contains("P(shortfall)"), "ends with a table");
    assertFalse(console.err().contains("%"), "no progress bar when stderr is not a terminal: " + console.err());
  }

  @Test
  void sameSeedSameSummaryWhateverTheThreads() throws Exception {
    Path file = scenario(SCENARIO);
    assertEquals(0, Main.execute("run", file.toString(), "--out", folder.resolve("a").toString(), "--threads", "1"));
    assertEquals(0, Main.execute("run", file.toString(), "--out", folder.resolve("b").toString(), "--threads", "3"));
    assertEquals(Files.readString(folder.resolve("a/summary.json")), Files.readString(folder.resolve("b/summary.json")));
    assertEquals(Files.readString(folder.resolve("a/timeseries.csv")), Files.readString(folder.resolve("b/timeseries.csv")));
    assertEquals(Files.readString(folder.resolve("a/replicates.csv")), Files.readString(folder.resolve("b/replicates.csv")));
  }

  @Test
  void existingResultsAreNeverOverwrittenWithoutForce() throws Exception {
    Path file = scenario(SCENARIO);
    Path results = folder.resolve("results");
    Files.createDirectories(results);
    Files.writeString(results.resolve("notes.txt"), "keep me");
    assertEquals(2, Main.execute("run", file.toString(), "--out", results.toString()));
    assertTrue(console.err().contains("already holds files"), console.err());
    assertEquals(List.of("notes.txt"), list(results));
    Files.delete(results.resolve("notes.txt"));
    assertEquals(0, Main.execute("run", file.toString(), "--out", results.toString()));
    Files.writeString(results.resolve("notes.txt"), "the old results' notes");
    assertEquals(0, Main.execute("run", file.toString(), "--out", results.toString(), "--force"));
    assertTrue(Files.exists(results.resolve("summary.json")));
    assertFalse(Files.exists(results.resolve("notes.txt")), "--force replaces the results folder");
  }

  @Test
  void forceNeverReplacesAFolderThatDoesNotHoldResults() throws Exception {
    Path file = scenario(SCENARIO);
    Path mine = Files.createDirectories(folder.resolve("mine"));
    Files.writeString(mine.resolve("thesis.tex"), "years of work");
    Files.writeString(mine.resolve("manifest.json"), "{\"title\": \"my own manifest\"}");
    assertEquals(2, Main.execute("run", file.toString(), "--out", mine.toString(), "--force"));
    assertTrue(console.err().contains("holds files that are not Stockpile results"), console.err());
    assertEquals(List.of("manifest.json", "thesis.tex"), list(mine));
  }

  /**
   * {@code via} a link to {@code deep/a/b}: {@code via/../x} is {@code deep/a/x} to the operating
   * system. It used to be checked there and written (with {@code --force}: replaced) at the
   * textually normalised {@code x}, deleting the user's folder {@code x}.
   */
  @Test
  void forceChecksAndWritesTheSameFolderThroughLinks() throws Exception {
    Path file = scenario(SCENARIO);
    Path deep = Files.createDirectories(folder.resolve("deep/a/b"));
    Path via = Files.createSymbolicLink(folder.resolve("via"), deep);
    Path x = Files.createDirectories(folder.resolve("x"));
    Files.writeString(x.resolve("keep.txt"), "the user's");
    String out = via + "/../x";
    assertEquals(0, Main.execute("run", file.toString(), "--out", out, "--force"));
    assertEquals(List.of("keep.txt"), list(x), "the folder the user did not name is untouched");
    assertTrue(Files.exists(folder.resolve("deep/a/x/summary.json")), "written where the system resolves " + out);
    assertEquals(0, Main.execute("run", file.toString(), "--out", out, "--force"), "its own results are replaced");
    Files.delete(folder.resolve("deep/a/x/manifest.json"));
    assertEquals(2, Main.execute("run", file.toString(), "--out", out, "--force"), "no longer results of ours");
    assertEquals(List.of("keep.txt"), list(x));
  }

  @Test
  void badScenarioExitsTwoListsProblemsAndWritesNothing() throws Exception {
    Path file = scenario(SCENARIO.replace("share: 0.8", "share: 1.8").replace("pricePerUnit", "pricePerUnt"));
    Path results = folder.resolve("results");
    assertEquals(2, Main.execute("run", file.toString(), "--out", results.toString()));
    assertTrue(console.err().contains("materials.ree.sources[0].share: must be in [0, 1], got 1.8"), console.err());
    assertTrue(console.err().contains("did you mean 'pricePerUnit'?"), console.err());
    assertFalse(console.err().contains("\tat "), "no stack trace");
    assertFalse(Files.exists(results));
    assertEquals(List.of("scenario.yaml"), list(folder), "no temporary folder left behind");
  }

  @Test
  void validateAndSchemaAndUsageExitCodes() throws Exception {
    assertEquals(0, Main.execute("validate", scenario(SCENARIO).toString()));
    assertEquals(2, Main.execute("validate", folder.resolve("missing.yaml").toString()));
    assertEquals(2, Main.execute("run"));
    assertEquals(2, Main.execute("frobnicate"));
    assertEquals(2, Main.execute("run", scenario(SCENARIO).toString(), "--replicates", "0"));
    assertEquals(2, Main.execute("run", scenario(SCENARIO).toString(), "--threads", "many"));
    console.resetOut();
    assertEquals(0, Main.execute("schema"));
    JsonNode schema = new ObjectMapper().readTree(console.out());
    assertTrue(schema.toString().contains("baselineDailyDemand"));
    assertTrue(schema.toString().contains("exportControl"));
  }

  @Test
  void aMistypedCommandOrOptionGetsSuggestionsAndExitsTwo() throws Exception {
    assertEquals(2, Main.execute("swep", "spec.sweep.yaml"));
    assertTrue(console.err().contains("Did you mean: stockpile sweep"), console.err());
    console.resetErr();
    assertEquals(2, Main.execute("run", scenario(SCENARIO).toString(), "--replicate", "5"));
    assertTrue(console.err().contains("Possible solutions: --replicates"), console.err());
    assertTrue(console.err().contains("Try 'stockpile run --help'."), console.err());
  }

  @Test
  void everyCommandsHelpIsCleanAndTheBareCommandListsThemAll() {
    Set<String> commands = Main.commandLine().getSubcommands().keySet();
    assertTrue(commands.size() >= 8, commands.toString());
    for (String command : commands) {
      console.resetOut();
      console.resetErr();
      assertEquals(0, Main.execute(command, "--help"), command);
      assertTrue(console.out().contains("Usage: stockpile " + command), command + ": " + console.out());
      assertFalse(console.err().contains("WARN"), command + " --help: " + console.err());
    }
    console.resetOut();
    assertEquals(0, Main.execute("--help"));
    assertFalse(console.err().contains("WARN"), console.err());
    console.resetErr();
    assertEquals(2, Main.execute());
    for (String command : commands) {
      assertTrue(console.err().contains("\n  " + command + " "), command + " in: " + console.err());
    }
  }

  @Test
  void countsAgreeWithTheirNouns() throws Exception {
    assertEquals(0, Main.execute("validate", scenario(SCENARIO).toString()));
    assertTrue(console.out().contains("valid (1 material, 1 scheduled shock, 1 shock process)"),
        console.out());
    assertEquals(2, Main.execute("run", scenario(SCENARIO.replace("horizonDays: 200", "horizonDays: -1")).toString()));
    assertTrue(console.err().contains("1 problem found; nothing was run or written."), console.err());
  }

  private static List<String> list(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
