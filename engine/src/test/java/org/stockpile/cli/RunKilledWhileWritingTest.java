package org.stockpile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.report.OutputFolder;
import org.stockpile.testing.CapturedConsole;
import org.stockpile.testing.TestScenarios;

/**
 * {@code run} killed with {@code kill -9} while it writes its results: the destination is never
 * half-written (it is absent, or whole with every file its manifest lists), and the next run to
 * the same place is not blocked (the hidden temporary folder the kill left is removed by it).
 */
class RunKilledWhileWritingTest {
  @TempDir
  Path folder;

  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  @Test
  void aRunKilledWhileWritingLeavesNoHalfWrittenResultsAndDoesNotBlockTheNext() throws Exception {
    Path scenario = Files.writeString(folder.resolve("scenario.yaml"),
        TestScenarios.chinaWithRandomBans("killed") + "run: {replicates: 6000, horizonDays: 3650}\n");
    Path results = folder.resolve("results");
    Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
        "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "run", scenario.toString(), "--out", results.toString(), "--threads", "2")
        .redirectErrorStream(true).redirectOutput(folder.resolve("child.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    // Killed once its temporary folder holds a file: in the middle of writing the results.
    while (!writing() && process.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    boolean alive = process.isAlive();
    process.destroyForcibly().waitFor();
    assertTrue(writing() || Files.exists(results), "killed while writing (alive " + alive + ", exit "
        + process.exitValue() + "): " + Files.readString(folder.resolve("child.log")));
    if (Files.exists(results)) {
      OutputFolder.open(results);
    }
    assertFalse(Files.exists(results) && !Files.exists(results.resolve("manifest.json")), "never half-written");

    if (!Files.exists(results)) {
      assertEquals(0, Main.execute("run", scenario.toString(), "--out", results.toString(), "--replicates", "40"),
          console.err());
      OutputFolder.open(results);
      assertFalse(writing(), "the temporary folder the kill left is gone");
    }
  }

  /** Whether a hidden temporary results folder holds a file. */
  private boolean writing() throws Exception {
    try (Stream<Path> entries = Files.list(folder)) {
      List<Path> staging = entries.filter(path -> path.getFileName().toString().startsWith(".results.partial-"))
          .toList();
      for (Path dir : staging) {
        try (Stream<Path> files = Files.list(dir)) {
          if (files.findAny().isPresent()) {
            return true;
          }
        } catch (java.nio.file.NoSuchFileException gone) {
          // The check made before the run (made and removed at once), or the folder renamed into place.
        }
      }
      return false;
    }
  }
}
