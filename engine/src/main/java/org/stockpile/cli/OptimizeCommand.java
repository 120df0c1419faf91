package org.stockpile.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stockpile.console.Counts;
import org.stockpile.console.ExitCode;
import org.stockpile.console.Failures.UsageException;
import org.stockpile.console.Guarded;
import org.stockpile.console.OptimizePrinter;
import org.stockpile.console.ProgressDisplay;
import org.stockpile.console.VariantOptions;
import org.stockpile.console.WorldOptimizePrinter;
import org.stockpile.model.RunSettings;
import org.stockpile.optimize.OptimizePlan;
import org.stockpile.optimize.OptimizerSettings;
import org.stockpile.optimize.SearchState;
import org.stockpile.output.AtomicDirectory;
import org.stockpile.output.Checkpoint;
import org.stockpile.output.Manifest;
import org.stockpile.output.OptimizationWriter;
import org.stockpile.output.OutputException;
import org.stockpile.output.RecordedVariant;
import org.stockpile.output.WorldOptimizationWriter;
import org.stockpile.sim.VectorApi;
import org.stockpile.study.OptimizeStudy;
import org.stockpile.study.OptimizeWorkflow;
import org.stockpile.study.SearchSpec;
import org.stockpile.study.StudyException;
import org.stockpile.study.WorldOptimizeStudy;
import org.stockpile.study.WorldOptimizeWorkflow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stockpile optimize SPEC}: searches for the decisions that score best, and writes them. */
@Command(name = "optimize", mixinStandardHelpOptions = true,
    description = "Searches the decisions of an optimize spec for the lowest objective (scored on the same "
        + "replicates for every candidate), re-scores the best on fresh replicates, and writes best.json, history.csv, "
        + "optimized.yaml, validation.json, manifest.json, checkpoint.json and, with several objectives, pareto.csv.")
final class OptimizeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(OptimizeCommand.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  @Parameters(index = "0", paramLabel = "SPEC", description = "Optimize spec file (YAML, or JSON by the .json ending).")
  Path spec;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Results folder (default: runs/<spec>/<UTC timestamp>/); must be new or empty unless --force.")
  Path out;

  @Option(names = "--generations", paramLabel = "N", description = "Generations (default: the spec's search.generations).")
  Integer generations;

  @Option(names = "--population", paramLabel = "N", description = "Candidates per generation (default: the spec's).")
  Integer population;

  @Option(names = "--replicates", paramLabel = "N", description = "Replicates per candidate (default: the spec's).")
  Integer replicates;

  @Option(names = "--seed", paramLabel = "S", description = "Seed (default: the spec's search.seed).")
  Long seed;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores); results do not depend on it.")
  Integer threads;

  @Option(names = "--force", description = "Replace an existing results folder.")
  boolean force;

  @Option(names = "--resume", paramLabel = "DIR",
      description = "Continue the search whose results go to DIR, interrupted (its checkpoint is in DIR.partial) "
          + "or finished (DIR/checkpoint.json), possibly with more --generations; ends as if it had never stopped.")
  Path resume;

  @CommandLine.Mixin
  Guarded guarded;

  @CommandLine.Mixin
  VariantOptions variants;

  @Option(names = "--best-response",
      description = "For a scenario with several economies: also let each economy in turn choose its own decisions "
          + "given the others' (until none changes, or search.rounds), and score that against the coalition's "
          + "optimum on the same fresh replicates: the value of cooperation.")
  boolean bestResponse;

  @Override
  public Integer call() {
    return guarded.runWithVectors("optimize", this::optimize);
  }

  private int optimize() throws Exception {
    if (WorldOptimizeStudy.isWorld(spec)) {
      return optimizeWorld();
    }
    if (bestResponse) {
      throw new UsageException("--best-response is for a spec whose scenario has several economies (economies:)");
    }
    PrintWriter stdout = guarded.out();
    Instant start = Instant.now();
    OptimizeStudy loaded = OptimizeStudy.load(spec, variants.variants());
    OptimizePlan plan = loaded.plan();
    List<String> varied = RecordedVariant.fingerprints(loaded.base().variants());
    OptimizerSettings settings = settings(loaded.search());
    String specSha = Manifest.sha256(spec);
    String scenarioSha = Manifest.sha256(loaded.base().file());
    LOG.info("optimize: spec {} (sha256 {}) on scenario {} (sha256 {}), read in {} s", spec, specSha,
        loaded.base().file(), scenarioSha, RunCommand.seconds(start));
    SearchState resumeFrom = null;
    Path destination;
    if (resume != null) {
      if (out != null) {
        throw new UsageException("--resume DIR continues the search whose results go to DIR: leave out --out");
      }
      destination = AtomicDirectory.resolve(resume);
      resumeFrom = Checkpoint.resumable(destination, specSha, scenarioSha, varied, settings);
    } else {
      destination = out != null ? out : Path.of("runs", baseName(spec), STAMP.format(start));
      destination = AtomicDirectory.checkWritable(destination, force);
      if (!force && Files.exists(AtomicDirectory.workFolder(destination).resolve(Checkpoint.FILE))) {
        throw new UsageException("an interrupted search left its checkpoint in " + AtomicDirectory.workFolder(destination)
            + ": --resume " + destination + " to continue it, or --force to start again");
      }
    }
    Path work = AtomicDirectory.workFolder(destination);
    Files.createDirectories(work);
    List<String> units = plan.objectiveUnits();
    OptimizeWorkflow.Searched searched;
    try (ProgressDisplay progress = ProgressDisplay.forGenerations(settings.generations())) {
      searched = OptimizeWorkflow.search(plan, settings, resumeFrom, generation -> {
        progress.update(generation.generation());
        progress.note(Double.isNaN(generation.best()) ? "none feasible yet"
            : "best " + OptimizePrinter.withUnit(generation.best(), units.getFirst()));
      }, state -> save(new Checkpoint(specSha, scenarioSha, settings.population(), settings.replicates(),
          settings.seed(), state, varied), work.resolve(Checkpoint.FILE)));
    } catch (StudyException e) {
      AtomicDirectory.deleteTree(work);
      throw new StudyException(e.getMessage() + "; nothing was written");
    }
    OptimizeWorkflow.Outcome outcome = OptimizeWorkflow.score(plan, settings, searched,
        loaded.search().validationReplicates());
    Checkpoint finalState = new Checkpoint(specSha, scenarioSha, settings.population(), settings.replicates(),
        settings.seed(), outcome.last(), varied);
    Path written = OptimizationWriter.write(loaded, settings, outcome.result(), outcome.baseline(),
        outcome.validation(), finalState, start, destination, force || resume != null);
    AtomicDirectory.deleteTree(work);
    OptimizePrinter.result(stdout, spec.getFileName().toString(), settings, plan, outcome);
    stdout.println("Results in " + written);
    stdout.flush();
    return ExitCode.OK;
  }

  /**
   * A spec on several economies: the coalition's optimum by coordinate search on the decisions'
   * grids, and with {@code --best-response} the reserves each economy would choose alone.
   */
  private int optimizeWorld() throws Exception {
    if (!VectorApi.available()) {
      throw new UsageException(VectorApi.missingMessage());
    }
    PrintWriter stdout = guarded.out();
    Instant start = Instant.now();
    if (resume != null || generations != null || population != null) {
      throw new UsageException("a scenario with several economies is searched by coordinate descent on the decisions' "
          + "grids: --resume, --generations and --population do not apply");
    }
    WorldOptimizeStudy loaded = WorldOptimizeStudy.load(spec, variants.variants());
    SearchSpec search = loaded.search();
    loaded = new WorldOptimizeStudy(loaded.specFile(), loaded.base(), loaded.paths(), loaded.decisions(),
        loaded.limits(), loaded.economies(), loaded.coalition(), loaded.objective(),
        new SearchSpec(search.population(), search.generations(),
            positive("--replicates", replicates, search.replicates(), 1, RunSettings.MAX_REPLICATES), seed != null ? seed : search.seed(),
            search.validationReplicates(), search.rounds()));
    Path destination = out != null ? out : Path.of("runs", baseName(spec), STAMP.format(start));
    destination = AtomicDirectory.checkWritable(destination, force);
    int cores = threads == null ? Runtime.getRuntime().availableProcessors() : Counts.threads(threads);
    LOG.info("optimize: spec {} on scenario {} ({} economies), {}", spec, loaded.base().file(),
        loaded.economies().size(), bestResponse ? "best response and coalition" : "coalition");
    WorldOptimizeWorkflow.Outcome outcome = WorldOptimizeWorkflow.run(loaded, cores, bestResponse);
    Manifest manifest = new Manifest(Manifest.currentEngineVersion(), Manifest.currentGitCommit(), spec.toString(),
        Manifest.sha256(spec), loaded.search().seed(), loaded.search().replicates(), cores, Manifest.currentJvm(),
        start, Instant.now(), RecordedVariant.of(loaded.base().variants()));
    Path written = WorldOptimizationWriter.write(outcome, manifest, destination, force);
    WorldOptimizePrinter.result(stdout, outcome);
    stdout.println("Results in " + written);
    stdout.flush();
    return ExitCode.OK;
  }

  private static void save(Checkpoint checkpoint, Path file) {
    try {
      checkpoint.write(file);
    } catch (OutputException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
  }

  private OptimizerSettings settings(SearchSpec search) throws UsageException {
    int cores = Runtime.getRuntime().availableProcessors();
    return new OptimizerSettings(
        positive("--population", population, search.population(), 2, SearchSpec.MAX_POPULATION),
        positive("--generations", generations, search.generations(), 1, Integer.MAX_VALUE),
        positive("--replicates", replicates, search.replicates(), 1, RunSettings.MAX_REPLICATES),
        seed != null ? seed : search.seed(),
        threads == null ? cores : Counts.threads(threads));
  }

  private static int positive(String option, Integer given, int fallback, int least, int most)
      throws UsageException {
    return given == null ? fallback : Counts.within(option, given, least, most);
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    for (String ending : new String[] {".optimize.yaml", ".optimize.yml", ".optimize.json", ".yaml", ".yml", ".json"}) {
      if (name.endsWith(ending)) {
        return name.substring(0, name.length() - ending.length());
      }
    }
    return name;
  }
}
