package org.stockpile.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stockpile.metrics.Metric;
import org.stockpile.metrics.Stats;
import org.stockpile.sim.RunResult;

/** The short table a run ends with: one line per material and the total. */
final class ResultTable {
  private static final String[] HEADER = {"material", "P(shortfall)", "shortfall mean", "shortfall days",
      "min cover p5", "compliance", "fill rate", "total cost mean"};

  private ResultTable() {
  }

  static void print(PrintWriter out, RunResult result) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (String id : result.materials()) {
      rows.add(row(id, metric -> result.stats(id, metric)));
    }
    rows.add(row("total", result::totalStats));
    int[] widths = new int[HEADER.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    out.println(result.compiled().scenario().name() + ": " + result.replicates() + " replicates x "
        + result.horizonDays() + " days, seed " + result.seed());
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        String cell = row[i];
        line.append(i == 0 ? pad(cell, widths[i], false) : "  " + pad(cell, widths[i], true));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private interface StatsOf {
    Stats of(Metric metric);
  }

  private static String[] row(String name, StatsOf stats) {
    return new String[] {
        name,
        percent(stats.of(Metric.SHORTFALL_UNITS).probPositive()),
        number(stats.of(Metric.SHORTFALL_UNITS).mean()),
        number(stats.of(Metric.SHORTFALL_DAYS).mean()),
        number(stats.of(Metric.MIN_DAYS_OF_COVER).p5()),
        percent(stats.of(Metric.COMPLIANCE).mean()),
        percent(stats.of(Metric.FILL_RATE).mean()),
        number(stats.of(Metric.TOTAL_COST).mean())};
  }

  private static String pad(String text, int width, boolean right) {
    String padding = " ".repeat(Math.max(0, width - text.length()));
    return right ? padding + text : text + padding;
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  static String number(double value) {
    double size = Math.abs(value);
    if (size >= 1e9) {
      return String.format(Locale.ROOT, "%.2fG", value / 1e9);
    }
    if (size >= 1e6) {
      return String.format(Locale.ROOT, "%.2fM", value / 1e6);
    }
    if (size >= 1e4) {
      return String.format(Locale.ROOT, "%.1fk", value / 1e3);
    }
    return String.format(Locale.ROOT, size >= 100 ? "%.0f" : "%.2f", value);
  }
}
