package org.stockpile.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.stockpile.cli.Main;
import org.stockpile.testing.CapturedConsole;
import org.stockpile.testing.TestScenarios;

/**
 * The report of a world run: one page whose selector shows the world market or one economy's
 * report; an economy's own folder keeps its single run's report; a half-written world is refused.
 */
class WorldReportTest {
  /** Two economies sharing China's supply, in two groups: a collective release and a pooled tier. */
  private static final String WORLD = TestScenarios.japanAndKoreaBuyingFromChina("two-economies")
      .replace("shocks:\n", """
          groups:
            iea:
              members: [JP, KR]
              collectiveRelease: {triggerShare: 0.07}
            msp:
              members: [JP, KR]
              pooledTiers:
                ree:
                  partners: {targetDays: 10}
          shocks:
          """) + "run: {replicates: 24, horizonDays: 200}\n";

  @TempDir
  Path folder;

  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  private Path run(String... options) throws Exception {
    Path file = folder.resolve("world.yaml");
    Files.writeString(file, WORLD);
    Path results = folder.resolve("results");
    String[] arguments = new String[3 + options.length];
    arguments[0] = "run";
    arguments[1] = file.toString();
    arguments[2] = "--out=" + results;
    System.arraycopy(options, 0, arguments, 3, options.length);
    assertEquals(0, Main.execute(arguments), console.err());
    return results;
  }

  @Test
  void runWithReportWritesOnePageWithASelectorTheWorldMarketAndEachEconomy() throws Exception {
    Path results = run("--report");
    Path page = results.resolve("report.html");
    assertTrue(console.out().contains("Report in " + page), "the printed line says where: " + console.out());
    assertFalse(Files.exists(results.resolve("economies/JP/report.html")), "one page, not one per economy");
    String html = Files.readString(page);
    Matcher fetches = Pattern.compile("(src|href)\\s*=\\s*[\"'](?!data:|#)[^\"']+", Pattern.CASE_INSENSITIVE)
        .matcher(html);
    assertFalse(fetches.find(), "nothing fetched from elsewhere");
    assertTrue(html.contains("<select id=\"parts\"><option value=\"part-world\">World market</option>"
        + "<option value=\"part-jp\">Economy JP</option><option value=\"part-kr\">Economy KR</option></select>"),
        "the selector lists the world market and each economy");
    for (String part : new String[] {"world", "jp", "kr"}) {
      assertEquals(1, count(html, "<section class=\"part\" id=\"part-" + part + "\">"), "one section for " + part);
    }
    assertTrue(html.contains("\"id\":\"world-ree-price\"") && html.contains("World price: ree"),
        "the world price path is drawn");
    assertTrue(html.contains("JP base price 100 USD/t") && html.contains("\"name\":\"USD/t\""),
        "the price in the currency per the material's unit, the base price marked");
    for (String economy : new String[] {"jp", "kr"}) {
      assertTrue(html.contains("\"id\":\"" + economy + "-ree-cover\"") && html.contains("\"id\":\"" + economy
          + "-costs\""), "each economy's section holds its run's report: " + economy);
    }
    JsonNode world = new ObjectMapper().readTree(results.resolve("world.json").toFile());
    JsonNode flow = world.at("/materials/ree/suppliers/china/flows/JP~1via-korea");
    assertTrue(html.contains("<td>JP/via-korea</td><td>" + Format.withUnit(flow.at("/shippedUnits/mean").asDouble(), "t")
        + "</td><td>" + Format.percent(flow.get("shareOfShipped").asDouble()) + "</td><td>"
        + Format.withUnit(flow.at("/scarceShippedUnits/mean").asDouble(), "t") + "</td><td>"
        + Format.percent(flow.get("shareOnScarceDays").asDouble()) + "</td>"), "who got what of China's output");
    assertTrue(html.contains("<td>KR</td><td>" + Format.withUnit(world.at("/economies/KR/aboveBasePriceCostTotal/mean")
        .asDouble(), "USD") + "</td>"), "what Korea paid above its base price, in the currency");
    assertTrue(html.contains(Format.withUnit(world.at("/materials/ree/priceIndexMax/mean").asDouble(), "× base price")),
        "the highest price index");
    JsonNode given = world.at("/groups/iea/collectiveRelease/ree/members/JP");
    assertTrue(html.contains("Group iea: JP, KR") && html.contains("<td>JP</td><td>"
        + Format.withUnit(given.at("/givenUnits/mean").asDouble(), "t") + "</td><td>"
        + Format.withUnit(given.at("/receivedUnits/mean").asDouble(), "t") + "</td><td>"
        + Format.withUnit(given.at("/netPayment/mean").asDouble(), "USD") + "</td>"), "the collective release");
    assertTrue(html.contains("Group msp: JP, KR") && html.contains("<td>partners</td>"), "the pooled tier");

    assertEquals(2, Main.execute("report", results.toString()));
    assertTrue(console.err().contains("report.html exists; add --force"), console.err());
    assertEquals(0, Main.execute("report", results.toString(), "--force"), console.err());
  }

  @Test
  void theSelectorShowsOnePartAtATimeAndEveryChartDrawsInChromium() throws Exception {
    Path results = run();
    assertEquals(0, Main.execute("report", results.toString()), console.err());
    try (Browser browser = Browser.open()) {
      assertEquals(1 + 2 * 5, browser.check(results.resolve("report.html")),
          "the world price; per economy cover, shortfall per day, total shortfall, releases, costs");
      String visible = "return Array.from(document.querySelectorAll('section.part'))"
          + ".filter(function (s) { return s.offsetHeight > 0; }).map(function (s) { return s.id; }).join(',');";
      assertEquals("part-world", browser.run(visible), "the world market first, alone");
      browser.run("var s = document.getElementById('parts'); s.value = 'part-kr'; s.dispatchEvent(new Event('change'));");
      assertEquals("part-kr", browser.run(visible), "Korea alone once chosen");
      Object width = browser.run("return document.querySelector('#kr-ree-cover svg').getBoundingClientRect().width;");
      assertTrue(((Number) width).doubleValue() > 500, "Korea's charts drawn at the page's width: " + width);
    }
  }

  @Test
  void anEconomysFolderKeepsItsSingleRunsReport() throws Exception {
    Path results = run();
    Path japan = results.resolve("economies/JP");
    assertEquals(0, Main.execute("report", japan.toString()), console.err());
    String html = Files.readString(japan.resolve("report.html"));
    assertFalse(html.contains("<select id=\"parts\">"), "no selector");
    assertTrue(html.contains("<h2>Verdict</h2>") && html.contains("\"id\":\"ree-cover\"")
        && html.contains("public target 42"), "the run's report, with the economy's view of the world's scenario");
  }

  @Test
  void aHalfWrittenWorldIsRefusedSayingWhatIsMissing() throws Exception {
    Path results = run();
    Files.delete(results.resolve("economies/KR/summary.json"));
    assertEquals(2, Main.execute("report", results.toString()));
    assertTrue(console.err().contains("is a half-written run folder: summary.json is missing"), console.err());
    Chromium.deleteQuietly(results.resolve("economies/KR"));
    assertEquals(2, Main.execute("report", results.toString()));
    assertTrue(console.err().contains("its manifest names economy KR but economies/KR is missing"), console.err());
    Files.delete(results.resolve("world.json"));
    assertEquals(2, Main.execute("report", results.toString()));
    assertTrue(console.err().contains("is a half-written world folder: world.json is missing"), console.err());
    assertFalse(Files.exists(results.resolve("report.html")), "nothing written");
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
