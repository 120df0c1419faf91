package org.stockpile.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stockpile.console.Counts;
import org.stockpile.console.ExitCode;
import org.stockpile.console.Failures;
import org.stockpile.console.Failures.UsageException;
import org.stockpile.console.VariantOptions;
import org.stockpile.output.AtomicDirectory;
import org.stockpile.output.Manifest;
import org.stockpile.output.RecordedVariant;
import org.stockpile.output.RunWriter;
import org.stockpile.output.WorldWriter;
import org.stockpile.report.Format;
import org.stockpile.report.ResultTable;
import org.stockpile.report.WorldTable;
import org.stockpile.scenario.ScenarioLoader;
import org.stockpile.scenario.ScenarioTemplate;
import org.stockpile.scenario.WorldFile;
import org.stockpile.sim.RunOptions;
import org.stockpile.sim.RunResult;
import org.stockpile.sim.WorldResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stockpile-spark run SCENARIO}: {@code stockpile run} with blocks of replicates as Spark
 * tasks, for one economy or several.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Runs a scenario's replicates in blocks as Spark tasks and writes the files of stockpile run "
        + "(summary.json, replicates.csv, replicate-totals.csv, timeseries.csv, manifest.json; for a scenario with "
        + "several economies, economies/<id>/, world.json, prices.csv), the same bytes for any split.")
final class RunOnSpark implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(RunOnSpark.class);
  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML, or JSON by the .json ending).")
  Path file;

  @Option(names = "--replicates", paramLabel = "N", description = "Replicates (default: the scenario's).")
  Integer replicates;

  @Option(names = "--seed", paramLabel = "S", description = "Seed (default: the scenario's).")
  Long seed;

  @CommandLine.Mixin
  ClusterOptions cluster;

  @CommandLine.Mixin
  VariantOptions variants;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    return Failures.guard(command.commandLine().getErr(), cluster.debug, this::run);
  }

  private int run() throws Exception {
    PrintWriter stdout = command.commandLine().getOut();
    Instant start = Instant.now();
    cluster.check();
    if (replicates != null) {
      Counts.replicates("--replicates", replicates);
    }
    if (ScenarioLoader.declaresEconomies(file)) {
      return runWorld(stdout, start);
    }
    ScenarioTemplate varied = ScenarioTemplate.load(file, variants.variants());
    RunPayload payload = RunPayload.of(varied, replicates, seed);
    RunPayload.Loaded loaded = payload.loadFrom(varied);
    Path destination = cluster.destination(file, start);
    destination = AtomicDirectory.checkWritable(destination, cluster.force);
    LOG.info("run on Spark: scenario {} (sha256 {}), {} replicates x {} days, seed {}", file, Manifest.sha256(file),
        loaded.options().replicates(), loaded.scenario().run().horizonDays(), loaded.options().seed());
    RunResult result;
    int cores;
    int tasks;
    try (JavaSparkContext spark = cluster.start("stockpile run " + file.getFileName())) {
      cores = spark.defaultParallelism();
      tasks = cluster.tasks(spark);
      Instant running = Instant.now();
      result = SparkRun.run(spark, payload, tasks);
      LOG.info("run on Spark: {} tasks on {} cores in {} s", tasks, cores,
          Duration.between(running, Instant.now()).toMillis() / 1000.0);
    }
    Manifest manifest = new Manifest(Manifest.currentEngineVersion(), Manifest.currentGitCommit(), file.toString(),
        Manifest.sha256(file), result.seed(), result.replicates(), cores, Manifest.currentJvm(), start, Instant.now(),
        RecordedVariant.of(varied.variants()));
    Path written = RunWriter.write(result, manifest, VariantOptions.scenarioAsRun(varied), destination, cluster.force);
    ResultTable.print(stdout, result);
    stdout.println("Ran as " + Format.count(SparkRun.blocks(result.replicates(), tasks).size(), "Spark task") + " on "
        + Format.count(cores, "core"));
    stdout.println("Results in " + written);
    stdout.flush();
    return ExitCode.OK;
  }

  /** A scenario with several economies: the world's replicates as tasks, each economy's results in its folder. */
  private int runWorld(PrintWriter stdout, Instant start) throws Exception {
    WorldFile varied = WorldFile.load(file, variants.variants());
    WorldRunPayload payload = WorldRunPayload.of(varied, replicates, seed);
    RunOptions options = payload.loadFrom(varied).options();
    Path destination = cluster.destination(file, start);
    destination = AtomicDirectory.checkWritable(destination, cluster.force);
    LOG.info("run on Spark: scenario {} (sha256 {}), {} economies, {} replicates x {} days, seed {}", file,
        Manifest.sha256(file), varied.world().economies().size(), options.replicates(),
        varied.world().run().horizonDays(), options.seed());
    WorldResult result;
    int cores;
    int tasks;
    try (JavaSparkContext spark = cluster.start("stockpile run " + file.getFileName())) {
      cores = spark.defaultParallelism();
      tasks = cluster.tasks(spark);
      Instant running = Instant.now();
      result = SparkWorldRun.run(spark, payload, tasks);
      LOG.info("run on Spark: {} tasks on {} cores in {} s", tasks, cores,
          Duration.between(running, Instant.now()).toMillis() / 1000.0);
    }
    Manifest manifest = new Manifest(Manifest.currentEngineVersion(), Manifest.currentGitCommit(), file.toString(),
        Manifest.sha256(file), options.seed(), options.replicates(), cores, Manifest.currentJvm(), start, Instant.now(),
        RecordedVariant.of(varied.variants()));
    Path written = WorldWriter.write(result, manifest, varied.yaml(), destination, cluster.force);
    WorldTable.print(stdout, result);
    stdout.println("Ran as " + Format.count(SparkRun.blocks(options.replicates(), tasks).size(), "Spark task") + " on "
        + Format.count(cores, "core"));
    stdout.println("Results in " + written + " (each economy's in " + WorldWriter.ECONOMIES + "/<id>)");
    stdout.flush();
    return ExitCode.OK;
  }
}
