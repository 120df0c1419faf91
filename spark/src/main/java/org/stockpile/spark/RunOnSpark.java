package org.stockpile.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stockpile.console.ExitCode;
import org.stockpile.console.Failures;
import org.stockpile.console.Failures.UsageException;
import org.stockpile.console.VariantOptions;
import org.stockpile.output.AtomicDirectory;
import org.stockpile.output.Manifest;
import org.stockpile.output.RecordedVariant;
import org.stockpile.output.RunWriter;
import org.stockpile.report.Format;
import org.stockpile.report.ResultTable;
import org.stockpile.scenario.ScenarioTemplate;
import org.stockpile.sim.RunResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stockpile-spark run SCENARIO}: {@code stockpile run} with blocks of replicates as Spark tasks. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Runs a scenario's replicates in blocks as Spark tasks and writes the files of stockpile run "
        + "(summary.json, replicates.csv, replicate-totals.csv, timeseries.csv, manifest.json), the same bytes for "
        + "any split.")
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
    if (replicates != null && replicates < 1) {
      throw new UsageException("--replicates must be at least 1, got " + replicates);
    }
    ScenarioTemplate varied = ScenarioTemplate.load(file, variants.variants());
    RunPayload payload = RunPayload.of(varied, replicates, seed);
    RunPayload.Loaded loaded = payload.loadFrom(varied);
    Path destination = cluster.destination(file, start);
    AtomicDirectory.checkWritable(destination, cluster.force);
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
}
