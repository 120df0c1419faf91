package org.stockpile.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.stockpile.cli.Failures.UsageException;
import org.stockpile.output.AtomicDirectory;
import org.stockpile.output.Manifest;
import org.stockpile.output.SweepComparison;
import org.stockpile.output.SweepWriter;
import org.stockpile.sweep.DesignSpec;
import org.stockpile.sweep.DesignType;
import org.stockpile.sweep.Interval;
import org.stockpile.sweep.SobolIndices;
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
        + "the same replicates at every point, and writes points.csv, indices.json and manifest.json; with --baseline, "
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

  @CommandLine.Mixin
  Guarded guarded;

  @Override
  public Integer call() {
    return guarded.run(this::sweep);
  }

  private int sweep() throws Exception {
    PrintWriter stdout = guarded.out();
    Instant start = Instant.now();
    SpecSweep loaded = SpecSweep.load(spec);
    if (replicates != null || seed != null) {
      if (replicates != null && replicates < 1) {
        throw new UsageException("--replicates must be at least 1, got " + replicates);
      }
      loaded = new SpecSweep(loaded.specFile(), loaded.base(), loaded.paths(), loaded.parameters(), loaded.whole(),
          loaded.design(), loaded.metrics(), replicates != null ? replicates : loaded.replicates(),
          seed != null ? seed : loaded.seed());
    }
    DesignSpec design = loaded.design();
    if (samples != null) {
      if (design.type() != DesignType.SOBOL && design.type() != DesignType.LATIN_HYPERCUBE) {
        throw new UsageException("--samples applies to sobol and latinHypercube designs");
      }
      if (samples < 2) {
        throw new UsageException("--samples must be at least 2, got " + samples);
      }
      design = new DesignSpec(design.type(), samples, design.trajectories(), design.levels());
    }
    int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (cores < 1) {
      throw new UsageException("--threads must be at least 1, got " + cores);
    }
    Path destination = out != null ? out : Path.of("runs", baseName(spec), STAMP.format(start));
    AtomicDirectory.checkWritable(destination, force);
    if (tolerance < 0 || Double.isNaN(tolerance)) {
      throw new UsageException("--tolerance must be at least 0, got " + tolerance);
    }
    if (baseline != null) {
      SweepComparison.checkBaseline(baseline, Manifest.sha256(spec), design.type().name(), loaded.replicates(),
          loaded.seed());
    }
    int total = Sweep.unitDesign(loaded, design).length;
    SweepResult result;
    try (ProgressDisplay progress = ProgressDisplay.forPoints(total)) {
      result = Sweep.run(loaded, design, cores, progress::update);
    }
    Path written = SweepWriter.write(loaded, design, result, cores, start, destination, force);
    stdout.println(spec.getFileName() + ": " + total + " points x " + loaded.replicates() + " replicates, seed "
        + loaded.seed());
    result.sobol().forEach((metric, indices) -> printSobol(stdout, metric, indices));
    result.morris().forEach((metric, effects) -> {
      stdout.println(metric + " (Morris mu*):");
      for (int i = 0; i < effects.names().size(); i++) {
        stdout.printf("  %-60s %12.4g%n", effects.names().get(i), effects.muStar().get(i));
      }
    });
    stdout.println("Results in " + written);
    if (baseline != null) {
      SweepComparison comparison = SweepComparison.compare(baseline, written, tolerance);
      if (comparison.moved().isEmpty()) {
        stdout.println("Against " + baseline + ": nothing moved (" + comparison.compared() + " numbers compared, "
            + "tolerance " + tolerance + ")");
      } else {
        stdout.println("Against " + baseline + ": " + comparison.moved().size() + " of " + comparison.compared()
            + " numbers moved (tolerance " + tolerance + "; all in compare.json):");
        stdout.printf("  %-70s %14s %14s%n", "what", "baseline", "now");
        comparison.moved().stream().limit(20).forEach(item -> stdout.printf("  %-70s %14.6g %14.6g%n", item.what(),
            item.baseline(), item.current()));
      }
      stdout.flush();
      return comparison.moved().isEmpty() ? ExitCode.OK : ExitCode.MOVED;
    }
    stdout.flush();
    return ExitCode.OK;
  }

  private static void printSobol(PrintWriter stdout, String metric, SobolIndices indices) {
    stdout.println(metric + " (Sobol S1 and ST, 95 % intervals):");
    for (int i = 0; i < indices.names().size(); i++) {
      Interval first = indices.firstOrder().get(i);
      Interval total = indices.total().get(i);
      stdout.printf("  %-60s S1 %6.3f [%6.3f, %6.3f]  ST %6.3f [%6.3f, %6.3f]%n", indices.names().get(i),
          first.estimate(), first.low(), first.high(), total.estimate(), total.low(), total.high());
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
