package org.stockpile.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.stockpile.cli.Failures.UsageException;
import org.stockpile.output.AtomicDirectory;
import org.stockpile.output.Manifest;
import org.stockpile.output.OutputException;
import org.stockpile.output.RecordedVariant;
import org.stockpile.output.SweepComparison;
import org.stockpile.output.SweepJournal;
import org.stockpile.output.SweepWriter;
import org.stockpile.scenario.ScenarioException;
import org.stockpile.sweep.SpecSweep;
import org.stockpile.sweep.Sweep;
import org.stockpile.sweep.SweepResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stockpile sweep SPEC}: which inputs drive the results. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = "Runs a sweep spec's design (sobol, morris, latinHypercube, grid, oneAtATime) over its parameters on "
        + "the same replicates at every point, and writes points.csv, indices.json, timeindices.csv and manifest.json; "
        + "points are journalled as they complete (--resume finishes an interrupted sweep); with --baseline, "
        + "compares with an earlier sweep (compare.json) and exits 3 when something moved.")
final class SweepCommand implements Callable<Integer> {
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

  @Option(names = "--baseline", paramLabel = "DIR",
      description = "Compare with the sweep in DIR (same spec and settings): writes compare.json, prints what moved, "
          + "and exits 3 when something moved beyond --tolerance.")
  Path baseline;

  @Option(names = "--tolerance", paramLabel = "X", defaultValue = "0",
      description = "A number moves when it differs by more than X times its magnitude (default 0: any difference).")
  double tolerance;

  @Option(names = "--resume", paramLabel = "DIR",
      description = "Finish the interrupted sweep whose results go to DIR (its points so far are in "
          + "DIR.partial/points.journal): only the missing points are computed; same spec and settings.")
  Path resume;

  @CommandLine.Mixin
  Guarded guarded;

  @CommandLine.Mixin
  VariantOptions variants;

  @Override
  public Integer call() {
    return guarded.run(this::sweep);
  }

  private int sweep() throws Exception {
    PrintWriter stdout = guarded.out();
    Instant start = Instant.now();
    SpecSweep loaded = settings(SpecSweep.load(spec, variants.variants()));
    int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (cores < 1) {
      throw new UsageException("--threads must be at least 1, got " + cores);
    }
    if (tolerance < 0 || Double.isNaN(tolerance)) {
      throw new UsageException("--tolerance must be at least 0, got " + tolerance);
    }
    int total = Sweep.unitDesign(loaded).length;
    SweepJournal.Header header = new SweepJournal.Header(Manifest.sha256(spec), Manifest.sha256(loaded.base().file()),
        loaded.design().toString(), loaded.replicates(), loaded.seed(), total, loaded.outputNames().size(), force,
        RecordedVariant.fingerprints(loaded.base().variants()));
    Path destination;
    if (resume != null) {
      if (out != null) {
        throw new UsageException("--resume DIR finishes the sweep whose results go to DIR: leave out --out");
      }
      destination = resume;
      requireJournal(destination);
    } else {
      destination = out != null ? out : Path.of("runs", baseName(spec), STAMP.format(start));
      AtomicDirectory.checkWritable(destination, force);
      if (!force && Files.exists(journalOf(destination))) {
        throw new UsageException("an interrupted sweep left its points in " + journalOf(destination) + ": --resume "
            + destination + " to finish it, or --force to start again");
      }
    }
    if (baseline != null) {
      SweepComparison.checkBaseline(baseline, header.specSha256(), loaded.design().type().name(),
          loaded.design().toString(), loaded.replicates(), loaded.seed());
    }
    SweepResult result;
    int fromJournal;
    boolean replace;
    try (SweepJournal journal = resume != null ? SweepJournal.resume(journalOf(destination), header)
        : SweepJournal.start(journalOf(destination), header);
        ProgressDisplay progress = ProgressDisplay.forPoints(total)) {
      fromJournal = journal.count();
      replace = journal.header().replace();
      if (resume != null) {
        stdout.println("Resuming " + destination + ": " + fromJournal + " of " + total + " points already done");
        stdout.flush();
      }
      progress.update(fromJournal);
      result = Sweep.run(loaded, cores, journal.known(), (point, outputs, done) -> {
        append(journal, point, outputs);
        progress.update(done);
      });
    } catch (ScenarioException invalid) {
      // A point the spec's checks could not foresee: the sweep can never finish as written.
      AtomicDirectory.deleteTree(AtomicDirectory.workFolder(destination));
      throw invalid;
    }
    Path written = SweepWriter.write(loaded, result, cores, start, fromJournal, destination, replace);
    AtomicDirectory.deleteTree(AtomicDirectory.workFolder(destination));
    stdout.println(spec.getFileName() + ": " + total + " points x " + loaded.replicates() + " replicates, seed "
        + loaded.seed());
    SweepPrinter.indices(stdout, loaded, result);
    stdout.println("Results in " + written);
    if (baseline != null) {
      return SweepPrinter.compare(stdout, baseline, written, tolerance);
    }
    stdout.flush();
    return ExitCode.OK;
  }

  /** The spec with the command line's --samples, --replicates and --seed. */
  private SpecSweep settings(SpecSweep loaded) throws UsageException {
    if (replicates != null) {
      if (replicates < 1) {
        throw new UsageException("--replicates must be at least 1, got " + replicates);
      }
      loaded = loaded.withReplicates(replicates);
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

  private static Path journalOf(Path destination) {
    return AtomicDirectory.workFolder(destination).resolve(SweepJournal.FILE);
  }

  /** Refuses --resume of a folder with no interrupted sweep, saying what it holds instead. */
  private static void requireJournal(Path destination) throws UsageException {
    if (Files.exists(journalOf(destination))) {
      return;
    }
    if (Files.exists(destination.resolve("manifest.json"))) {
      throw new UsageException("--resume " + destination + ": that sweep finished; nothing to resume");
    }
    throw new UsageException("--resume " + destination + ": no interrupted sweep there (no " + journalOf(destination)
        + ")");
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
