package org.stockpile.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.stockpile.cli.Main;
import org.stockpile.output.Manifest;
import org.stockpile.testing.CapturedConsole;

/** The report of a run: self-contained, drawn without a console error in Chromium, and refusing what it cannot read. */
class RunReportTest {
  private static final Path JAPAN = Path.of("..", "scenarios", "japan-rare-earths-2010.yaml");

  @TempDir
  Path folder;

  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  @Test
  void aRunWithReportWritesOneSelfContainedFileThatChromiumDrawsWithoutAnError() throws Exception {
    Path run = folder.resolve("japan");
    assertEquals(0, Main.execute("run", JAPAN.toString(), "--replicates", "64", "--out", run.toString(), "--report"),
        console.err());
    String html = Files.readString(run.resolve("report.html"));
    Matcher fetches = Pattern.compile("(src|href)\\s*=\\s*[\"'](?!data:|#)[^\"']+", Pattern.CASE_INSENSITIVE)
        .matcher(html);
    assertFalse(fetches.find(), "nothing fetched from elsewhere: " + (fetches.find(0) ? fetches.group() : ""));
    assertTrue(html.contains("Content-Security-Policy") && html.contains("default-src 'none'"), "requests forbidden");
    assertTrue(html.contains("japan-rare-earths-2010") && html.contains("seed 1") && html.contains("64 replicates"),
        "the headline names the scenario, seed and replicates");
    assertTrue(html.contains("Senkaku halt of exports to Japan"), "the scheduled shock is shaded and named");
    assertTrue(html.contains("public target 42"), "each tier's target is drawn");
    assertTrue(html.contains("<h2>Verdict</h2>"), "the report opens with a verdict");
    JsonNode summary = new ObjectMapper().readTree(run.resolve("summary.json").toFile());
    JsonNode metrics = summary.at("/materials/rare-earths");
    double share = metrics.at("/shortfallWithStockUnits/mean").asDouble() / metrics.at("/shortfallUnits/mean").asDouble();
    assertTrue(html.contains(Format.percent(share) + " of the shortfall came while a reserve still held stock"),
        "the verdict says why, from the numbers: " + Format.percent(share));
    assertTrue(html.contains("short in " + Format.percent(metrics.at("/shortfallUnits/probPositive").asDouble())
        + " of replicates, " + Format.withUnit(metrics.at("/shortfallUnits/mean").asDouble(), "t") + " unmet"),
        "how often and how much, with the unit");
    assertTrue(html.contains("during “Senkaku halt of exports to Japan”"), "when, and during which shock");
    try (Browser browser = Browser.open()) {
      assertEquals(5, browser.check(run.resolve("report.html")),
          "cover, shortfall per day, total shortfall, releases and loans, costs");
    }
  }

  @Test
  void theBrowserCheckFailsOnAFetchAScriptErrorOrAnEmptyChart() throws Exception {
    Path run = folder.resolve("japan");
    assertEquals(0, Main.execute("run", JAPAN.toString(), "--replicates", "16", "--out", run.toString(), "--report"));
    String html = Files.readString(run.resolve("report.html"));
    Path fetching = run.resolve("fetching.html");
    Files.writeString(fetching, html.replace("<main>", "<main><img src=\"https://example.org/logo.png\">"));
    Path throwing = run.resolve("throwing.html");
    Files.writeString(throwing, html.replace("<main>", "<main><script>undefinedFunction();</script>"));
    Path empty = run.resolve("empty.html");
    Files.writeString(empty, html.replace("\"series\":[", "\"series\":[],\"unused\":["));
    try (Browser browser = Browser.open()) {
      for (Path page : new Path[] {fetching, throwing, empty}) {
        assertThrows(AssertionFailedError.class, () -> browser.check(page), page.getFileName().toString());
      }
    }
  }

  @Test
  void withPngEveryChartIsAlsoAnImage() throws Exception {
    Path run = folder.resolve("japan");
    assertEquals(0, Main.execute("run", JAPAN.toString(), "--replicates", "16", "--out", run.toString()));
    try (Browser browser = Browser.open()) {
      // Browser.open skips (or on CI fails) without Chromium, which --png needs too.
      assertEquals(0, Main.execute("report", run.toString(), "--png"), console.err());
    }
    for (String chart : new String[] {"rare-earths-cover", "rare-earths-shortfall", "rare-earths-releases", "costs"}) {
      byte[] png = Files.readAllBytes(run.resolve("charts").resolve(chart + ".png"));
      assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', chart + ".png is an image");
    }
  }

  @Test
  void anExistingReportIsReplacedOnlyWithForce() throws Exception {
    Path run = folder.resolve("japan");
    assertEquals(0, Main.execute("run", JAPAN.toString(), "--replicates", "16", "--out", run.toString()));
    assertEquals(0, Main.execute("report", run.toString()), console.err());
    assertEquals(2, Main.execute("report", run.toString()));
    assertTrue(console.err().contains("report.html exists; add --force to replace it"), console.err());
    assertEquals(0, Main.execute("report", run.toString(), "--force"), console.err());
  }

  @Test
  void foldersThatAreNotResultsAreRefusedSayingWhatWasExpected() throws Exception {
    Path empty = Files.createDirectories(folder.resolve("empty"));
    assertEquals(2, Main.execute("report", empty.toString()));
    assertTrue(console.err().contains("is not a Stockpile results folder (no manifest.json)"), console.err());

    Path run = folder.resolve("run");
    assertEquals(0, Main.execute("run", JAPAN.toString(), "--replicates", "16", "--out", run.toString()));
    Files.delete(run.resolve("timeseries.csv"));
    assertEquals(2, Main.execute("report", run.toString()));
    assertTrue(console.err().contains("is a half-written run folder: timeseries.csv is missing"), console.err());
    assertFalse(Files.exists(run.resolve("report.html")));

    Path newer = folder.resolve("newer");
    assertEquals(0, Main.execute("run", JAPAN.toString(), "--replicates", "16", "--out", newer.toString()));
    Path manifest = newer.resolve("manifest.json");
    Files.writeString(manifest, Files.readString(manifest).replace("\"outputFormat\" : " + Manifest.OUTPUT_FORMAT, "\"outputFormat\" : 99"));
    assertEquals(2, Main.execute("report", newer.toString()));
    assertTrue(console.err().contains("was written by a newer Stockpile"), console.err());
    assertFalse(Files.exists(newer.resolve("report.html")));

    Path older = folder.resolve("older");
    assertEquals(0, Main.execute("run", JAPAN.toString(), "--replicates", "16", "--out", older.toString()));
    Path olderManifest = older.resolve("manifest.json");
    Files.writeString(olderManifest, Files.readString(olderManifest).replace("\"outputFormat\" : " + Manifest.OUTPUT_FORMAT,
        "\"outputFormat\" : 1"));
    assertEquals(2, Main.execute("report", older.toString()));
    assertTrue(console.err().contains("was written by an older Stockpile"), console.err());
    assertEquals(2, Main.execute("compare", older.toString(), run.toString()));
  }
}
