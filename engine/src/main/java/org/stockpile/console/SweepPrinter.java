package org.stockpile.console;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.stockpile.output.OutputException;
import org.stockpile.output.SweepComparison;
import org.stockpile.report.Format;
import org.stockpile.sweep.Interval;
import org.stockpile.sweep.MorrisEffects;
import org.stockpile.sweep.SobolIndices;
import org.stockpile.sweep.SweepPlan;
import org.stockpile.sweep.SweepResult;

/** What a sweep prints, wherever it ran (here, or on Spark): each metric's indices, and a nightly comparison. */
public final class SweepPrinter {
  private SweepPrinter() {
  }

  /** Each metric's Sobol indices or Morris mu*. */
  public static void indices(PrintWriter stdout, SweepPlan plan, SweepResult result) {
    for (String metric : plan.metricNames()) {
      switch (result.indices().get(metric)) {
        case SobolIndices indices -> sobol(stdout, plan, metric, indices);
        case MorrisEffects effects -> morris(stdout, plan, metric, effects);
        case null -> { }
      }
    }
  }

  /**
   * Compares {@code written} with {@code baseline} (the latest in {@code chosenFrom}, or null when
   * given as it is), prints what moved, and returns the exit code (0 or 3).
   */
  public static int compare(PrintWriter stdout, Path baseline, Path chosenFrom, Path written, double tolerance)
      throws OutputException {
    SweepComparison comparison = SweepComparison.compare(baseline, chosenFrom, written, tolerance);
    String against = "Against " + baseline + (chosenFrom == null ? "" : " (the latest in " + chosenFrom + ")");
    if (comparison.moved().isEmpty()) {
      stdout.println(against + ": nothing moved (" + Format.count(comparison.compared(), "number") + " compared, "
          + "tolerance " + tolerance + ")");
    } else {
      stdout.println(against + ": " + comparison.moved().size() + " of " + Format.count(comparison.compared(), "number")
          + " moved (tolerance " + tolerance + "; all in compare.json):");
      stdout.printf("  %-70s %14s %14s%n", "what", "baseline", "now");
      comparison.moved().stream().limit(20).forEach(item -> stdout.printf("  %-70s %14.6g %14.6g%n", item.what(),
          item.baseline(), item.current()));
    }
    stdout.flush();
    return comparison.moved().isEmpty() ? ExitCode.OK : ExitCode.MOVED;
  }

  private static void morris(PrintWriter stdout, SweepPlan plan, String metric, MorrisEffects effects) {
    stdout.println(metric + " (Morris mu*, per unit of each input's range):");
    int width = labelWidth(plan);
    for (int i = 0; i < effects.names().size(); i++) {
      stdout.printf("  %-" + width + "s %12s   (%s)%n", label(plan, effects.names().get(i)),
          org.stockpile.report.Format.number(effects.muStar().get(i)), effects.names().get(i));
    }
  }

  private static void sobol(PrintWriter stdout, SweepPlan plan, String metric, SobolIndices indices) {
    stdout.println(metric + " (Sobol S1 and ST, 95 % intervals):");
    int width = labelWidth(plan);
    for (int i = 0; i < indices.names().size(); i++) {
      Interval first = indices.firstOrder().get(i);
      Interval total = indices.total().get(i);
      stdout.printf("  %-" + width + "s S1 %6.3f [%6.3f, %6.3f]  ST %6.3f [%6.3f, %6.3f]   (%s)%n",
          label(plan, indices.names().get(i)), first.estimate(), first.low(), first.high(), total.estimate(),
          total.low(), total.high(), indices.names().get(i));
    }
  }

  private static String label(SweepPlan plan, String path) {
    int index = plan.paths().indexOf(path);
    return index < 0 ? path : plan.labels().get(index);
  }

  private static int labelWidth(SweepPlan plan) {
    return Math.max(10, plan.labels().stream().mapToInt(String::length).max().orElse(10));
  }
}
