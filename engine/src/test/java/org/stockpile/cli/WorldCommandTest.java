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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.testing.CapturedConsole;
import org.stockpile.testing.TestScenarios;

/** Scenarios with several economies from the command line: results per economy and for the world, bad files. */
class WorldCommandTest {
  static final String WORLD = TestScenarios.japanAndKoreaBuyingFromChina("two-economies")
      + "run: {replicates: 40, horizonDays: 200}\n";

  @TempDir
  Path folder;

  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  private Path scenario(String text) throws IOException {
    Path file = folder.resolve("world.yaml");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void runWritesEachEconomyAsARunAndTheWorldBeside() throws Exception {
    Path results = folder.resolve("results");
    assertEquals(0, Main.execute("run", scenario(WORLD).toString(), "--out", results.toString()));
    for (String economy : List.of("JP", "KR")) {
      for (String name : List.of("summary.json", "timeseries.csv", "replicates.csv", "manifest.json")) {
        assertTrue(Files.size(results.resolve("economies").resolve(economy).resolve(name)) > 0, economy + "/" + name);
      }
    }
    JsonNode world = new ObjectMapper().readTree(results.resolve("world.json").toFile());
    assertEquals(40, world.get("replicates").asInt());
    JsonNode flows = world.at("/materials/ree/suppliers/china/flows");
    double shares = 0;
    for (JsonNode flow : flows) {
      shares += flow.get("shareOfShipped").asDouble();
    }
    assertEquals(1, shares, 1e-9, "the flows' shares of the supplier's output add up");
    assertTrue(flows.get("JP/via-korea").get("shippedUnits").get("mean").asDouble() > 0,
        "the ban on Japan sends Japan's supply through Korea");
    assertTrue(world.at("/materials/ree/priceIndexMax/mean").asDouble() > 1, "refills raise the price");
    assertEquals(200 * 1 + 1, Files.readAllLines(results.resolve("prices.csv")).size());
    assertTrue(Files.isRegularFile(results.resolve("scenario.yaml")));
    assertTrue(console.out().contains("Economy JP") && console.out().contains("World market"), console.out());
    assertEquals(0, Main.execute("report", results.resolve("economies/JP").toString()));
  }

  @Test
  void groupsReportWhatTheirMembersGaveReceivedAndDrew() throws Exception {
    String withGroups = WORLD.replace("shocks:\n", """
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
        """);
    Path results = folder.resolve("results");
    assertEquals(0, Main.execute("run", scenario(withGroups).toString(), "--out", results.toString()));
    JsonNode groups = new ObjectMapper().readTree(results.resolve("world.json").toFile()).get("groups");
    JsonNode members = groups.at("/iea/collectiveRelease/ree/members");
    double given = members.at("/JP/givenUnits/mean").asDouble() + members.at("/KR/givenUnits/mean").asDouble();
    double received = members.at("/JP/receivedUnits/mean").asDouble() + members.at("/KR/receivedUnits/mean").asDouble();
    assertTrue(given > 0, "the ban on Japan (its whole supply, 80 of 130) triggers the collective release");
    assertEquals(given, received, 1e-6 * given, "what members give is what members receive");
    assertEquals(0, members.at("/JP/netPayment/mean").asDouble() + members.at("/KR/netPayment/mean").asDouble(),
        1e-6 * Math.abs(members.at("/JP/netPayment/mean").asDouble()), "payments add up to zero");
    assertTrue(groups.at("/msp/pooledTiers/ree/partners/members/JP/drawnUnits/mean").isNumber());
    assertTrue(groups.at("/iea/total/netCost/mean").isNumber() && groups.at("/iea/shortfallUnits/ree/mean").isNumber());
    assertTrue(console.out().contains("Group iea, collective release of ree"), console.out());
  }

  @Test
  void sameSeedSameResultsWhateverTheThreads() throws Exception {
    Path file = scenario(WORLD);
    assertEquals(0, Main.execute("run", file.toString(), "--out", folder.resolve("a").toString(), "--threads", "1"));
    assertEquals(0, Main.execute("run", file.toString(), "--out", folder.resolve("b").toString(), "--threads", "3"));
    for (String name : List.of("world.json", "prices.csv", "economies/JP/summary.json", "economies/KR/replicates.csv",
        "economies/KR/timeseries.csv")) {
      assertEquals(Files.readString(folder.resolve("a").resolve(name)), Files.readString(folder.resolve("b").resolve(name)),
          name);
    }
  }

  @Test
  void mixedFormsUnknownSuppliersAndPricesSetByAnEconomyAreRefusedWithTheirLines() throws Exception {
    String bad = WORLD.replace("name: two-economies\n", "name: two-economies\neconomy: JP\n")
        .replace("supplier: china, route: [CN, KR]", "supplier: chinaa, route: [CN, KR]")
        .replace("baselineDailyDemand: 50\n", "baselineDailyDemand: 50\n        priceElasticity: 1\n")
        .replace("economies:\n  JP:", "economies:\n  XX:\n    materials: {}\n  JP:");
    Path file = scenario(bad);
    Path results = folder.resolve("results");
    assertEquals(2, Main.execute("run", file.toString(), "--out", results.toString()));
    String err = console.err();
    assertTrue(err.contains("world.yaml:2:") && err.contains("remove 'economy'"), err);
    assertTrue(err.contains("'chinaa' is not a supplier of ree") && err.contains("did you mean 'china'"), err);
    assertTrue(err.contains("economies.KR.materials.ree.priceElasticity") && err.contains("markets.ree.priceElasticity"),
        err);
    assertTrue(err.contains("economies.XX"), err);
    assertFalse(Files.exists(results), "nothing written");
  }

  @Test
  void aSupplierIsForSeveralEconomiesOnly() throws Exception {
    Path file = scenario(CommandLineTestScenario.SINGLE.replace("{id: china, route: [CN]",
        "{id: china, supplier: china, route: [CN]"));
    assertEquals(2, Main.execute("validate", file.toString()));
    assertTrue(console.err().contains("a shared supplier needs a scenario with 'economies'"), console.err());
  }

  /** A single economy's scenario. */
  static final class CommandLineTestScenario {
    static final String SINGLE = """
        name: single
        economy: JP
        countries: {JP: {}, CN: {}}
        materials:
          ree:
            baselineDailyDemand: 10
            pricePerUnit: 100
            shortageCostPerUnit: 1000
            sources:
              - {id: china, route: [CN], share: 1, capacityPerDay: 20}
        run: {replicates: 8, horizonDays: 50}
        """;
  }
}
