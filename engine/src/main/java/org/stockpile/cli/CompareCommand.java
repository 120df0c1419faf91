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
    netCostArithmetic(comparison).forEach(stdout::println);
    stdout.println();
    comparison.inWords().lines().forEach(stdout::println);
  }

  /**
   * For each scope whose rows hold the net cost and all its parts: the net cost's difference as the
   * sum of the parts' differences (they add up replicate by replicate, so their means do too).
   */
  static java.util.List<String> netCostArithmetic(RunComparison comparison) {
    java.util.Map<String, java.util.Map<Metric, RunComparison.Row>> byScope = new java.util.LinkedHashMap<>();
    for (RunComparison.Row row : comparison.rows()) {
      byScope.computeIfAbsent(row.material(), key -> new java.util.EnumMap<>(Metric.class)).put(row.metric(), row);
    }
    java.util.List<String> lines = new java.util.ArrayList<>();
    byScope.forEach((scope, rows) -> {
      RunComparison.Row net = rows.get(Metric.NET_COST);
      if (net == null || !rows.keySet().containsAll(Metric.COST_PARTS)) {
        return;
      }
      StringBuilder line = new StringBuilder(scope).append(": net cost B - A ")
          .append(org.stockpile.report.Format.difference(Metric.NET_COST, net.difference(), null, net.currency()))
          .append(" =");
      boolean first = true;
      for (Metric part : Metric.COST_PARTS) {
        double signed = part.signInNetCost() * rows.get(part).difference();
        line.append(signed < 0 ? " - " : first ? " " : " + ")
            .append(org.stockpile.report.Format.number(Math.abs(signed))).append(' ').append(part.label());
        first = false;
      }
      lines.add(line.append(" (").append(net.currency()).append(')').toString());
    });
    return lines;
  }
}
