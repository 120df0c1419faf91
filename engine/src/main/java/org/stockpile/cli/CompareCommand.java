package org.stockpile.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stockpile.metrics.Metric;
import org.stockpile.report.ComparisonReport;
import org.stockpile.report.RunComparison;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stockpile compare A B}: two runs of the same scenario family, metric by metric. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compares two run folders of the same scenario family: per material and metric, A, B, B - A and "
        + "its 95 %% interval (paired over replicates when both runs used the same seed and replicates, Welch's "
        + "otherwise); with --html, also as a page with charts.")
final class CompareCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A", description = "A run folder.")
  Path first;

  @Parameters(index = "1", paramLabel = "B", description = "Another run folder.")
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
      RunComparison comparison = RunComparison.of(first, second, allMetrics ? Metric.MATERIAL : RunComparison.HEADLINE);
      print(stdout, comparison);
      if (html != null) {
        stdout.println("Comparison in " + ComparisonReport.write(comparison, html, force));
      }
      stdout.flush();
      return ExitCode.OK;
    });
  }

  private void print(PrintWriter stdout, RunComparison comparison) {
    stdout.println("A: " + first + "   B: " + second + "   ("
        + (comparison.paired() ? "same seed and replicates: paired 95 % intervals"
            : "different seeds or replicates: Welch 95 % intervals") + ")");
    stdout.printf("%-16s %-24s %14s %14s %14s %31s%n", "material", "metric", "A", "B", "B - A", "95 % interval");
    for (RunComparison.Row row : comparison.rows()) {
      stdout.printf("%-16s %-24s %14.6g %14.6g %14.6g   [%12.6g, %12.6g]%s%n", row.material(), row.metric().key(),
          row.a(), row.b(), row.difference(), row.low(), row.high(), row.significant()
              ? (row.difference() > 0 == row.metric().higherIsWorse() ? "  B worse" : "  B better") : "");
    }
  }
}
