package org.stockpile.console;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.stockpile.console.Failures.UsageException;
import org.stockpile.output.OutputException;
import org.stockpile.output.SweepBaselines;
import org.stockpile.output.SweepIdentity;
import picocli.CommandLine.Option;

/**
 * What a sweep is compared with, wherever it runs ({@code stockpile sweep}, {@code stockpile-spark
 * sweep}): an earlier sweep given by its folder, or the latest complete one of the same spec and
 * settings under a folder of nightly results, and how far a number may move.
 */
public final class BaselineOptions {
  @Option(names = "--baseline", paramLabel = "DIR",
      description = "Compare with the sweep in DIR (same spec and settings, or exit 2 before anything runs): writes "
          + "compare.json, prints what moved, and exits 3 when something moved beyond --tolerance.")
  Path baseline;

  @Option(names = "--baseline-from", paramLabel = "DIR",
      description = "As --baseline, with the latest complete sweep of the same spec and settings among the folders "
          + "in DIR (by the end time in their manifests; never this sweep's own folder); when there is none yet, "
          + "says so and exits 0.")
  Path baselineFrom;

  @Option(names = "--tolerance", paramLabel = "X", defaultValue = "0",
      description = "A number moves when it differs by more than X times its magnitude (default 0: any difference).")
  double tolerance;

  /** Refuses bad values before anything is read. */
  public void check() throws UsageException {
    if (baseline != null && baselineFrom != null) {
      throw new UsageException("--baseline and --baseline-from are exclusive: give one");
    }
    if (tolerance < 0 || Double.isNaN(tolerance)) {
      throw new UsageException("--tolerance must be at least 0, got " + tolerance);
    }
  }

  /**
   * Before anything runs: the baseline given, checked against the sweep of {@code identity} about
   * to be written to {@code destination}, or the latest such sweep under --baseline-from; empty
   * without either option or when --baseline-from holds none yet.
   */
  public Optional<Path> choose(SweepIdentity identity, Path destination) throws OutputException {
    if (baseline != null) {
      SweepBaselines.check(baseline, identity);
      return Optional.of(baseline);
    }
    if (baselineFrom != null) {
      return SweepBaselines.latest(baselineFrom, identity, destination).map(SweepBaselines.Found::folder);
    }
    return Optional.empty();
  }

  /**
   * Once the results are in {@code written}: compares them with the {@code chosen} baseline,
   * prints what moved (or that there was no baseline yet) and returns the exit code, 3 when
   * something moved.
   */
  public int compare(PrintWriter stdout, Optional<Path> chosen, Path written) throws OutputException {
    if (chosen.isPresent()) {
      return SweepPrinter.compare(stdout, chosen.get(), baselineFrom, written, tolerance);
    }
    if (baselineFrom != null) {
      stdout.println("No baseline in " + baselineFrom + " yet (no complete sweep of this spec and settings): "
          + "nothing compared");
      stdout.flush();
    }
    return ExitCode.OK;
  }
}
