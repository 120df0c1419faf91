package org.stockpile.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.cli.Main;
import org.stockpile.metrics.Metric;
import org.stockpile.output.Manifest;
import org.stockpile.testing.CapturedConsole;

/** {@code stockpile compare}: intervals computed by hand, the terminal table, the page in Chromium, bad input. */
class RunComparisonTest {
  private static final Path JAPAN = Path.of("..", "scenarios", "japan-rare-earths-2010.yaml");

  @TempDir
  Path folder;

  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  @Test
  void thePairedIntervalIsOverTheReplicatesDifferences() {
    // Differences 1, 0, 2, 0: mean 0.75, sd sqrt(11/12), t(0.975, 3) = 3.182446.
    RunComparison.Row row = RunComparison.row("x", Metric.SHORTFALL_UNITS, "t", "USD", new double[] {1, 2, 3, 4},
        new double[] {2, 2, 5, 4}, true);
    double half = 3.182446305 * Math.sqrt(11.0 / 12 / 4);
    assertEquals(2.5, row.a(), 1e-12);
    assertEquals(3.25, row.b(), 1e-12);
    assertEquals(0.75 - half, row.low(), 1e-8);
    assertEquals(0.75 + half, row.high(), 1e-8);
    assertFalse(row.significant());
  }

  @Test
  void theUnpairedIntervalIsWelchs() {
    // Variances 5/3 and 20/3 over 4 replicates each; Welch-Satterthwaite degrees of freedom.
    RunComparison.Row row = RunComparison.row("x", Metric.NET_COST, null, "USD", new double[] {1, 2, 3, 4},
        new double[] {2, 4, 6, 8}, false);
    double va = 5.0 / 3 / 4;
    double vb = 20.0 / 3 / 4;
    double freedom = (va + vb) * (va + vb) / (va * va / 3 + vb * vb / 3);
    assertEquals(4.41176, freedom, 1e-5);
    double half = new TDistribution(freedom).inverseCumulativeProbability(0.975) * Math.sqrt(va + vb);
    assertEquals(2.5 - half, row.low(), 1e-9);
    assertEquals(2.5 + half, row.high(), 1e-9);
  }

  @Test
  void twoRunsOnCommonRandomNumbersAreComparedInTheTerminalAndInChromium() throws Exception {
    Path bigger = folder.resolve("bigger.yaml");
    Files.writeString(bigger, Files.readString(JAPAN).replace("targetDays: 18 ", "targetDays: 40 "));
    Path a = folder.resolve("a");
    Path b = folder.resolve("b");
    assertEquals(0, Main.execute("run", JAPAN.toString(), "--replicates", "64", "--out", a.toString()));
    assertEquals(0, Main.execute("run", bigger.toString(), "--replicates", "64", "--out", b.toString()));
    Path page = folder.resolve("compare.html");
    assertEquals(0, Main.execute("compare", a.toString(), b.toString(), "--html", page.toString()), console.err());
    String printed = console.out();
    assertTrue(printed.contains("same seed and replicates: paired 95 % intervals"), printed);
    assertTrue(printed.lines().anyMatch(line -> line.startsWith("rare-earths") && line.contains("lowest days of cover")
        && line.endsWith("B better")), "40 private days raise the lowest cover: " + printed);
    try (Browser browser = Browser.open()) {
      assertEquals(RunComparison.HEADLINE.size(), browser.check(page));
    }
    assertEquals(2, Main.execute("compare", a.toString(), b.toString(), "--html", page.toString()));
    assertTrue(console.err().contains("compare.html exists; add --force"), console.err());
  }

  @Test
  void runsWhoseShockProcessesDrewFromOtherStreamsAreNotPaired() throws Exception {
    Path a = folder.resolve("a");
    Path b = folder.resolve("b");
    assertEquals(0, Main.execute("run", JAPAN.toString(), "--replicates", "16", "--out", a.toString()));
    assertEquals(0, Main.execute("run", JAPAN.toString(), "--replicates", "16", "--out", b.toString()));
    Path manifest = b.resolve("manifest.json");
    Files.writeString(manifest, Files.readString(manifest).replace("\"outputFormat\" : " + Manifest.OUTPUT_FORMAT,
        "\"outputFormat\" : 3"));
    assertEquals(0, Main.execute("compare", a.toString(), b.toString()), console.err());
    assertTrue(console.out().contains("different seeds, replicates or random streams: Welch 95 % intervals"),
        "format 3 keyed shock processes by position: " + console.out());
  }

  @Test
  void foldersThatAreNotRunsAreRefused() throws Exception {
    Path a = folder.resolve("a");
    assertEquals(0, Main.execute("run", JAPAN.toString(), "--replicates", "16", "--out", a.toString()));
    Path notRun = Files.createDirectories(folder.resolve("nothing"));
    assertEquals(2, Main.execute("compare", a.toString(), notRun.toString()));
    assertTrue(console.err().contains("is not a Stockpile results folder"), console.err());
  }
}
