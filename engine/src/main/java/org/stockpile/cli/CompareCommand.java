package org.stockpile.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stockpile.console.ComparisonPrinter;
import org.stockpile.console.ExitCode;
import org.stockpile.console.Guarded;
import org.stockpile.metrics.Metric;
import org.stockpile.report.Comparison;
import org.stockpile.report.ComparisonReport;
import org.stockpile.report.RunComparison;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stockpile compare A B}: two runs of the same scenario family, metric by metric; two world
 * runs, economy by economy.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compares two run folders of the same scenario family: per material and metric, A, B, B - A and "
        + "its 95 %% interval (paired over replicates when both runs used the same seed, replicates and random streams, Welch's "
        + "otherwise); with --html, also as a page with charts. Two world runs' folders are compared economy by "
        + "economy (each economy both ran, as two runs), with each material's world price index in A and B.")
final class CompareCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A", description = "A run folder (or a world run's).")
  Path first;

  @Parameters(index = "1", paramLabel = "B", description = "Another run folder (a world run's if A is one).")
  Path second;

  @Option(names = "--html", paramLabel = "OUT", description = "Also write the comparison as an HTML page to OUT.")
  Path html;

  @Option(names = "--all-metrics", description = "Every metric of summary.json, not only the headline ones.")
  boolean allMetrics;

  @Option(names = "--force", description = "Replace an existing OUT.")
  boolean force;

  @CommandLine.Mixin
  Guarded guarded;

  @Override
  public Integer call() {
    return guarded.run(() -> {
      PrintWriter stdout = guarded.out();
      Comparison comparison = Comparison.of(first, second, allMetrics ? Metric.MATERIAL : RunComparison.HEADLINE);
      ComparisonPrinter.print(stdout, comparison);
      if (html != null) {
        stdout.println("Comparison in " + ComparisonReport.write(comparison, html, force));
      }
      stdout.flush();
      return ExitCode.OK;
    });
  }
}
