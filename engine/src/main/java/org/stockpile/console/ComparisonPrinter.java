package org.stockpile.console;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.stockpile.report.Comparison;
import org.stockpile.report.Format;
import org.stockpile.report.RunComparison;
import org.stockpile.report.WorldComparison;

/**
 * What {@code compare} prints: two runs' table of differences, the net cost's arithmetic and the
 * comparison in words; two worlds', each economy's the same under its heading, then each
 * material's world price index in A and B.
 */
public final class ComparisonPrinter {
  private static final String INDEX_UNIT = "× base price";

  private ComparisonPrinter() {
  }

  public static void print(PrintWriter stdout, Comparison comparison) {
    switch (comparison) {
      case RunComparison runs -> runs(stdout, runs);
      case WorldComparison worlds -> worlds(stdout, worlds);
    }
  }

  private static void worlds(PrintWriter stdout, WorldComparison comparison) {
    stdout.println("A: " + comparison.a() + "   B: " + comparison.b() + "   (world runs, compared economy by economy)");
    if (!comparison.onlyInA().isEmpty()) {
      stdout.println("Only in A, not compared: " + String.join(", ", comparison.onlyInA()));
    }
    if (!comparison.onlyInB().isEmpty()) {
      stdout.println("Only in B, not compared: " + String.join(", ", comparison.onlyInB()));
    }
    for (WorldComparison.Economy economy : comparison.economies()) {
      stdout.println();
      stdout.println("Economy " + economy.id() + ":");
      runs(stdout, economy.comparison());
    }
    stdout.println();
    stdout.println("World price index (means over replicates: no interval):");
    for (WorldComparison.PriceIndex index : comparison.prices()) {
      stdout.println("  " + index.material() + ": mean " + index(index.meanA()) + " → " + index(index.meanB())
          + ", B - A " + difference(index.meanDifference()) + "; highest " + index(index.highestA()) + " → "
          + index(index.highestB()) + ", B - A " + difference(index.highestDifference()));
    }
  }

  private static void runs(PrintWriter stdout, RunComparison comparison) {
    stdout.println("A: " + comparison.a().path() + "   B: " + comparison.b().path() + "   ("
        + (comparison.paired() ? "same seed and replicates: paired 95 % intervals"
            : "different seeds, replicates or random streams: Welch 95 % intervals") + ")");
    String[] header = {"material", "metric", "A", "B", "B - A", "95 % interval", ""};
    List<String[]> rows = new ArrayList<>();
    rows.add(header);
    for (RunComparison.Row row : comparison.rows()) {
      rows.add(new String[] {row.material(), row.metric().label(), row.format(row.a()), row.format(row.b()),
          Format.difference(row.metric(), row.difference(), row.unit(), row.currency()), row.interval(),
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

  private static String index(double value) {
    return Format.withUnit(value, INDEX_UNIT);
  }

  private static String difference(double value) {
    return (value > 0 ? "+" : "") + index(value);
  }
}
