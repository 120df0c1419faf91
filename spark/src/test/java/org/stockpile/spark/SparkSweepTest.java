package org.stockpile.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.check.ScenarioException;
import org.stockpile.cli.Main;
import org.stockpile.output.SweepWriter;
import org.stockpile.sweep.SweepResult;
import scala.Tuple2;

/**
 * A sweep on Spark ({@code local[2]}) writes the files of {@code stockpile sweep}, byte for byte,
 * whatever the partitions, also when a task fails once and Spark runs it again; bad input is
 * refused before any task.
 */
class SparkSweepTest {
  private static final String SCENARIO = """
      name: spark-test
      economy: JP
      countries: {JP: {}, CN: {}, AU: {}}
      materials:
        ree:
          baselineDailyDemand: 10
          pricePerUnit: 1000
          shortageCostPerUnit: 6000
          sources:
            - {id: china, route: [CN], share: 0.8, capacityPerDay: 20}
            - {id: lynas, route: [AU], share: 0.2, capacityPerDay: 6, surgeRatePerDay: 0.05}
          stockpiles:
            firms: {targetDays: 10, holdingCostPerUnitPerYear: 2000}
      shocks:
        - {type: exportControl, country: CN, mode: ban, start: 30, durationDays: 40}
      shockProcesses:
        - ratePerYear: 2
          durationDays: {distribution: uniform, min: 10, max: 60}
          severity: {distribution: uniform, min: 0.3, max: 1}
          shock: {type: exportControl, country: CN, mode: quota, allowedShare: 0.5}
      run: {replicates: 40, horizonDays: 365}
      """;
  private static final String SPEC = """
      scenario: scenario.yaml
      parameters:
        - {path: materials.ree.stockpiles.firms.targetDays, distribution: {distribution: uniform, min: 0, max: 40}}
        - {path: "shocks[0].durationDays", levels: [20, 40, 60, 80]}
        - {path: materials.ree.sources.lynas.share, distribution: {distribution: uniform, min: 0.1, max: 0.4}}
      design: {type: sobol, samples: 16}
      metrics: [shortfallUnits, ree.netCost]
      timeIndices: {days: [40, 120]}
      replicates: 24
      seed: 4
      """;
  private static final List<String> RESULTS = List.of("points.csv", "indices.json", "timeindices.csv");
  /** Attempts of the task made to fail once (local mode: tasks run in this JVM). */
  private static final AtomicInteger FAILED = new AtomicInteger();

  @TempDir
  Path folder;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream savedErr;
  private PrintStream savedOut;
  private Path spec;

  @BeforeEach
  void setUp() throws Exception {
    savedErr = System.err;
    savedOut = System.out;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    Files.writeString(folder.resolve("scenario.yaml"), SCENARIO);
    spec = folder.resolve("test.sweep.yaml");
    Files.writeString(spec, SPEC);
  }

  @AfterEach
  void restore() {
    System.setErr(savedErr);
    System.setOut(savedOut);
  }

  @Test
  void theSameFilesAsTheLocalSweepWhateverThePartitions() throws Exception {
    Path local = folder.resolve("local");
    assertEquals(0, Main.execute("sweep", spec.toString(), "--out", local.toString()), err.toString());
    Path onSpark = folder.resolve("spark");
    assertEquals(0, SparkMain.execute("sweep", spec.toString(), "--master", "local[2]", "--partitions", "3", "--out",
        onSpark.toString()), err.toString());
    for (String name : RESULTS) {
      assertEquals(Files.readString(local.resolve(name)), Files.readString(onSpark.resolve(name)), name);
    }
    SweepPayload payload = SweepPayload.of(spec, null, null, null);
    try (JavaSparkContext spark = new JavaSparkContext(local(2, 1))) {
      for (int partitions : new int[] {1, 7, 200}) {
        Path out = folder.resolve("partitions-" + partitions);
        write(payload, SparkSweep.run(spark, payload, partitions), out);
        for (String name : RESULTS) {
          assertEquals(Files.readString(local.resolve(name)), Files.readString(out.resolve(name)),
              name + " with " + partitions + " partitions");
        }
      }
    }
  }

  @Test
  void withSetTheExecutorsSweepTheVariedBase() throws Exception {
    String setting = "materials.ree.sources.china.capacityPerDay=15";
    Path local = folder.resolve("local");
    assertEquals(0, Main.execute("sweep", spec.toString(), "--set", setting, "--out", local.toString()),
        err.toString());
    Path onSpark = folder.resolve("spark");
    assertEquals(0, SparkMain.execute("sweep", spec.toString(), "--set", setting, "--master", "local[2]",
        "--partitions", "3", "--out", onSpark.toString()), err.toString());
    for (String name : RESULTS) {
      assertEquals(Files.readString(local.resolve(name)), Files.readString(onSpark.resolve(name)), name);
    }
    assertTrue(Files.readString(onSpark.resolve("manifest.json")).contains(setting));
  }

  @Test
  void aTaskThatFailsOnceIsRunAgainWithTheSameNumbers() throws Exception {
    Path local = folder.resolve("local");
    assertEquals(0, Main.execute("sweep", spec.toString(), "--out", local.toString()), err.toString());
    SweepPayload payload = SweepPayload.of(spec, null, null, null);
    FAILED.set(0);
    try (JavaSparkContext spark = new JavaSparkContext(local(2, 2))) {
      Path out = folder.resolve("retried");
      write(payload, SparkSweep.run(spark, payload, 4, new FailingOnce(payload)), out);
      assertEquals(1, FAILED.get(), "partition 1 failed on its first attempt");
      for (String name : RESULTS) {
        assertEquals(Files.readString(local.resolve(name)), Files.readString(out.resolve(name)), name);
      }
    }
  }

  @Test
  void badInputIsRefusedWithExitTwoBeforeAnyTask() throws Exception {
    Files.writeString(spec, SPEC.replace("firms.targetDays", "firm.targetDays"));
    Path out = folder.resolve("bad");
    assertEquals(2, SparkMain.execute("sweep", spec.toString(), "--master", "local[2]", "--out", out.toString()));
    assertTrue(err.toString().contains("parameters[0].path: not in the scenario"), err.toString());
    assertFalse(err.toString().contains("SparkContext"), "no Spark context was started: " + err);
    assertFalse(Files.exists(out));
    Files.writeString(spec, SPEC);
    assertEquals(2, SparkMain.execute("sweep", spec.toString(), "--out", out.toString()));
    assertTrue(err.toString().contains("no Spark master"), err.toString());
  }

  @Test
  void aNightlySweepOnSparkComparesWithTheLatestSweepInAFolderAndLogsToAFile() throws Exception {
    Path nightly = folder.resolve("nightly");
    Path log = folder.resolve("logs/stockpile.log");
    assertEquals(0, SparkMain.execute("sweep", spec.toString(), "--master", "local[2]", "--out",
        nightly.resolve("first").toString(), "--baseline-from", nightly.toString(), "--quiet", "--log-file",
        log.toString()), err.toString());
    assertFalse(err.toString().contains("no such folder yet"), "--quiet: no warnings on stderr: " + err);
    assertTrue(Files.readString(log).contains("WARN  [main] org.stockpile.output.SweepBaselines - --baseline-from "
        + nightly + ": no such folder yet"), Files.readString(log));
    assertEquals(0, SparkMain.execute("sweep", spec.toString(), "--master", "local[2]", "--out",
        nightly.resolve("second").toString(), "--baseline-from", nightly.toString(), "--log-file", log.toString()),
        err.toString());
    assertEquals(nightly.resolve("first").toString(), new ObjectMapper().readTree(nightly.resolve(
        "second/compare.json").toFile()).get("baseline").asText());
    String text = Files.readString(log);
    for (String expected : List.of("org.stockpile.spark.SweepOnSpark - sweep on Spark: spec " + spec,
        "sweep on Spark: 8 tasks on 2 cores in ", "wrote " + nightly.resolve("second"), "compared with "
            + nightly.resolve("first") + ": 0 of ", "exit 0 after ")) {
      assertTrue(text.contains(expected), expected + " in:\n" + text);
    }
  }

  @Test
  void helpIsCleanAndTheBareCommandListsEveryCommand() {
    for (String command : List.of("sweep", "run")) {
      assertEquals(0, SparkMain.execute(command, "--help"));
    }
    assertEquals(2, SparkMain.execute());
    assertFalse(err.toString().contains("WARN"), err.toString());
    assertTrue(err.toString().contains("  sweep ") && err.toString().contains("  run "), err.toString());
  }

  private static SparkConf local(int cores, int maxFailures) {
    return new SparkConf().setMaster("local[" + cores + "," + maxFailures + "]").setAppName("stockpile-test")
        .set("spark.ui.enabled", "false");
  }

  private void write(SweepPayload payload, SweepResult result, Path out) throws Exception {
    SweepWriter.write(payload.loadAt(spec), result, 2, java.time.Instant.now(), 0, out, false);
  }

  /** The task, failing on the first attempt of partition 1. */
  static final class FailingOnce extends PointTask {
    FailingOnce(SweepPayload payload) {
      super(payload);
    }

    @Override
    public Iterator<Tuple2<Integer, double[]>> call(Iterator<Integer> indices) throws ScenarioException {
      TaskContext task = TaskContext.get();
      if (task.partitionId() == 1 && task.attemptNumber() == 0) {
        FAILED.incrementAndGet();
        throw new IllegalStateException("executor lost (a test)");
      }
      return super.call(indices);
    }
  }
}
