package org.stockpile.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stockpile.console.ExitCode;
import org.stockpile.console.Footprints;
import org.stockpile.console.Failures.UsageException;
import org.stockpile.console.Guarded;
import org.stockpile.console.ProgressDisplay;
import org.stockpile.console.ReplicateOptions;
import org.stockpile.console.VariantOptions;
import org.stockpile.console.VectorRelaunch;
import org.stockpile.model.Scenario;
import org.stockpile.model.World;
import org.stockpile.output.AtomicDirectory;
import org.stockpile.output.Manifest;
import org.stockpile.output.RecordedVariant;
import org.stockpile.output.RunWriter;
import org.stockpile.output.WorldWriter;
import org.stockpile.report.ReportWriter;
import org.stockpile.report.ResultTable;
import org.stockpile.report.WorldTable;
import org.stockpile.scenario.ScenarioLoader;
import org.stockpile.scenario.ScenarioTemplate;
import org.stockpile.scenario.WorldFile;
import org.stockpile.sim.CompiledScenario;
import org.stockpile.sim.CompiledWorld;
import org.stockpile.sim.MonteCarlo;
import org.stockpile.sim.RunFootprint;
import org.stockpile.sim.RunOptions;
import org.stockpile.sim.RunResult;
import org.stockpile.sim.VectorApi;
import org.stockpile.sim.WorldMonteCarlo;
import org.stockpile.sim.WorldResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stockpile run FILE}: runs a scenario and writes its results. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Runs a scenario's Monte Carlo replicates and writes summary.json, timeseries.csv, "
        + "replicates.csv, replicate-totals.csv and manifest.json (and report.html with --report).")
final class RunCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (YAML, or JSON by the .json ending).")
  Path file;

  @CommandLine.Mixin
  ReplicateOptions replicateOptions;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Results folder (default: runs/<scenario>/<UTC timestamp>/); must be new or empty unless --force.")
  Path out;

  @Option(names = "--force", description = "Replace an existing results folder.")
  boolean force;

  @Option(names = "--report", description = "Also write report.html into the results folder (as stockpile report; "
      + "of a world, one page for the world market and every economy).")
  boolean report;

  @CommandLine.Mixin
  Guarded guarded;

  @CommandLine.Mixin
  VariantOptions variants;

  @Override
  public Integer call() {
    return guarded.run(this::runScenario);
  }

  private int runScenario() throws Exception {
    if (ScenarioLoader.declaresEconomies(file)) {
      return runWorld();
    }
    PrintWriter stdout = guarded.out();
    Instant start = Instant.now();
    ScenarioTemplate varied = ScenarioTemplate.load(file, variants.variants());
    Scenario scenario = varied.scenario();
    RunOptions options = replicateOptions.of(scenario);
    Path destination = out != null ? out
        : Path.of("runs", scenario.name(), STAMP.format(start));
    destination = AtomicDirectory.checkWritable(destination, force);
    CompiledScenario compiled = CompiledScenario.compile(varied.valid());
    long materialDays = (long) options.replicates() * scenario.run().horizonDays() * scenario.materials().size();
    if (VectorRelaunch.worthIt(materialDays)) {
      return guarded.relaunch("run: " + materialDays + " material-days");
    }
    Footprints.check("this run", RunFootprint.of(compiled, options), options.threads(), guarded.err());
    LOG.info("run: scenario {} (sha256 {}, read in {} s), {} replicates x {} days, seed {}, on {} threads", file,
        Manifest.sha256(file), seconds(start), options.replicates(), scenario.run().horizonDays(), options.seed(),
        options.threads());
    Instant simulating = Instant.now();
    RunResult result;
    try (ProgressDisplay progress = ProgressDisplay.forReplicates(options.replicates())) {
      result = MonteCarlo.run(compiled, options.withProgress(progress::update));
    }
    LOG.info("run: simulated in {} s", seconds(simulating));
    Manifest manifest = new Manifest(Manifest.currentEngineVersion(), Manifest.currentGitCommit(), file.toString(),
        Manifest.sha256(file), options.seed(), options.replicates(), options.threads(), Manifest.currentJvm(),
        start, Instant.now(), RecordedVariant.of(varied.variants()));
    Path written = RunWriter.write(result, manifest, VariantOptions.scenarioAsRun(varied), destination, force);
    ResultTable.print(stdout, result);
    stdout.println("Results in " + written);
    if (report) {
      stdout.println("Report in " + ReportWriter.write(written, false, false).getFirst());
    }
    stdout.flush();
    return ExitCode.OK;
  }

  /** A scenario with several economies: one world run, each economy's results in its own folder. */
  private int runWorld() throws Exception {
    if (VectorRelaunch.allowed()) {
      return guarded.relaunch("run: a world");
    }
    if (!VectorApi.available()) {
      throw new UsageException(VectorApi.missingMessage());
    }
    PrintWriter stdout = guarded.out();
    Instant start = Instant.now();
    WorldFile varied = WorldFile.load(file, variants.variants());
    World world = varied.world();
    RunOptions options = replicateOptions.of(world);
    Path destination = out != null ? out : Path.of("runs", world.name(), STAMP.format(start));
    destination = AtomicDirectory.checkWritable(destination, force);
    CompiledWorld compiled = CompiledWorld.compile(varied.valid());
    Footprints.check("this run", RunFootprint.of(compiled, options), options.threads(), guarded.err());
    LOG.info("run: scenario {} (sha256 {}), {} economies, {} replicates x {} days, seed {}, on {} threads", file,
        Manifest.sha256(file), compiled.economyCount(), options.replicates(), world.run().horizonDays(),
        options.seed(), options.threads());
    Instant simulating = Instant.now();
    WorldResult result;
    try (ProgressDisplay progress = ProgressDisplay.forReplicates(options.replicates())) {
      result = WorldMonteCarlo.run(compiled, options.withProgress(progress::update));
    }
    LOG.info("run: simulated in {} s", seconds(simulating));
    Manifest manifest = new Manifest(Manifest.currentEngineVersion(), Manifest.currentGitCommit(), file.toString(),
        Manifest.sha256(file), options.seed(), options.replicates(), options.threads(), Manifest.currentJvm(),
        start, Instant.now(), RecordedVariant.of(varied.variants()));
    Path written = WorldWriter.write(result, manifest, varied.yaml(), destination, force);
    WorldTable.print(stdout, result);
    stdout.println("Results in " + written + " (each economy's in " + WorldWriter.ECONOMIES + "/<id>)");
    if (report) {
      stdout.println("Report in " + ReportWriter.write(written, false, false).getFirst()
          + " (the world market and each economy's report, chosen at the top of the page)");
    }
    stdout.flush();
    return ExitCode.OK;
  }

  static double seconds(Instant since) {
    return java.time.Duration.between(since, Instant.now()).toMillis() / 1000.0;
  }
}
