package org.stockpile.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stockpile.console.BaselineOptions;
import org.stockpile.console.Counts;
import org.stockpile.console.Failures;
import org.stockpile.console.Footprints;
import org.stockpile.console.Failures.UsageException;
import org.stockpile.console.SweepPrinter;
import org.stockpile.console.VariantOptions;
import org.stockpile.output.AtomicDirectory;
import org.stockpile.output.SweepIdentity;
import org.stockpile.output.SweepWriter;
import org.stockpile.report.Format;
import org.stockpile.study.SweepStudy;
import org.stockpile.sweep.Sweep;
import org.stockpile.sweep.SweepPlan;
import org.stockpile.sweep.SweepResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stockpile-spark sweep SPEC}: {@code stockpile sweep} with the points as Spark tasks. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = "Runs a sweep spec's points as Spark tasks and writes the files of stockpile sweep (points.csv, "
        + "indices.json, timeindices.csv, manifest.json), with the same numbers for any partitions or executors.")
final class SweepOnSpark implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(SweepOnSpark.class);
  @Parameters(index = "0", paramLabel = "SPEC", description = "Sweep spec file.")
  Path specFile;

  @Option(names = "--samples", paramLabel = "N", description = "Sobol base samples or Latin hypercube points.")
  Integer samples;

  @Option(names = "--replicates", paramLabel = "N", description = "Replicates per point.")
  Integer replicates;

  @Option(names = "--seed", paramLabel = "S", description = "Seed.")
  Long seed;

  @CommandLine.Mixin
  BaselineOptions baselines;

  @CommandLine.Mixin
  ClusterOptions cluster;

  @CommandLine.Mixin
  VariantOptions variants;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    return Failures.guard(command.commandLine().getErr(), cluster.debug, this::sweep);
  }

  private int sweep() throws Exception {
    PrintWriter stdout = command.commandLine().getOut();
    Instant start = Instant.now();
    if (replicates != null) {
      Counts.replicates("--replicates", replicates);
    }
    if (samples != null && samples < 2) {
      throw new UsageException("--samples must be at least 2, got " + samples);
    }
    cluster.check();
    baselines.check();
    SweepPayload payload = SweepPayload.of(specFile, variants.variants(), samples, replicates, seed);
    SweepStudy study;
    try {
      study = payload.loadAt(specFile, variants.variants());
    } catch (IllegalArgumentException e) {
      throw new UsageException("--samples applies to sobol and latinHypercube designs");
    }
    SweepPlan loaded = study.plan();
    Footprints.checkSweep(loaded);
    Sweep.checkPoints(loaded);
    Path destination = cluster.destination(specFile, start);
    destination = AtomicDirectory.checkWritable(destination, cluster.force);
    SweepIdentity identity = SweepIdentity.of(study);
    LOG.info("sweep on Spark: spec {} (sha256 {}) on scenario {}: design {}, {} points x {} replicates, seed {}",
        specFile, identity.specSha256(), study.base().file(), loaded.design(), Sweep.unitDesign(loaded).length,
        loaded.replicates(), loaded.seed());
    Optional<Path> baseline = baselines.choose(identity, destination);
    SweepResult result;
    int cores;
    int tasks;
    try (JavaSparkContext spark = cluster.start("stockpile sweep " + specFile.getFileName())) {
      cores = spark.defaultParallelism();
      tasks = cluster.tasks(spark);
      Instant running = Instant.now();
      result = SparkSweep.run(spark, payload, tasks);
      LOG.info("sweep on Spark: {} tasks on {} cores in {} s", tasks, cores,
          Duration.between(running, Instant.now()).toMillis() / 1000.0);
    }
    Path written = SweepWriter.write(study, result, cores, start, 0, destination, cluster.force);
    stdout.println(specFile.getFileName() + ": " + Format.count(result.points().length, "point") + " x "
        + Format.count(loaded.replicates(), "replicate") + ", seed " + loaded.seed() + ", as "
        + Format.count(tasks, "Spark task") + " on " + Format.count(cores, "core"));
    SweepPrinter.indices(stdout, loaded, result);
    stdout.println("Results in " + written);
    stdout.flush();
    return baselines.compare(stdout, baseline, written);
  }
}
