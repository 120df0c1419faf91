package org.stockpile.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
import org.stockpile.output.Manifest;
import org.stockpile.output.RunWriter;
import org.stockpile.sim.ReplicateRange;
import org.stockpile.sim.RunBlock;
import org.stockpile.sim.RunResult;

/**
 * One run's replicates as Spark tasks ({@code local[2]}): the files of {@code stockpile run}, byte
 * for byte, for any split and after a task fails once; bad input refused before Spark starts.
 */
class SparkRunTest {
  private static final Path JAPAN = Path.of("..", "scenarios", "japan-rare-earths-2010.yaml");
  private static final List<String> RESULTS = List.of("summary.json", "replicates.csv", "timeseries.csv");
  private static final AtomicInteger FAILED = new AtomicInteger();

  @TempDir
  Path folder;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream savedErr;
  private PrintStream savedOut;

  @BeforeEach
  void capture() {
    savedErr = System.err;
    savedOut = System.out;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setErr(savedErr);
    System.setOut(savedOut);
  }

  @Test
  void theSameFilesAsTheLocalRunForAnySplitAndAfterARetriedTask() throws Exception {
    Path local = folder.resolve("local");
    assertEquals(0, Main.execute("run", JAPAN.toString(), "--replicates", "300", "--out", local.toString()),
        err.toString());
    Path onSpark = folder.resolve("spark");
    assertEquals(0, SparkMain.execute("run", JAPAN.toString(), "--replicates", "300", "--master", "local[2]",
        "--partitions", "3", "--out", onSpark.toString()), err.toString());
    same(local, onSpark, "through the command");
    RunPayload payload = RunPayload.of(JAPAN, 300, null);
    try (JavaSparkContext spark = new JavaSparkContext(new SparkConf().setMaster("local[2,2]")
        .setAppName("stockpile-test").set("spark.ui.enabled", "false"))) {
      for (int tasks : new int[] {1, 2, 50}) {
        Path out = folder.resolve("tasks-" + tasks);
        write(SparkRun.run(spark, payload, tasks), out);
        same(local, out, tasks + " tasks");
      }
      FAILED.set(0);
      Path retried = folder.resolve("retried");
      write(SparkRun.run(spark, payload, 4, new FailingOnce(payload)), retried);
      assertEquals(1, FAILED.get(), "one task failed once");
      same(local, retried, "after a retried task");
    }
  }

  @Test
  void withSetAndOverlayTheExecutorsRunTheVariedScenario() throws Exception {
    Path overlay = folder.resolve("update.yaml");
    Files.writeString(overlay, "materials: {rare-earths: {sources: [{id: lynas, capacityPerDay: 3}]}}\n");
    String[] variants = {"--overlay", overlay.toString(), "--set",
        "materials.rare-earths.stockpiles.public.targetDays=90"};
    Path local = folder.resolve("local");
    assertEquals(0, Main.execute(concat(new String[] {"run", JAPAN.toString(), "--replicates", "128", "--out",
        local.toString()}, variants)), err.toString());
    Path onSpark = folder.resolve("spark");
    assertEquals(0, SparkMain.execute(concat(new String[] {"run", JAPAN.toString(), "--replicates", "128", "--master",
        "local[2]", "--partitions", "2", "--out", onSpark.toString()}, variants)), err.toString());
    same(local, onSpark, "with variants");
    assertEquals(Files.readString(local.resolve("scenario.yaml")), Files.readString(onSpark.resolve("scenario.yaml")));
    assertTrue(Files.readString(onSpark.resolve("manifest.json")).contains("\"set\" : "
        + "\"materials.rare-earths.stockpiles.public.targetDays=90\""));
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  @Test
  void blocksAreMultiplesOfTheKernelsGrainAndCoverEveryReplicateOnce() {
    List<ReplicateRange> blocks = SparkRun.blocks(1000, 3);
    assertEquals(3, blocks.size());
    assertEquals(new ReplicateRange(0, 384), blocks.get(0));
    assertEquals(1000, blocks.stream().mapToInt(ReplicateRange::count).sum());
    assertEquals(1, SparkRun.blocks(10, 8).size(), "no block smaller than the grain but the last");
  }

  @Test
  void aBrokenScenarioIsRefusedBeforeSparkStarts() throws Exception {
    Path broken = folder.resolve("broken.yaml");
    Files.writeString(broken, Files.readString(JAPAN).replace("targetDays: 18 ", "targetDays: -18 "));
    Path out = folder.resolve("out");
    assertEquals(2, SparkMain.execute("run", broken.toString(), "--master", "local[2]", "--out", out.toString()));
    assertTrue(err.toString().contains("targetDays"), err.toString());
    assertFalse(err.toString().contains("SparkContext"), err.toString());
    assertFalse(Files.exists(out));
  }

  private void write(RunResult result, Path out) throws Exception {
    Manifest manifest = new Manifest("test", "", JAPAN.toString(), Manifest.sha256(JAPAN), result.seed(),
        result.replicates(), 2, "", Instant.now(), Instant.now());
    RunWriter.write(result, manifest, out, false);
  }

  private static void same(Path expected, Path actual, String how) throws Exception {
    for (String name : RESULTS) {
      assertEquals(Files.readString(expected.resolve(name)), Files.readString(actual.resolve(name)), name + ", " + how);
    }
  }

  /** The task, failing on the first attempt of partition 1. */
  static final class FailingOnce extends BlockTask {
    FailingOnce(RunPayload payload) {
      super(payload);
    }

    @Override
    public Iterator<RunBlock> call(Iterator<ReplicateRange> blocks) throws ScenarioException {
      TaskContext task = TaskContext.get();
      if (task.partitionId() == 1 && task.attemptNumber() == 0) {
        FAILED.incrementAndGet();
        throw new IllegalStateException("executor lost (a test)");
      }
      return super.call(blocks);
    }
  }
}
