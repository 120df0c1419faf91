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
import org.stockpile.output.WorldWriter;
import org.stockpile.scenario.WorldFile;
import org.stockpile.sim.ReplicateRange;
import org.stockpile.sim.WorldBlock;

/**
 * Scenarios with several economies on Spark ({@code local[2]}): a world's run and a sweep on a
 * world write the files of {@code stockpile run} and {@code stockpile sweep}, byte for byte,
 * whatever the split and after a task fails once; a bad world spec is refused before Spark starts.
 */
class SparkWorldTest {
  private static final String WORLD = """
      name: spark-world
      countries: {CN: {}, JP: {}, KR: {}}
      economies:
        JP:
          materials:
            ree:
              baselineDailyDemand: 80
              pricePerUnit: 100
              shortageCostPerUnit: 1000
              demandNoise: 0.1
              sources:
                - {id: china, supplier: china, route: [CN], share: 1, leadTimeDays: 20}
                - {id: via-korea, supplier: china, route: [CN, KR], share: 0, leadTimeDays: 25}
              stockpiles:
                private: {targetDays: 18}
                public: {targetDays: 42, release: {triggerShare: 0.05, latencyDays: 3}}
        KR:
          materials:
            ree:
              baselineDailyDemand: 50
              pricePerUnit: 100
              shortageCostPerUnit: 1000
              demandNoise: 0.1
              sources:
                - {id: china, supplier: china, route: [CN], share: 1, leadTimeDays: 20}
              stockpiles:
                public: {targetDays: 100, release: {triggerShare: 0.05, latencyDays: 8}}
      suppliers:
        ree:
          china: {capacityPerDay: 150, surgeRatePerDay: 0.05}
      markets:
        ree: {priceElasticity: 2, reservePressure: 1}
      shocks:
        - {type: exportControl, mode: ban, country: CN, targets: [JP], start: 30, durationDays: 60}
      shockProcesses:
        - ratePerYear: 2
          durationDays: {distribution: lognormal, median: 20, sigma: 0.5}
          shock: {type: outage, country: CN, capacityLoss: 0.5}
      run: {replicates: 150, horizonDays: 200}
      """;
  private static final String SPEC = """
      scenario: world.yaml
      parameters:
        - {path: economies.JP.materials.ree.stockpiles.public.targetDays, distribution: {distribution: uniform, min: 0, max: 60}}
        - {path: suppliers.ree.china.capacityPerDay, levels: [100, 150, 200]}
        - {path: markets.ree.reservePressure, distribution: {distribution: uniform, min: 0, max: 2}}
      design: {type: sobol, samples: 4}
      metrics: [JP/ree.shortfallUnits, KR/netCost, world/ree.priceIndexMax]
      replicates: 8
      seed: 3
      """;
  private static final List<String> RUN_RESULTS = List.of("world.json", "prices.csv", "economies/JP/summary.json",
      "economies/JP/replicates.csv", "economies/KR/timeseries.csv", "economies/KR/replicate-totals.csv");
  private static final AtomicInteger FAILED = new AtomicInteger();

  @TempDir
  Path folder;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream savedErr;
  private PrintStream savedOut;
  private Path world;
  private Path spec;

  @BeforeEach
  void setUp() throws Exception {
    savedErr = System.err;
    savedOut = System.out;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    world = Files.writeString(folder.resolve("world.yaml"), WORLD);
    spec = Files.writeString(folder.resolve("world.sweep.yaml"), SPEC);
  }

  @AfterEach
  void restore() {
    System.setErr(savedErr);
    System.setOut(savedOut);
  }

  @Test
  void aWorldRunWritesTheLocalRunsFilesForAnySplitAndAfterARetriedTask() throws Exception {
    Path local = folder.resolve("local");
    assertEquals(0, Main.execute("run", world.toString(), "--out", local.toString()), err.toString());
    Path onSpark = folder.resolve("spark");
    assertEquals(0, SparkMain.execute("run", world.toString(), "--master", "local[2]", "--partitions", "3", "--out",
        onSpark.toString()), err.toString());
    same(local, onSpark, RUN_RESULTS, "through the command");
    assertEquals(Files.readString(local.resolve("scenario.yaml")), Files.readString(onSpark.resolve("scenario.yaml")));
    WorldRunPayload payload = WorldRunPayload.of(WorldFile.load(world, List.of()), null, null);
    try (JavaSparkContext spark = new JavaSparkContext(new SparkConf().setMaster("local[2,2]")
        .setAppName("stockpile-test").set("spark.ui.enabled", "false"))) {
      for (int tasks : new int[] {1, 50}) {
        Path out = folder.resolve("tasks-" + tasks);
        write(SparkWorldRun.run(spark, payload, tasks), out);
        same(local, out, RUN_RESULTS, tasks + " tasks");
      }
      FAILED.set(0);
      Path retried = folder.resolve("retried");
      write(SparkWorldRun.run(spark, payload, 3, new FailingOnce(payload)), retried);
      assertEquals(1, FAILED.get(), "one task failed once");
      same(local, retried, RUN_RESULTS, "after a retried task");
    }
  }

  @Test
  void withSetTheExecutorsRunTheVariedWorld() throws Exception {
    String[] setting = {"--set", "suppliers.ree.china.capacityPerDay=110", "--replicates", "70", "--seed", "5"};
    Path local = folder.resolve("local");
    assertEquals(0, Main.execute(concat(new String[] {"run", world.toString(), "--out", local.toString()}, setting)),
        err.toString());
    Path onSpark = folder.resolve("spark");
    assertEquals(0, SparkMain.execute(concat(new String[] {"run", world.toString(), "--master", "local[2]",
        "--partitions", "2", "--out", onSpark.toString()}, setting)), err.toString());
    same(local, onSpark, RUN_RESULTS, "with --set");
    assertTrue(Files.readString(onSpark.resolve("scenario.yaml")).contains("capacityPerDay: 110"));
  }

  @Test
  void aWorldSweepWritesTheLocalSweepsFilesWithAndWithoutVariants() throws Exception {
    for (String[] variants : List.of(new String[0], new String[] {"--set", "markets.ree.priceElasticity=1"})) {
      String name = variants.length == 0 ? "plain" : "set";
      Path local = folder.resolve("local-" + name);
      assertEquals(0, Main.execute(concat(new String[] {"sweep", spec.toString(), "--out", local.toString()},
          variants)), err.toString());
      Path onSpark = folder.resolve("spark-" + name);
      assertEquals(0, SparkMain.execute(concat(new String[] {"sweep", spec.toString(), "--master", "local[2]",
          "--partitions", "3", "--out", onSpark.toString()}, variants)), err.toString());
      same(local, onSpark, List.of("points.csv", "indices.json"), name);
      assertTrue(Files.readString(onSpark.resolve("points.csv")).startsWith("point,economies.JP.materials.ree"));
      assertFalse(Files.exists(onSpark.resolve("timeindices.csv")));
    }
    assertTrue(!Files.readString(folder.resolve("local-plain/points.csv"))
        .equals(Files.readString(folder.resolve("local-set/points.csv"))), "the setting reached the points");
  }

  @Test
  void anUnknownEconomyIsRefusedBeforeSparkStarts() throws Exception {
    Files.writeString(spec, SPEC.replace("economies.JP.materials", "economies.XX.materials"));
    Path out = folder.resolve("bad");
    assertEquals(2, SparkMain.execute("sweep", spec.toString(), "--master", "local[2]", "--out", out.toString()));
    assertTrue(err.toString().contains("parameters[0].path: not in the scenario: economies.XX"), err.toString());
    assertFalse(err.toString().contains("SparkContext"), "no Spark context was started: " + err);
    assertFalse(Files.exists(out));
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  private void write(org.stockpile.sim.WorldResult result, Path out) throws Exception {
    Manifest manifest = new Manifest("test", "", world.toString(), Manifest.sha256(world), result.options().seed(),
        result.options().replicates(), 2, "", Instant.now(), Instant.now());
    WorldWriter.write(result, manifest, Files.readString(world), out, false);
  }

  private static void same(Path expected, Path actual, List<String> names, String how) throws Exception {
    for (String name : names) {
      assertEquals(Files.readString(expected.resolve(name)), Files.readString(actual.resolve(name)), name + ", " + how);
    }
  }

  /** The task, failing on the first attempt of partition 1. */
  static final class FailingOnce extends WorldBlockTask {
    FailingOnce(WorldRunPayload payload) {
      super(payload);
    }

    @Override
    public Iterator<WorldBlock> call(Iterator<ReplicateRange> blocks) throws ScenarioException {
      TaskContext task = TaskContext.get();
      if (task.partitionId() == 1 && task.attemptNumber() == 0) {
        FAILED.incrementAndGet();
        throw new IllegalStateException("executor lost (a test)");
      }
      return super.call(blocks);
    }
  }
}
