package org.stockpile.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stockpile.console.ExitCode;
import org.stockpile.console.Failures.UsageException;
import org.stockpile.console.Guarded;
import org.stockpile.console.ProgressDisplay;
import org.stockpile.console.VariantOptions;
import org.stockpile.optimize.Constraint;
import org.stockpile.optimize.Estimate;
import org.stockpile.optimize.Evaluation;
import org.stockpile.optimize.OptimizationResult;
import org.stockpile.optimize.OptimizePlan;
import org.stockpile.optimize.OptimizerSettings;
import org.stockpile.optimize.SearchState;
import org.stockpile.optimize.ValidationReport;
import org.stockpile.output.AtomicDirectory;
import org.stockpile.output.Checkpoint;
import org.stockpile.output.Manifest;
import org.stockpile.output.OptimizationWriter;
import org.stockpile.output.OutputException;
import org.stockpile.output.RecordedVariant;
import org.stockpile.report.Format;
import org.stockpile.study.OptimizeStudy;
import org.stockpile.study.OptimizeWorkflow;
import org.stockpile.study.SearchSpec;
import org.stockpile.study.StudyException;
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

  @Override
  public Integer call() {
    return guarded.run(this::optimize);
  }

  private int optimize() throws Exception {
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
      destination = resume;
      resumeFrom = resumable(destination, specSha, scenarioSha, varied, settings);
    } else {
      destination = out != null ? out : Path.of("runs", baseName(spec), STAMP.format(start));
      AtomicDirectory.checkWritable(destination, force);
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
            : "best " + withUnit(generation.best(), units.getFirst()));
      }, state -> save(new Checkpoint(specSha, scenarioSha, settings.population(), settings.replicates(),
          settings.seed(), state, varied), work.resolve(Checkpoint.FILE)));
    } catch (StudyException e) {
      AtomicDirectory.deleteTree(work);
      throw new StudyException(e.getMessage() + "; nothing was written");
    }
    OptimizeWorkflow.Outcome outcome = OptimizeWorkflow.score(plan, settings, searched,
        loaded.search().validationReplicates());
    OptimizationResult result = outcome.result();
    Optional<Evaluation> baseline = outcome.baseline();
    ValidationReport validation = outcome.validation();
    Checkpoint finalState = new Checkpoint(specSha, scenarioSha, settings.population(), settings.replicates(),
        settings.seed(), outcome.last(), varied);
    Path written = OptimizationWriter.write(loaded, settings, result, baseline, validation, finalState, start,
        destination, force || resume != null);
    AtomicDirectory.deleteTree(work);
    stdout.println(spec.getFileName() + ": " + Format.count(settings.generations(), "generation") + " x "
        + Format.count(settings.population(), "candidate") + ", " + Format.count(settings.replicates(), "replicate")
        + ", seed " + settings.seed());
    String first = plan.objectives().getFirst().written();
    String unit = units.getFirst();
    if (plan.objectives().size() > 1) {
      stdout.println(Format.count(result.front().size(), "candidate") + " on the front (pareto.csv); the best on " + first
          + ":");
    }
    stdout.println("best " + first + ": " + withUnit(result.best().score(), unit)
        + (result.best().feasible() ? "" : " (NO candidate met every constraint; this one misses least)"));
    baseline.ifPresent(policy -> stdout.println("  (the scenario as written: " + withUnit(policy.score(), unit)
        + (policy.feasible() ? "" : ", which does not meet every constraint") + ")"));
    int width = plan.labels().stream().mapToInt(String::length).max().orElse(0);
    for (int i = 0; i < plan.paths().size(); i++) {
      String label = plan.labels().get(i);
      stdout.println("  " + label + " ".repeat(width - label.length()) + " = " + format(result.best().values().get(i))
          + "   (" + plan.paths().get(i) + ")");
    }
    for (int c = 0; c < plan.constraints().size(); c++) {
      int index = c;
      stdout.println("  constraint " + constraintLine(plan, c, result.best(), true)
          + baseline.map(policy -> "; as written " + constraintLine(plan, index, policy, false)).orElse(""));
    }
    List<String> invalid = outcome.last().scored().stream().map(scored -> scored.evaluation().invalid())
        .filter(java.util.Objects::nonNull).toList();
    if (!invalid.isEmpty()) {
      stdout.println(Format.count(invalid.size(), "candidate") + " did not make a valid scenario and ranked last (first: "
          + invalid.getFirst() + ")");
    }
    for (int o = 0; o < plan.objectives().size(); o++) {
      ValidationReport.Scores scores = validation.objectives().get(o);
      String objectiveUnit = units.get(o);
      stdout.println("on " + validation.replicates() + " fresh replicates, " + plan.objectives().get(o).written()
          + ": best " + interval(scores.best(), objectiveUnit)
          + scores.baseline().map(base -> ", as written " + interval(base, objectiveUnit)).orElse("")
          + scores.difference().map(gap -> ", difference " + interval(gap, objectiveUnit)).orElse(""));
    }
    stdout.println("Results in " + written);
    stdout.flush();
    return ExitCode.OK;
  }

  /** The saved state to continue from, checked against the spec and the settings. */
  private static SearchState resumable(Path destination, String specSha, String scenarioSha, List<String> varied,
      OptimizerSettings settings) throws UsageException, OutputException {
    Path interrupted = AtomicDirectory.workFolder(destination).resolve(Checkpoint.FILE);
    Path finished = destination.resolve(Checkpoint.FILE);
    Path file = Files.exists(interrupted) ? interrupted : finished;
    if (!Files.exists(file)) {
      throw new UsageException("--resume " + destination + ": no checkpoint in " + finished + " or " + interrupted);
    }
    Checkpoint saved = Checkpoint.read(file);
    if (!saved.specSha256().equals(specSha)) {
      throw new UsageException("--resume " + destination + ": that search ran another version of the spec");
    }
    if (!saved.scenarioSha256().equals(scenarioSha)) {
      throw new UsageException("--resume " + destination + ": the base scenario has changed since that search ran");
    }
    if (!saved.variants().equals(varied)) {
      throw new UsageException("--resume " + destination + ": that search ran other variants of the base scenario "
          + "(--overlay and --set: " + saved.variants() + ", not " + varied + "); resume with the same");
    }
    if (saved.population() != settings.population() || saved.replicates() != settings.replicates()
        || saved.seed() != settings.seed()) {
      throw new UsageException("--resume " + destination + ": that search ran with population " + saved.population()
          + ", replicates " + saved.replicates() + " and seed " + saved.seed() + "; resume with the same");
    }
    long done = saved.state().nextGeneration() - 1;
    if (settings.generations() < done) {
      throw new UsageException("--resume " + destination + ": that search already ran " + done
          + " generations; ask for at least as many");
    }
    return saved.state();
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
        positive("--population", population, search.population(), 2),
        positive("--generations", generations, search.generations(), 1),
        positive("--replicates", replicates, search.replicates(), 1),
        seed != null ? seed : search.seed(),
        positive("--threads", threads, cores, 1));
  }

  private static int positive(String option, Integer given, int fallback, int least) throws UsageException {
    if (given == null) {
      return fallback;
    }
    if (given < least) {
      throw new UsageException(option + " must be at least " + least + ", got " + given);
    }
    return given;
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

  private static String interval(Estimate estimate, String unit) {
    return withUnit(estimate.mean(), unit) + " [" + Format.number(estimate.low()) + ", "
        + Format.number(estimate.high()) + "]";
  }

  /**
   * How a candidate stands against constraint {@code c}: its value and slack, after the
   * constraint's name and bound when {@code named}.
   */
  private static String constraintLine(OptimizePlan plan, int c, Evaluation candidate, boolean named) {
    Constraint constraint = plan.constraints().get(c);
    double slack = candidate.slacks().get(c);
    String unit = switch (constraint) {
      case Constraint.SpendingLimit limit -> plan.currency();
      case Constraint.DecisionSum sum -> "";
    };
    String bound = switch (constraint) {
      case Constraint.DecisionSum sum -> Double.isFinite(sum.min()) && Double.isFinite(sum.max())
          ? "between " + Format.number(sum.min()) + " and " + Format.number(sum.max())
          : Double.isFinite(sum.min()) ? "at least " + Format.number(sum.min()) : "at most " + Format.number(sum.max());
      case Constraint.SpendingLimit limit -> "at most " + Format.withUnit(limit.max(), unit);
    };
    String standing = Double.isNaN(slack) ? "not simulated"
        : slack >= 0 ? "met, slack " + Format.withUnit(slack, unit) : "MISSED by " + Format.withUnit(-slack, unit);
    return (named ? constraint.name() + " (" + bound + "): " : "")
        + Format.withUnit(constraint.value(candidate.values(), slack), unit) + ", " + standing;
  }

  /** An objective's value with its unit: {@code 91.2 M USD}, {@code 213 t}, {@code 30.5 days}. */
  private static String withUnit(double value, String unit) {
    if (!Double.isFinite(value)) {
      return format(value);
    }
    return Format.withUnit(value, unit);
  }

  /** Six significant digits at most, no exponent, no trailing zeros. */
  private static String format(double value) {
    if (!Double.isFinite(value)) {
      return Double.isNaN(value) ? "not simulated" : Double.toString(value);
    }
    return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }
}
