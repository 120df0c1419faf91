package org.stockpile.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockpile.metrics.Metric;

/** Two runs compared, as a page: the table of every material and metric, and per metric A and B side by side. */
public final class ComparisonReport {
  private ComparisonReport() {
  }

  static Page of(RunComparison comparison) throws ReportException {
    JsonNode a = comparison.a().json("summary.json");
    JsonNode b = comparison.b().json("summary.json");
    Page page = new Page("A: " + label(comparison.a().path(), a) + " · B: " + label(comparison.b().path(), b),
        comparison.paired() ? "Same seed and replicates: common random numbers, paired 95 % intervals of B - A"
            : "Different seeds or replicates: Welch 95 % intervals of B - A (independent samples)");
    page.section("Differences");
    Table.Builder table = Table.with("material", "metric", "A", "B", "B - A", "95 % interval", "");
    for (RunComparison.Row row : comparison.rows()) {
      table.row(row.material(), row.metric().key(), Format.number(row.a()), Format.number(row.b()),
          Format.number(row.difference()), "[" + Format.number(row.low()) + ", " + Format.number(row.high()) + "]",
          row.significant() ? verdict(row) : "");
    }
    page.table(table.build());
    page.paragraph("Means over replicates. Marked: differences whose interval excludes zero, better or worse for the "
        + "economy.");
    Map<Metric, List<RunComparison.Row>> byMetric = new LinkedHashMap<>();
    comparison.rows().forEach(row -> byMetric.computeIfAbsent(row.metric(), key -> new ArrayList<>()).add(row));
    page.section("Side by side");
    for (Map.Entry<Metric, List<RunComparison.Row>> metric : byMetric.entrySet()) {
      List<String> scopes = metric.getValue().stream().map(RunComparison.Row::material).toList();
      Map<String, double[]> bars = new LinkedHashMap<>();
      bars.put("A", metric.getValue().stream().mapToDouble(RunComparison.Row::a).toArray());
      bars.put("B", metric.getValue().stream().mapToDouble(RunComparison.Row::b).toArray());
      // B's bar carries the interval of B - A moved onto B: A + [low, high].
      double[][] interval = {metric.getValue().stream().mapToDouble(row -> row.a() + row.low()).toArray(),
          metric.getValue().stream().mapToDouble(row -> row.a() + row.high()).toArray()};
      String key = metric.getKey().key();
      page.chart(new Chart(key.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), key,
          "Mean " + key + " of A and B; on B, A plus the 95 % interval of the difference.",
          Charts.bars(key, scopes, bars, Map.of("B", interval), false), 300));
    }
    return page;
  }

  private static String verdict(RunComparison.Row row) {
    boolean higher = row.difference() > 0;
    return higher == row.metric().higherIsWorse() ? "B worse" : "B better";
  }

  private static String label(Path path, JsonNode summary) {
    return summary.path("scenario").asText() + " (" + path.getFileName() + ", seed " + summary.path("seed").asLong()
        + ", " + summary.path("replicates").asInt() + " replicates)";
  }

  /** Writes the comparison as a page to {@code target}, replacing a file there only with {@code force}. */
  public static Path write(RunComparison comparison, Path target, boolean force) throws ReportException {
    if (!force && java.nio.file.Files.exists(target)) {
      throw new ReportException(target + " exists; add --force to replace it");
    }
    return ReportWriter.writeAtomically(target, of(comparison).html());
  }
}
