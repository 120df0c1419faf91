package org.stockpile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.testing.CapturedConsole;
import org.stockpile.testing.TestScenarios;

/**
 * Files that used to validate and then crash or write NaN: validation now checks what the engine
 * can compute, with the path of each problem, and exit 2.
 */
class ValidatedButBrokenTest {
  private static final String BASE = TestScenarios.oneMaterialFromChina("broken")
      + "run: {replicates: 10, horizonDays: 100}\n";

  @TempDir
  Path folder;

  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  private void refused(String scenario, String expected) throws Exception {
    Path file = Files.writeString(folder.resolve("broken.yaml"), scenario);
    assertEquals(2, Main.execute("validate", file.toString()), console.err());
    assertTrue(console.err().contains(expected), console.err());
    assertFalse(console.err().contains("internal error"), console.err());
    assertEquals(2, Main.execute("run", file.toString(), "--out", folder.resolve("out").toString()));
    assertFalse(Files.exists(folder.resolve("out")), "nothing written");
  }

  @Test
  void aSourceWithoutAnIdAndAnOutageNamingASourceIsListedNotACrash() throws Exception {
    refused(BASE.replace("{id: china, route", "{route")
        + "shocks: [{type: outage, source: china, capacityLoss: 1, start: 10, durationDays: 5}]\n",
        "shocks[0].source: 'china' is not a source of the materials in scope (a source without an id cannot be "
            + "named: give it one)");
    assertTrue(console.err().contains("materials.ree.sources[0].id: missing required key 'id'"), console.err());
  }

  @Test
  void aDistributionTheEngineCannotDrawFromIsRefused() throws Exception {
    refused(BASE + """
        shockProcesses:
          - ratePerYear: 2
            durationDays: {distribution: constant, value: 5}
            severity: {distribution: beta, alpha: 1e300, beta: 2}
            shock: {type: outage, country: CN, capacityLoss: 1}
        """, "shockProcesses[0].severity.alpha: must be in [0.01, 10000]");
  }

  @Test
  void magnitudesThatOverflowTheEnginesSumsAreRefused() throws Exception {
    refused(BASE.replace("baselineDailyDemand: 10", "baselineDailyDemand: 1e308"),
        "materials.ree.baselineDailyDemand: must be at most 1e15 (larger magnitudes overflow the engine's sums), "
            + "got 1.0E308");
    refused(BASE.replace("shortageCostPerUnit: 1000", "shortageCostPerUnit: 1e300"),
        "materials.ree.shortageCostPerUnit: must be at most 1e15");
    // Found by the fuzz harness: a demand of 5e-324 made days of cover infinite.
    refused(BASE.replace("baselineDailyDemand: 10", "baselineDailyDemand: 5e-324"),
        "materials.ree.baselineDailyDemand: must be at least 1e-9");
  }

  @Test
  void aByteThatIsNotUtf8AndTooDeepANestingAreLocated() throws Exception {
    Path binary = folder.resolve("binary.yaml");
    Files.write(binary, "name: bad\neconomy: J\u00c9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertEquals(2, Main.execute("validate", binary.toString()));
    assertTrue(console.err().contains("binary.yaml:2:11 (top level): not UTF-8 text: byte 0xC9"), console.err());
    Path deep = Files.writeString(folder.resolve("deep.yaml"), "name: deep\ncitations: " + "[".repeat(100)
        + "]".repeat(100) + "\n");
    assertEquals(2, Main.execute("validate", deep.toString()));
    assertTrue(console.err().contains("deep.yaml:2:76 (top level): not valid YAML: Document nesting depth (65)"),
        console.err());
  }
}
