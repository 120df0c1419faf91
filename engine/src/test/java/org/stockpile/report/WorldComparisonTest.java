package org.stockpile.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.cli.Main;
import org.stockpile.testing.CapturedConsole;
import org.stockpile.testing.TestScenarios;

/**
 * {@code stockpile compare} of two world runs: economy by economy, as two runs, with the world price
 * index beside; economies only one world ran named; a world and a single run refused.
 */
class WorldComparisonTest {
  private static final String RUN = "run: {replicates: 24, horizonDays: 200}\n";
  private static final String WORLD = TestScenarios.japanAndKoreaBuyingFromChina("two-economies") + RUN;
  /** The same world with Taiwan buying from China too. */
  private static final String WITH_TAIWAN = WORLD.replace("countries: {CN: {}, JP: {}, KR: {}}",
      "countries: {CN: {}, JP: {}, KR: {}, TW: {}}").replace("suppliers:\n", """
          TW:
            materials:
              ree:
                baselineDailyDemand: 20
                pricePerUnit: 100
                shortageCostPerUnit: 1000
                sources:
                  - {id: china, supplier: china, route: [CN], share: 1, leadTimeDays: 20}
                stockpiles:
                  public: {targetDays: 30, release: {triggerShare: 0.05, latencyDays: 3}}
        suppliers:
        """);

  @TempDir
  Path folder;

  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  private Path run(String name, String scenario, String... options) throws Exception {
    Path file = folder.resolve(name + ".yaml");
    Files.writeString(file, scenario);
    Path results = folder.resolve(name);
    String[] arguments = new String[3 + options.length];
    arguments[0] = "run";
    arguments[1] = file.toString();
    arguments[2] = "--out=" + results;
    System.arraycopy(options, 0, arguments, 3, options.length);
    assertEquals(0, Main.execute(arguments), console.err());
    return results;
  }

  @Test
  void twoWorldsAreComparedEconomyByEconomyInTheTerminalAndOnOnePage() throws Exception {
    Path a = run("a", WORLD);
    Path b = run("b", WORLD, "--set", "economies.JP.materials.ree.stockpiles.public.targetDays=60");
    Path page = folder.resolve("compare.html");
    int before = console.out().length();
    assertEquals(0, Main.execute("compare", a.toString(), b.toString(), "--html", page.toString()), console.err());
    String printed = console.out().substring(before);
    int japan = printed.indexOf("\nEconomy JP:\nA: " + a.resolve("economies/JP") + "   B: " + b.resolve("economies/JP")
        + "   (same seed and replicates: paired 95 % intervals)");
    int korea = printed.indexOf("\nEconomy KR:\nA: " + a.resolve("economies/KR"));
    int prices = printed.indexOf("\nWorld price index");
    assertTrue(japan >= 0 && korea > japan && prices > korea, "each economy under its heading, then the world: "
        + printed);
    assertTrue(printed.substring(japan, korea).lines().anyMatch(line -> line.startsWith("ree")
        && line.contains("lowest days of cover") && line.endsWith("B better")),
        "60 public days instead of 42 raise Japan's lowest cover: " + printed);
    assertTrue(printed.substring(prices).lines().anyMatch(line -> line.startsWith("  ree: mean ")
        && line.contains("× base price; highest ")), printed);
    assertFalse(printed.contains("Only in"), "both worlds ran the same economies");

    String html = Files.readString(page);
    assertTrue(html.contains("<option value=\"part-jp\">Economy JP</option>")
        && html.contains("<section class=\"part\" id=\"part-kr\">") && html.contains("World price index"), html);
    try (Browser browser = Browser.open()) {
      assertEquals(2 * RunComparison.HEADLINE.size(), browser.check(page), "each economy's charts, metric by metric");
    }
  }

  @Test
  void economiesOnlyOneWorldRanAreNamed() throws Exception {
    Path a = run("a", WORLD);
    Path b = run("b", WITH_TAIWAN);
    int before = console.out().length();
    assertEquals(0, Main.execute("compare", a.toString(), b.toString()), console.err());
    String printed = console.out().substring(before);
    assertTrue(printed.contains("Only in B, not compared: TW") && printed.contains("Economy KR:")
        && !printed.contains("Economy TW:"), printed);
  }

  @Test
  void aWorldIsComparedWithAWorldOnlyButItsEconomiesAsRuns() throws Exception {
    Path a = run("a", WORLD);
    Path b = run("b", WORLD, "--seed", "7");
    Path single = a.resolve("economies/JP");
    for (List<String> pair : List.of(List.of(a.toString(), single.toString()),
        List.of(single.toString(), a.toString()))) {
      assertEquals(2, Main.execute("compare", pair.get(0), pair.get(1)), pair.toString());
      assertTrue(console.err().contains(a + " holds a world run's results (economies JP, KR) and " + single
          + " a single economy's run: compare two world folders, or two run folders such as an economy's of a "
          + "world (" + single + ")"), console.err());
    }
    int before = console.out().length();
    assertEquals(0, Main.execute("compare", single.toString(), b.resolve("economies/JP").toString()), console.err());
    String printed = console.out().substring(before);
    assertTrue(printed.startsWith("A: " + single + "   B: " + b.resolve("economies/JP")
        + "   (different seeds, replicates or random streams: Welch 95 % intervals)"), printed);
    assertFalse(printed.contains("Economy JP:") || printed.contains("World price index"), "as two runs: " + printed);
  }
}
