package org.stockpile.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.stockpile.metrics.Metric;

/**
 * Two runs of the same scenario family compared, per material (and in total) and metric: the
 * means of A and B, their difference B - A, and its 95 % interval. When both runs used the same
 * seed and replicates (common random numbers: replicate r of A and of B faced the same shocks),
 * the interval is paired, over the replicates' differences; otherwise it is Welch's, over two
 * independent samples.
 */
public final class RunComparison {
  /** The metrics shown unless all are asked for. */
  public static final List<Metric> HEADLINE = List.of(Metric.SHORTFALL_UNITS, Metric.SHORTFALL_DAYS,
      Metric.MIN_DAYS_OF_COVER, Metric.COMPLIANCE, Metric.FILL_RATE, Metric.TOTAL_COST);

  /** One metric of one material compared. */
  public record Row(String material, Metric metric, double a, double b, double low, double high) {
    public double difference() {
      return b - a;
    }

    /** Whether the interval excludes zero. */
    public boolean significant() {
      return low > 0 || high < 0;
    }
  }

  private final OutputFolder a;
  private final OutputFolder b;
  private final boolean paired;
  private final List<Row> rows;

  private RunComparison(OutputFolder a, OutputFolder b, boolean paired, List<Row> rows) {
    this.a = a;
    this.b = b;
    this.paired = paired;
    this.rows = List.copyOf(rows);
  }

  /** Compares the run folders {@code first} and {@code second} on {@code metrics}. */
  public static RunComparison of(java.nio.file.Path first, java.nio.file.Path second, List<Metric> metrics)
      throws ReportException {
    OutputFolder a = run(first);
    OutputFolder b = run(second);
    JsonNode summaryA = a.json("summary.json");
    JsonNode summaryB = b.json("summary.json");
    List<String> materials = new ArrayList<>();
    summaryA.path("materials").fieldNames().forEachRemaining(material -> {
      if (summaryB.path("materials").has(material)) {
        materials.add(material);
      }
    });
    if (materials.isEmpty()) {
      throw new ReportException(first + " and " + second + " have no material in common: not runs of the same "
          + "scenario family");
    }
    boolean paired = summaryA.path("seed").asLong() == summaryB.path("seed").asLong()
        && summaryA.path("replicates").asInt() == summaryB.path("replicates").asInt();
    Map<String, Map<String, double[]>> valuesA = values(a);
    Map<String, Map<String, double[]>> valuesB = values(b);
    List<String> scopes = new ArrayList<>(materials);
    if (materials.size() > 1) {
      scopes.add("total");
    }
    List<Row> rows = new ArrayList<>();
    for (String scope : scopes) {
      for (Metric metric : metrics) {
        double[] x = valuesA.get(scope).get(metric.key());
        double[] y = valuesB.get(scope).get(metric.key());
        rows.add(row(scope, metric, x, y, paired));
      }
    }
    return new RunComparison(a, b, paired, rows);
  }

  private static OutputFolder run(java.nio.file.Path path) throws ReportException {
    OutputFolder folder = OutputFolder.open(path);
    if (folder.kind() != OutputFolder.Kind.RUN) {
      throw new ReportException(path + " holds the results of a " + folder.kind().key() + "; compare takes two run "
          + "folders (of stockpile run)");
    }
    return folder;
  }

  /** Each replicate's value, by material (and "total") and metric. */
  private static Map<String, Map<String, double[]>> values(OutputFolder folder) throws ReportException {
    Map<String, Map<String, List<Double>>> lists = new LinkedHashMap<>();
    for (Map<String, String> row : folder.csv("replicates.csv")) {
      Map<String, List<Double>> byMetric = lists.computeIfAbsent(row.get("material"), key -> new LinkedHashMap<>());
      for (Metric metric : Metric.MATERIAL) {
        String text = row.get(metric.key());
        byMetric.computeIfAbsent(metric.key(), key -> new ArrayList<>())
            .add(text == null || text.isEmpty() ? Double.NaN : Double.parseDouble(text));
      }
    }
    Map<String, Map<String, double[]>> values = new LinkedHashMap<>();
    lists.forEach((material, byMetric) -> {
      Map<String, double[]> arrays = new LinkedHashMap<>();
      byMetric.forEach((metric, list) -> arrays.put(metric, list.stream().mapToDouble(Double::doubleValue).toArray()));
      values.put(material, arrays);
    });
    return values;
  }

  static Row row(String material, Metric metric, double[] x, double[] y, boolean paired) {
    double meanA = mean(x);
    double meanB = mean(y);
    double half;
    if (paired) {
      double[] differences = new double[x.length];
      for (int r = 0; r < x.length; r++) {
        differences[r] = y[r] - x[r];
      }
      half = x.length < 2 ? Double.NaN
          : quantile(x.length - 1) * Math.sqrt(variance(differences, mean(differences)) / x.length);
    } else {
      double va = variance(x, meanA) / x.length;
      double vb = variance(y, meanB) / y.length;
      double freedom = (va + vb) * (va + vb) / (va * va / (x.length - 1) + vb * vb / (y.length - 1));
      half = va + vb == 0 ? 0 : quantile(freedom) * Math.sqrt(va + vb);
    }
    double difference = meanB - meanA;
    return new Row(material, metric, meanA, meanB, difference - half, difference + half);
  }

  private static double quantile(double freedom) {
    return new TDistribution(null, Math.max(1, freedom)).inverseCumulativeProbability(0.975);
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.length;
  }

  private static double variance(double[] values, double mean) {
    double squares = 0;
    for (double value : values) {
      squares += (value - mean) * (value - mean);
    }
    return values.length < 2 ? 0 : squares / (values.length - 1);
  }

  public OutputFolder a() {
    return a;
  }

  public OutputFolder b() {
    return b;
  }

  /** Whether the intervals are paired (same seed and replicates: common random numbers). */
  public boolean paired() {
    return paired;
  }

  public List<Row> rows() {
    return rows;
  }
}
