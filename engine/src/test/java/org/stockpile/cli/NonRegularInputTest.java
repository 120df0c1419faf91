package org.stockpile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.testing.CapturedConsole;

/**
 * An input that is not a regular file (a FIFO that nobody writes to, a folder) is refused at once
 * with exit 2, never read: a FIFO used to make {@code validate}, {@code run} and a spec naming one
 * as its {@code scenario:} wait for ever.
 */
class NonRegularInputTest {
  private static final Duration AT_ONCE = Duration.ofSeconds(30);

  @TempDir
  Path folder;

  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  private Path fifo(String name) throws Exception {
    Path path = folder.resolve(name);
    Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
    return path;
  }

  @Test
  void aFifoIsRefusedByValidateRunAndAnOverlay() throws Exception {
    Path fifo = fifo("scenario.yaml");
    assertTimeoutPreemptively(AT_ONCE, () -> {
      assertEquals(2, Main.execute("validate", fifo.toString()));
      assertTrue(console.err().contains("is not a regular file"), console.err());
      assertEquals(2, Main.execute("run", fifo.toString(), "--out", folder.resolve("out").toString()));
      assertEquals(2, Main.execute("run", Files.writeString(folder.resolve("real.yaml"), "name: x\n").toString(),
          "--overlay", fifo.toString(), "--out", folder.resolve("out").toString()));
      assertTrue(console.err().contains("is not a regular file"), console.err());
    });
    assertTrue(Files.notExists(folder.resolve("out")), "nothing written");
  }

  @Test
  void aSpecWhoseScenarioIsAFifoIsRefused() throws Exception {
    fifo("scenario.yaml");
    Path sweep = Files.writeString(folder.resolve("s.sweep.yaml"), """
        scenario: scenario.yaml
        parameters:
          - {path: materials.ree.baselineDailyDemand, distribution: {distribution: uniform, min: 1, max: 2}}
        design: {type: sobol, samples: 8}
        metrics: [shortfallUnits]
        replicates: 2
        """);
    Path optimize = Files.writeString(folder.resolve("o.optimize.yaml"), """
        scenario: scenario.yaml
        decisions:
          - {path: materials.ree.baselineDailyDemand, min: 1, max: 2, step: 1}
        objectives: [shortfallUnits]
        """);
    assertTimeoutPreemptively(AT_ONCE, () -> {
      assertEquals(2, Main.execute("sweep", sweep.toString(), "--out", folder.resolve("sw").toString()));
      assertTrue(console.err().contains("is not a regular file"), console.err());
      assertEquals(2, Main.execute("optimize", optimize.toString(), "--out", folder.resolve("op").toString()));
      assertEquals(2, Main.execute("validate", sweep.toString()));
    });
  }

  @Test
  void aFolderIsNotAScenario() throws Exception {
    Path dir = Files.createDirectories(folder.resolve("scenario.yaml"));
    assertEquals(2, Main.execute("validate", dir.toString()));
    assertTrue(console.err().contains("is a folder, not a scenario file"), console.err());
  }
}
