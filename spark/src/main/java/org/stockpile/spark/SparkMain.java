package org.stockpile.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.stockpile.cli.ExitCode;
import org.stockpile.cli.Failures;
import org.stockpile.cli.Failures.UsageException;
import org.stockpile.cli.SweepPrinter;
import org.stockpile.output.AtomicDirectory;
import org.stockpile.output.Manifest;
import org.stockpile.output.SweepComparison;
import org.stockpile.output.SweepWriter;
import org.stockpile.sweep.SpecSweep;
import org.stockpile.sweep.Sweep;
import org.stockpile.sweep.SweepResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stockpile-spark}: the sweep command on Apache Spark. Everything is checked on the driver
 * before a task is submitted (the spec, every point's scenario, the results folder, the
 * baseline), with the exit codes of {@code stockpile}.
 */
@Command(name = "stockpile-spark", mixinStandardHelpOptions = true,
    description = "Runs Stockpile work on Apache Spark, with the numbers of the local commands.",
    subcommands = {SparkMain.SweepOnSpark.class, CommandLine.HelpCommand.class})
public final class SparkMain implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  public static int execute(String... args) {
    CommandLine line = new CommandLine(new SparkMain());
    line.setOut(new PrintWriter(System.out, true));
    line.setErr(new PrintWriter(System.err, true));
    return line.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code stockpile-spark sweep SPEC}. */
  @Command(name = "sweep", mixinStandardHelpOptions = true,
      description = "Runs a sweep spec's points as Spark tasks and writes the files of stockpile sweep (points.csv, "
          + "indices.json, timeindices.csv, manifest.json), with the same numbers for any partitions or executors.")
  static final class SweepOnSpark implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
        .withZone(ZoneOffset.UTC);

    @Parameters(index = "0", paramLabel = "SPEC", description = "Sweep spec file.")
    Path specFile;

    @Option(names = "--master", paramLabel = "URL",
        description = "Spark master (local[2], spark://host:7077, yarn, k8s://...); default: spark-submit's.")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
        description = "Tasks the points are split into (default: 4 per core of the cluster); results do not depend on it.")
    Integer partitions;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: runs/<spec>/<UTC timestamp>/).")
    Path out;

    @Option(names = "--samples", paramLabel = "N", description = "Sobol base samples or Latin hypercube points.")
    Integer samples;

    @Option(names = "--replicates", paramLabel = "N", description = "Replicates per point.")
    Integer replicates;

    @Option(names = "--seed", paramLabel = "S", description = "Seed.")
    Long seed;

    @Option(names = "--force", description = "Replace an existing results folder.")
    boolean force;

    @Option(names = "--baseline", paramLabel = "DIR", description = "Compare with an earlier sweep (exit 3 when "
        + "something moved).")
    Path baseline;

    @Option(names = "--tolerance", paramLabel = "X", defaultValue = "0", description = "Relative tolerance of --baseline.")
    double tolerance;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() {
      return Failures.guard(command.commandLine().getErr(), debug, this::sweep);
    }

    private int sweep() throws Exception {
      PrintWriter stdout = command.commandLine().getOut();
      Instant start = Instant.now();
      if (replicates != null && replicates < 1) {
        throw new UsageException("--replicates must be at least 1, got " + replicates);
      }
      if (samples != null && samples < 2) {
        throw new UsageException("--samples must be at least 2, got " + samples);
      }
      if (partitions != null && partitions < 1) {
        throw new UsageException("--partitions must be at least 1, got " + partitions);
      }
      if (tolerance < 0 || Double.isNaN(tolerance)) {
        throw new UsageException("--tolerance must be at least 0, got " + tolerance);
      }
      SweepPayload payload = SweepPayload.of(specFile, samples, replicates, seed);
      SpecSweep loaded;
      try {
        loaded = payload.loadAt(specFile);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--samples applies to sobol and latinHypercube designs");
      }
      Sweep.checkPoints(loaded);
      Path destination = out != null ? out : Path.of("runs", specFile.getFileName().toString()
          .replaceAll("\\.(sweep\\.)?(ya?ml|json)$", ""), STAMP.format(start));
      AtomicDirectory.checkWritable(destination, force);
      if (baseline != null) {
        SweepComparison.checkBaseline(baseline, Manifest.sha256(specFile), loaded.design().type().name(),
            loaded.design().toString(), loaded.replicates(), loaded.seed());
      }
      SparkConf conf = new SparkConf().setAppName("stockpile sweep " + specFile.getFileName());
      if (master != null) {
        conf.setMaster(master);
      }
      if (!conf.contains("spark.master")) {
        throw new UsageException("no Spark master: give --master (local[2] on this machine) or run through "
            + "spark-submit --master ...");
      }
      if (conf.get("spark.master").startsWith("local")) {
        conf.setIfMissing("spark.ui.enabled", "false");
      }
      SweepResult result;
      int cores;
      int tasks;
      try (JavaSparkContext spark = new JavaSparkContext(conf)) {
        spark.setLogLevel("WARN");
        cores = spark.defaultParallelism();
        tasks = partitions != null ? partitions : 4 * cores;
        result = SparkSweep.run(spark, payload, tasks);
      }
      Path written = SweepWriter.write(loaded, result, cores, start, 0, destination, force);
      stdout.println(specFile.getFileName() + ": " + result.points().length + " points x " + loaded.replicates()
          + " replicates, seed " + loaded.seed() + ", as " + tasks + " Spark tasks on " + cores + " cores");
      SweepPrinter.indices(stdout, loaded, result);
      stdout.println("Results in " + written);
      stdout.flush();
      return baseline != null ? SweepPrinter.compare(stdout, baseline, written, tolerance) : ExitCode.OK;
    }
  }
}
