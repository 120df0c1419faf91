package org.stockpile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.testing.CapturedConsole;

/** {@code optimize --best-response} on a scenario with several economies. */
class WorldOptimizeCommandTest {
  private static final String SPEC = """
      scenario: world.yaml
      objective: expectedNetCost
      decisions:
        - {path: economies.JP.materials.ree.stockpiles.public.targetDays, min: 0, max: 60, step: 30}
        - {path: economies.KR.materials.ree.stockpiles.public.targetDays, min: 0, max: 100, step: 50}
      constraints:
        - {name: Korea at least 50 days, sum: [economies.KR.materials.ree.stockpiles.public.targetDays], min: 50}
      search: {replicates: 16, validationReplicates: 32, seed: 3, rounds: 5}
      """;

  @TempDir
  Path folder;

  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  private Path files(String spec) throws Exception {
    Files.writeString(folder.resolve("world.yaml"), WorldCommandTest.WORLD);
    Path file = folder.resolve("partners.optimize.yaml");
    Files.writeString(file, spec);
    return file;
  }

  @Test
  void bestResponseAndCoalitionWithTheValueOfCooperation() throws Exception {
    Path spec = files(SPEC);
    assertEquals(0, Main.execute("validate", spec.toString()), "validate reads a spec on several economies");
    Path one = folder.resolve("one");
    assertEquals(0, Main.execute("optimize", spec.toString(), "--best-response", "--out", one.toString(),
        "--threads", "1"));
    JsonNode result = new ObjectMapper().readTree(one.resolve("world-optimum.json").toFile());
    assertTrue(result.at("/alone/settled").isBoolean());
    assertTrue(result.at("/alone/path").size() >= 2, "round 0 and at least one round");
    assertTrue(result.at("/valueOfCooperation/netCostSaved/mean").isNumber());
    assertTrue(result.at("/valueOfCooperation/shortfallUnitsAvoided/ree/low95").isNumber());
    double alone = result.at("/alone/path").get(result.at("/alone/path").size() - 1).get("coalitionObjective")
        .asDouble();
    assertTrue(result.at("/together/coalitionObjective").asDouble() <= alone, "together is never worse on the search's "
        + "replicates");
    for (JsonNode decision : result.get("decisions")) {
      if (decision.get("economy").asText().equals("KR")) {
        assertTrue(decision.get("together").asDouble() >= 50 && decision.get("alone").asDouble() >= 50, "the floor");
      }
    }
    assertTrue(Files.isRegularFile(one.resolve("together.yaml")) && Files.isRegularFile(one.resolve("alone.yaml")));
    assertEquals(0, Main.execute("run", one.resolve("together.yaml").toString(), "--replicates", "8", "--out",
        folder.resolve("together-run").toString()), "the answer runs as it is");
    assertTrue(console.out().contains("Value of cooperation"), console.out());
    Path two = folder.resolve("two");
    assertEquals(0, Main.execute("optimize", spec.toString(), "--best-response", "--out", two.toString(),
        "--threads", "2"));
    assertEquals(Files.readString(one.resolve("world-optimum.json")), Files.readString(two.resolve("world-optimum.json")),
        "the same bits on 1 and 2 threads");
  }

  @Test
  void aDecisionMustBelongToAnEconomy() throws Exception {
    Path spec = files(SPEC.replace("path: economies.JP.materials", "path: materials"));
    assertEquals(2, Main.execute("optimize", spec.toString(), "--out", folder.resolve("x").toString()));
    assertTrue(console.err().contains("a decision belongs to an economy"), console.err());
    assertFalse(Files.exists(folder.resolve("x")));
  }
}
