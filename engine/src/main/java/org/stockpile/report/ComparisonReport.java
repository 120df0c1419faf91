package org.stockpile.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockpile.metrics.Metric;

/**
 * Two runs compared, as a page: the table of every material and metric, and per metric A and B
 * side by side; two world runs, as one page with the world and each economy compared.
 */
public final class ComparisonReport {
  private ComparisonReport() {
  }

  static Page of(RunComparison comparison) throws ReportException {
    JsonNode a = comparison.a().json("summary.json");
    JsonNode b = comparison.b().json("summary.json");
    Page page = new Page("A: " + label(comparison.a().path(), a) + " · B: " + label(comparison.b().path(), b),
        method(comparison));
    into(page, comparison);
    return page;
  }

  /** How the intervals of B - A were made. */
  static String method(RunComparison comparison) {
    return comparison.paired() ? "Same seed and replicates: common random numbers, paired 95 % intervals of B - A"
        : "Different seeds, replicates or random streams: Welch 95 % intervals of B - A (independent samples)";
  }

  /** The comparison below its title, into {@code page}: a page of its own or a part of one (an economy's). */
  static void into(Page page, RunComparison comparison) {
    page.section("In words");
    RunComparison.Words words = comparison.inWords();
    page.paragraph(words.headline());
    if (!words.better().isEmpty()) {
      page.list("B better on", words.better());
    }
    if (!words.worse().isEmpty()) {
      page.list("B worse on", words.worse());
    }
    if (!words.unclear().isEmpty()) {
      page.paragraph("No clear difference on: " + String.join(", ", words.unclear()) + ".");
    }
    List<String> arithmetic = comparison.netCostArithmetic();
    if (!arithmetic.isEmpty()) {
      page.list("The net cost's difference is the sum of its parts' differences", arithmetic);
    }
    page.section("Differences");
    Table.Builder table = Table.with("material", "metric", "A", "B", "B - A", "95 % interval", "");
    for (RunComparison.Row row : comparison.rows()) {
      table.row(row.material(), row.metric().label(), row.format(row.a()), row.format(row.b()),
          Format.difference(row.metric(), row.difference(), row.unit(), row.currency()),
          row.interval(), row.better() ? "B better" : row.worse() ? "B worse" : "");
    }
    page.table(table.build());
    page.paragraph("Means over replicates. Marked: differences whose interval excludes zero, better or worse for the "
        + "economy. Quantities are in each material's unit; all materials: money added, days and shares over every "
        + "material (no quantities added).");
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
      RunComparison.Row first = metric.getValue().getFirst();
      String axis = metric.getKey().label() + unitSuffix(metric.getValue());
      page.chart(new Chart(key.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"),
          first.metric().label(), "Mean " + metric.getKey().label() + " of A and B" + unitSuffix(metric.getValue())
              + "; on B, A plus the 95 % interval of the difference.",
          Charts.bars(axis, scopes, bars, Map.of("B", interval), false), 300));
    }
  }

  /** The unit of a metric's bars, when they share one: " (t)", " (USD)", " (days)", " (share)". */
  private static String unitSuffix(List<RunComparison.Row> rows) {
    List<String> units = rows.stream().map(row -> row.metric().unit(row.unit(), row.currency()))
        .filter(java.util.Objects::nonNull).distinct().toList();
    return units.size() == 1 ? " (" + units.getFirst() + ")" : "";
  }

  static String label(Path path, JsonNode summary) {
    return summary.path("scenario").asText() + " (" + path.getFileName() + ", seed " + summary.path("seed").asLong()
        + ", " + summary.path("replicates").asInt() + " replicates)";
  }

  /** Writes the comparison as a page to {@code target}, replacing a file there only with {@code force}. */
  public static Path write(Comparison comparison, Path target, boolean force) throws ReportException {
    if (!force && java.nio.file.Files.exists(target)) {
      throw new ReportException(target + " exists; add --force to replace it");
    }
    Page page = switch (comparison) {
      case RunComparison runs -> of(runs);
      case WorldComparison worlds -> WorldComparisonReport.of(worlds);
    };
    return ReportWriter.writeAtomically(target, page.html());
  }
}
