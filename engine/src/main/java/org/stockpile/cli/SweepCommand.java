package org.stockpile.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stockpile.check.Finding;
import org.stockpile.check.ScenarioException;
import org.stockpile.console.BaselineOptions;
import org.stockpile.console.Counts;
import org.stockpile.console.ExitCode;
import org.stockpile.console.Footprints;
import org.stockpile.console.Failures.UsageException;
import org.stockpile.console.Guarded;
import org.stockpile.console.ProgressDisplay;
import org.stockpile.console.SweepPrinter;
import org.stockpile.console.VariantOptions;
import org.stockpile.output.AtomicDirectory;
import org.stockpile.output.Manifest;
import org.stockpile.output.OutputException;
import org.stockpile.output.RecordedVariant;
import org.stockpile.output.SweepIdentity;
import org.stockpile.output.SweepJournal;
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

/** {@code stockpile sweep SPEC}: which inputs drive the results. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = "Runs a sweep spec's design (sobol, morris, latinHypercube, grid, oneAtATime) over its parameters on "
        + "the same replicates at every point, and writes points.csv, indices.json, timeindices.csv and manifest.json; "
        + "points are journalled as they complete (--resume finishes an interrupted sweep); with --baseline or "
        + "--baseline-from, compares with an earlier sweep (compare.json) and exits 3 when something moved.")
final class SweepCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(SweepCommand.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  @Parameters(index = "0", paramLabel = "SPEC", description = "Sweep spec file (YAML, or JSON by the .json ending).")
  Path spec;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Results folder (default: runs/<spec>/<UTC timestamp>/); must be new or empty unless --force.")
  Path out;

  @Option(names = "--samples", paramLabel = "N", description = "Sobol base samples or Latin hypercube points (default: the spec's).")
  Integer samples;

  @Option(names = "--replicates", paramLabel = "N", description = "Replicates per point (default: the spec's).")
  Integer replicates;

  @Option(names = "--seed", paramLabel = "S", description = "Seed (default: the spec's).")
  Long seed;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores); results do not depend on it.")
  Integer threads;

  @Option(names = "--force", description = "Replace an existing results folder.")
  boolean force;

  @CommandLine.Mixin
  BaselineOptions baselines;

  @Option(names = "--resume", paramLabel = "DIR",
      description = "Finish the interrupted sweep whose results go to DIR (its points so far are in "
          + "DIR.partial/points.journal): only the missing points are computed; same spec and settings. A sweep "
          + "that already finished there is left as it is (exit 0).")
  Path resume;

  @CommandLine.Mixin
  Guarded guarded;

  @CommandLine.Mixin
  VariantOptions variants;

  @Override
  public Integer call() {
    return guarded.runWithVectors("sweep", this::sweep);
  }

  private int sweep() throws Exception {
    PrintWriter stdout = guarded.out();
    Instant start = Instant.now();
    SweepStudy study = SweepStudy.load(spec, variants.variants());
    study = study.withPlan(settings(study.plan()));
    SweepPlan loaded = study.plan();
    int cores = threads != null ? Counts.threads(threads) : Runtime.getRuntime().availableProcessors();
    baselines.check();
    Footprints.checkSweep(loaded);
    int total = Sweep.unitDesign(loaded).length;
    SweepIdentity identity = SweepIdentity.of(study);
    SweepJournal.Header header = new SweepJournal.Header(identity.specSha256(), Manifest.sha256(study.base().file()),
        loaded.design().toString(), loaded.replicates(), loaded.seed(), total, loaded.outputNames().size(), force,
        RecordedVariant.fingerprints(study.base().variants()));
    LOG.info("sweep: spec {} (sha256 {}) on scenario {} (sha256 {}), read in {} s: design {}, {} points", spec,
        header.specSha256(), study.base().file(), header.scenarioSha256(), RunCommand.seconds(start),
        loaded.design(), total);
    Path destination;
    if (resume != null) {
      if (out != null) {
        throw new UsageException("--resume DIR finishes the sweep whose results go to DIR: leave out --out");
      }
      destination = AtomicDirectory.resolve(resume);
      if (finished(stdout, destination, identity)) {
        return ExitCode.OK;
      }
    } else {
      destination = out != null ? out : Path.of("runs", baseName(spec), STAMP.format(start));
      destination = AtomicDirectory.checkWritable(destination, force);
      Path journal = journalOf(destination);
      if (!force && Files.exists(journal)) {
        if (SweepJournal.isOf(journal, header)) {
          throw new UsageException("an interrupted sweep left its points in " + journal + ": --resume "
              + destination + " to finish it, or --force to start again");
        }
        // Another sweep's points (an earlier spec, a failed run): they cannot be resumed by this one.
        Path work = AtomicDirectory.workFolder(destination);
        Path aside = work.resolveSibling(work.getFileName() + ".other-" + System.currentTimeMillis());
        Files.move(work, aside);
        LOG.warn("{} held the points of another sweep (another spec, settings or variants), which this one cannot "
            + "resume: kept as {}", journal, aside);
      }
    }
    Optional<Path> baseline = baselines.choose(identity, destination);
    SweepResult result;
    int fromJournal;
    boolean replace;
    try (SweepJournal journal = resume != null ? SweepJournal.resume(journalOf(destination), header)
        : SweepJournal.start(journalOf(destination), header);
        ProgressDisplay progress = ProgressDisplay.forPoints(total)) {
      fromJournal = journal.count();
      replace = journal.header().replace();
      if (resume != null) {
        stdout.println("Resuming " + destination + ": " + fromJournal + " of " + Format.count(total, "point")
            + " already done");
        stdout.flush();
      }
      progress.update(fromJournal);
      result = Sweep.run(loaded, cores, journal.known(), (point, outputs, done) -> {
        append(journal, point, outputs);
        progress.update(done);
      });
    } catch (ScenarioException invalid) {
      // A point the spec's checks could not foresee: the sweep can never finish as written. Its
      // problems are the spec's (its design made the point): located at the spec file.
      AtomicDirectory.deleteTree(AtomicDirectory.workFolder(destination));
      throw new ScenarioException(invalid.problems().stream().map(problem -> problem.file() != null ? problem
          : new Finding(spec.toString(), problem.line(), problem.column(), problem.path(), problem.message())).toList());
    }
    Path written = SweepWriter.write(study, result, cores, start, fromJournal, destination, replace);
    AtomicDirectory.deleteTree(AtomicDirectory.workFolder(destination));
    stdout.println(spec.getFileName() + ": " + Format.count(total, "point") + " x " + Format.count(loaded.replicates(),
        "replicate") + ", seed " + loaded.seed());
    SweepPrinter.indices(stdout, loaded, result);
    stdout.println("Results in " + written);
    return baselines.compare(stdout, baseline, written);
  }

  /** The spec with the command line's --samples, --replicates and --seed. */
  private SweepPlan settings(SweepPlan loaded) throws UsageException {
    if (replicates != null) {
      loaded = loaded.withReplicates(Counts.replicates("--replicates", replicates));
    }
    if (seed != null) {
      loaded = loaded.withSeed(seed);
    }
    if (samples != null) {
      if (samples < 2) {
        throw new UsageException("--samples must be at least 2, got " + samples);
      }
      try {
        loaded = loaded.withSamples(samples);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--samples applies to sobol and latinHypercube designs");
      }
    }
    return loaded;
  }

  private static Path journalOf(Path destination) throws OutputException {
    return AtomicDirectory.workFolder(destination).resolve(SweepJournal.FILE);
  }

  /**
   * Whether --resume names a sweep of this spec and settings that already finished (said on
   * stdout: a script may resume whatever state it left); refuses a folder with no sweep to resume.
   */
  private static boolean finished(PrintWriter stdout, Path destination, SweepIdentity identity)
      throws UsageException, IOException, OutputException {
    if (Files.exists(journalOf(destination))) {
      return false;
    }
    Path manifest = destination.resolve("manifest.json");
    if (!Files.exists(manifest)) {
      throw new UsageException("--resume " + destination + ": no interrupted sweep there (no "
          + journalOf(destination) + ")");
    }
    JsonNode written = new ObjectMapper().readTree(manifest.toFile());
    Optional<String> other = identity.mismatch(written);
    if (other.isPresent()) {
      throw new UsageException("--resume " + destination + ": the sweep that finished there " + other.get());
    }
    stdout.println(destination + ": that sweep already finished (at " + written.path("end").asText()
        + "); nothing to resume");
    stdout.flush();
    LOG.info("sweep: {} already finished; nothing to resume", destination);
    return true;
  }

  private static void append(SweepJournal journal, int point, double[] outputs) {
    try {
      journal.append(point, outputs);
    } catch (OutputException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    for (String ending : new String[] {".sweep.yaml", ".sweep.yml", ".sweep.json", ".yaml", ".yml", ".json"}) {
      if (name.endsWith(ending)) {
        return name.substring(0, name.length() - ending.length());
      }
    }
    return name;
  }
}
