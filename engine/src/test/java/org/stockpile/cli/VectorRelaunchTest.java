package org.stockpile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.console.VectorRelaunch;
import org.stockpile.testing.CapturedConsole;

/**
 * The command line in a JVM without the Vector API, as {@code ./stockpile} starts it: an economy's
 * run stays lane by lane with the numbers of a JVM with the module; a world continues in a child
 * JVM with the module when {@code STOCKPILE_VECTORS=auto} allows it, and otherwise fails with a
 * message naming the flag.
 */
class VectorRelaunchTest {
  private static final Path SCENARIOS = Path.of("..", "scenarios");
  private static final String INCUBATOR_WARNING = "Using incubator modules: jdk.incubator.vector";
  private static final List<String> RESULTS =
      List.of("replicates.csv", "replicate-totals.csv", "summary.json", "timeseries.csv");

  @TempDir
  Path folder;

  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  @Test
  void aSmallRunStaysLaneByLaneWithTheNumbersOfTheVectorKernel() throws Exception {
    Path lanes = folder.resolve("lanes");
    Child child = withoutVectors("auto", "run", SCENARIOS.resolve("japan-rare-earths-2010.yaml").toString(),
        "--replicates", "40", "--out", lanes.toString());
    assertEquals(0, child.exit, child.output);
    assertFalse(child.output.contains(INCUBATOR_WARNING), child.output);
    Path vectors = folder.resolve("vectors");
    assertEquals(0, Main.execute("run", SCENARIOS.resolve("japan-rare-earths-2010.yaml").toString(),
        "--replicates", "40", "--out", vectors.toString()), console.err());
    for (String name : RESULTS) {
      assertEquals(Files.readString(vectors.resolve(name)), Files.readString(lanes.resolve(name)), name);
    }
  }

  @Test
  void aWorldContinuesInAJvmWithTheVectorApiWhenTheLauncherAllowsIt() throws Exception {
    Path results = folder.resolve("world");
    Child child = withoutVectors("auto", "run", SCENARIOS.resolve("iea-collective-release.yaml").toString(),
        "--replicates", "8", "--out", results.toString());
    assertEquals(0, child.exit, child.output);
    assertTrue(child.output.contains(INCUBATOR_WARNING), child.output);
    assertTrue(Files.exists(results.resolve("manifest.json")), child.output);
  }

  @Test
  void aWorldWithoutTheVectorApiAndNoRelaunchFailsWithAMessageNamingTheFlag() throws Exception {
    Path results = folder.resolve("world");
    Child child = withoutVectors("never", "run", SCENARIOS.resolve("iea-collective-release.yaml").toString(),
        "--replicates", "8", "--out", results.toString());
    assertEquals(2, child.exit, child.output);
    assertTrue(child.output.contains("--add-modules jdk.incubator.vector"), child.output);
    assertFalse(Files.exists(results), "nothing written");
  }

  @Test
  void aWorldSweepWithoutTheVectorApiFailsAsBadInputNotAsAnInternalError() throws Exception {
    Child child = withoutVectors("never", "sweep", SCENARIOS.resolve("partners-refill-race.sweep.yaml").toString(),
        "--replicates", "2", "--out", folder.resolve("sweep").toString());
    assertEquals(2, child.exit, child.output);
    assertTrue(child.output.contains("--add-modules jdk.incubator.vector"), child.output);
    assertFalse(child.output.contains("internal error"), child.output);
  }

  private record Child(int exit, String output) {
  }

  private Child withoutVectors(String vectors, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put(VectorRelaunch.VARIABLE, vectors);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the command did not end:\n" + output);
    }
    return new Child(process.exitValue(), output);
  }
}
