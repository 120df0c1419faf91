package org.stockpile.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stockpile.console.ExitCode;
import org.stockpile.console.Guarded;
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
        + "its 95 %% interval (paired over replicates when both runs used the same seed, replicates and random streams, Welch's "
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
            : "different seeds, replicates or random streams: Welch 95 % intervals") + ")");
    String[] header = {"material", "metric", "A", "B", "B - A", "95 % interval", ""};
    java.util.List<String[]> rows = new java.util.ArrayList<>();
    rows.add(header);
    for (RunComparison.Row row : comparison.rows()) {
      rows.add(new String[] {row.material(), row.metric().label(), row.format(row.a()), row.format(row.b()),
          org.stockpile.report.Format.difference(row.metric(), row.difference(), row.unit(), row.currency()),
          row.interval(),
          row.better() ? "B better" : row.worse() ? "B worse" : ""});
    }
    int[] widths = new int[header.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        String padding = " ".repeat(widths[i] - row[i].length());
        line.append(i < 2 ? row[i] + padding : padding + row[i]).append("  ");
      }
      stdout.println(line.toString().stripTrailing());
    }
    comparison.netCostArithmetic().forEach(stdout::println);
    stdout.println();
    comparison.inWords().lines().forEach(stdout::println);
  }
}
