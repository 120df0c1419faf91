package org.stockpile.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.cli.Main;
import org.stockpile.output.Manifest;
import org.stockpile.testing.CapturedConsole;
import org.stockpile.testing.TestScenarios;

/**
 * A results folder's manifest lists every file's size and SHA-256; {@code report} and
 * {@code compare} refuse (exit 2, naming the file) a folder whose file was cut short, edited or
 * lost, instead of printing intervals of NaN from what is left.
 */
class DamagedResultsTest {
  private static final String SCENARIO = TestScenarios.oneMaterialFromChina("damaged") + """
          demandNoise: 0.1
          stockpiles: {public: {targetDays: 30, release: {triggerShare: 0.05, latencyDays: 5}}}
      shocks: [{type: exportControl, country: CN, mode: ban, targets: [JP], start: 30, durationDays: 60}]
      run: {replicates: 250, horizonDays: 150}
      """;

  @TempDir
  Path folder;

  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  private Path run(String name, String scenario) throws Exception {
    Path file = Files.writeString(folder.resolve(name + ".yaml"), scenario);
    Path results = folder.resolve(name);
    assertEquals(0, Main.execute("run", file.toString(), "--out", results.toString()), console.err());
    return results;
  }

  @Test
  void theManifestListsEveryFileWithItsSizeAndDigest() throws Exception {
    Path results = run("whole", SCENARIO);
    JsonNode files = new ObjectMapper().readTree(results.resolve("manifest.json").toFile()).path("files");
    for (String name : List.of("summary.json", "replicates.csv", "replicate-totals.csv", "timeseries.csv",
        "scenario.yaml")) {
      assertEquals(Files.size(results.resolve(name)), files.path(name).path("bytes").asLong(), name);
      assertEquals(Manifest.sha256(results.resolve(name)), files.path(name).path("sha256").asText(), name);
    }
    assertEquals(5, files.size(), "its own manifest is not listed: " + files);
    assertEquals(0, Main.execute("report", results.toString()), console.err());
    assertEquals(0, Main.execute("report", results.toString(), "--force"), "a report beside the results is no damage");
  }

  @Test
  void aReplicateTableCutToFourRowsIsRefusedByReportAndCompare() throws Exception {
    Path whole = run("whole", SCENARIO);
    Path cut = run("cut", SCENARIO);
    Path table = cut.resolve("replicates.csv");
    List<String> rows = Files.readAllLines(table);
    assertEquals(251, rows.size());
    Files.write(table, rows.subList(0, 5));
    assertEquals(2, Main.execute("report", cut.toString()));
    assertTrue(console.err().contains("is damaged: replicates.csv has " + Files.size(table)
        + " bytes, the manifest says"), console.err());
    assertTrue(console.err().contains("(cut short)"), console.err());
    assertEquals(2, Main.execute("compare", whole.toString(), cut.toString()));
    assertTrue(Files.notExists(cut.resolve(ReportWriter.FILE)), "no report of a damaged folder");
  }

  @Test
  void oneChangedDigitOrALostFileIsRefused() throws Exception {
    Path results = run("edited", SCENARIO);
    Path summary = results.resolve("summary.json");
    byte[] bytes = Files.readAllBytes(summary);
    for (int i = bytes.length / 2; i < bytes.length; i++) {
      if (bytes[i] >= '1' && bytes[i] <= '8') {
        bytes[i]++;
        break;
      }
    }
    Files.write(summary, bytes);
    assertEquals(2, Main.execute("report", results.toString()));
    assertTrue(console.err().contains("summary.json differs from what was written"), console.err());
    Files.delete(results.resolve("scenario.yaml"));
    assertEquals(2, Main.execute("report", results.toString()));
    assertTrue(console.err().contains("scenario.yaml is missing"), console.err());
  }

  @Test
  void aWorldEconomysCutFileIsRefused() throws Exception {
    Path world = run("world", TestScenarios.japanAndKoreaBuyingFromChina("damaged-world")
        + "run: {replicates: 24, horizonDays: 120}\n");
    assertEquals(0, Main.execute("report", world.toString()), console.err());
    Path table = world.resolve("economies/KR/replicates.csv");
    List<String> rows = Files.readAllLines(table);
    Files.write(table, rows.subList(0, 3));
    assertEquals(2, Main.execute("report", world.toString(), "--force"));
    assertTrue(console.err().contains("replicates.csv has"), console.err());
  }
}
