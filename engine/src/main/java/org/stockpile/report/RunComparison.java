package org.stockpile.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockpile.metrics.Metric;
import org.stockpile.output.Manifest;
import org.stockpile.output.WorldWriter;

/**
 * Two runs of the same scenario family compared, per material (and in total) and metric: the
 * means of A and B, their difference B - A, and its 95 % interval. When both runs used the same
 * seed, replicates and output format (common random numbers: replicate r of A and of B faced the
 * same shocks), the interval is paired, over the replicates' differences; otherwise it is Welch's,
 * over two independent samples.
 */
public final class RunComparison implements Comparison {
  /**
   * The metrics shown unless all are asked for: the shortfall, the cover, and the net cost with
   * its parts (their differences add up to the net cost's, replicate by replicate).
   */
  public static final List<Metric> HEADLINE = java.util.stream.Stream.concat(
      java.util.stream.Stream.of(Metric.SHORTFALL_UNITS, Metric.SHORTFALL_DAYS, Metric.MIN_DAYS_OF_COVER,
          Metric.COMPLIANCE, Metric.FILL_RATE, Metric.EXCESS_UNITS),
      java.util.stream.Stream.concat(Metric.COST_PARTS.stream(), java.util.stream.Stream.of(Metric.NET_COST)))
      .toList();
  /** The scope of the rows that compare totals over every material. */
  public static final String ALL_MATERIALS = "all materials";

  /**
   * One metric of one material (or of all materials) compared.
   *
   * @param unit the material's unit (quantities); null for all materials
   */
  public record Row(String material, Metric metric, String unit, String currency, double a, double b, double low,
      double high) {
    public double difference() {
      return b - a;
    }

    /** Whether the interval excludes zero. */
    public boolean significant() {
      return low > 0 || high < 0;
    }

    /** Whether B is better beyond doubt. */
    public boolean better() {
      return significant() && (difference() > 0) != metric.higherIsWorse();
    }

    /** Whether B is worse beyond doubt. */
    public boolean worse() {
      return significant() && (difference() > 0) == metric.higherIsWorse();
    }

    /** A value of this row's metric with its unit. */
    public String format(double value) {
      return Format.metric(metric, value, unit, currency);
    }

    /** The difference B - A with its sign and unit, and its 95 % interval. */
    public String differenceWithInterval() {
      return Format.difference(metric, difference(), unit, currency) + " [" + bound(low) + ", " + bound(high) + "]";
    }

    /** The 95 % interval of B - A, with its unit: {@code [-15.0, -9.6] t}. */
    public String interval() {
      String text = "[" + bound(low) + ", " + bound(high) + "]";
      return metric.dimension() == Metric.Dimension.SHARE ? text : text + " " + metric.unit(unit, currency);
    }

    private String bound(double value) {
      return metric.dimension() == Metric.Dimension.SHARE ? Format.points(value) : Format.number(value);
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

  /**
   * Compares the run folders {@code first} and {@code second} on {@code metrics}, per shared
   * material and, with several, over all of them (metrics with a total only).
   */
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
    String currency = summaryA.path("currency").asText();
    if (!currency.equals(summaryB.path("currency").asText())) {
      throw new ReportException(first + " counts money in " + currency + " and " + second + " in "
          + summaryB.path("currency").asText() + ": costs cannot be compared");
    }
    for (String material : materials) {
      String unitA = summaryA.path("materials").path(material).path("unit").asText();
      String unitB = summaryB.path("materials").path(material).path("unit").asText();
      if (!unitA.equals(unitB)) {
        throw new ReportException(material + " is measured in " + unitA + " in " + first + " and in " + unitB + " in "
            + second + ": its quantities cannot be compared");
      }
    }
    // Runs of different output formats may draw differently from the same seed (format 4 keyed the
    // shock processes' streams by name, format 5 computes demand noise with the engine's own
    // functions): only the same format pairs replicates.
    boolean paired = summaryA.path("seed").asLong() == summaryB.path("seed").asLong()
        && summaryA.path("replicates").asInt() == summaryB.path("replicates").asInt()
        && Math.min(a.manifest().path("outputFormat").asInt(1), Manifest.STREAMS_FORMAT)
            == Math.min(b.manifest().path("outputFormat").asInt(1), Manifest.STREAMS_FORMAT);
    Map<String, Map<String, double[]>> valuesA = values(a);
    Map<String, Map<String, double[]>> valuesB = values(b);
    List<Row> rows = new ArrayList<>();
    for (String material : materials) {
      String unit = summaryA.path("materials").path(material).path("unit").asText();
      for (Metric metric : metrics) {
        rows.add(row(material, metric, unit, currency, valuesA.get(material).get(metric.key()),
            valuesB.get(material).get(metric.key()), paired));
      }
    }
    if (materials.size() > 1) {
      for (Metric metric : metrics) {
        if (metric.hasTotal()) {
          rows.add(row(ALL_MATERIALS, metric, null, currency, valuesA.get(ALL_MATERIALS).get(metric.key()),
              valuesB.get(ALL_MATERIALS).get(metric.key()), paired));
        }
      }
    }
    return new RunComparison(a, b, paired, rows);
  }

  private static OutputFolder run(java.nio.file.Path path) throws ReportException {
    OutputFolder folder = OutputFolder.open(path);
    if (folder.kind() == OutputFolder.Kind.WORLD) {
      throw new ReportException(path + " holds a world run's results (several economies); compare it with another "
          + "world's folder, or one of its economies' folders (" + path.resolve(WorldWriter.ECONOMIES)
          + "/<id>) with a run's");
    }
    if (folder.kind() != OutputFolder.Kind.RUN) {
      throw new ReportException(path + " holds the results of a " + folder.kind().key() + "; compare takes two run "
          + "folders (of stockpile run)");
    }
    return folder;
  }

  /** Each replicate's value, by material (and {@link #ALL_MATERIALS}) and metric. */
  private static Map<String, Map<String, double[]>> values(OutputFolder folder) throws ReportException {
    Map<String, Map<String, List<Double>>> lists = new LinkedHashMap<>();
    for (Map<String, String> row : folder.csv("replicates.csv")) {
      collect(lists.computeIfAbsent(row.get("material"), key -> new LinkedHashMap<>()), row, Metric.MATERIAL);
    }
    Map<String, List<Double>> totals = lists.computeIfAbsent(ALL_MATERIALS, key -> new LinkedHashMap<>());
    for (Map<String, String> row : folder.csv("replicate-totals.csv")) {
      collect(totals, row, Metric.TOTAL);
    }
    Map<String, Map<String, double[]>> values = new LinkedHashMap<>();
    lists.forEach((material, byMetric) -> {
      Map<String, double[]> arrays = new LinkedHashMap<>();
      byMetric.forEach((metric, list) -> arrays.put(metric, list.stream().mapToDouble(Double::doubleValue).toArray()));
      values.put(material, arrays);
    });
    return values;
  }

  private static void collect(Map<String, List<Double>> byMetric, Map<String, String> row, List<Metric> metrics) {
    for (Metric metric : metrics) {
      String text = row.get(metric.key());
      byMetric.computeIfAbsent(metric.key(), key -> new ArrayList<>())
          .add(text == null || text.isEmpty() ? Double.NaN : Double.parseDouble(text));
    }
  }

  /**
   * For each scope whose rows hold the net cost and all its parts: the net cost's difference as the
   * sum of the parts' differences (they add up replicate by replicate, so their means do too).
   */
  public List<String> netCostArithmetic() {
    Map<String, Map<Metric, Row>> byScope = new LinkedHashMap<>();
    for (Row row : rows) {
      byScope.computeIfAbsent(row.material(), key -> new java.util.EnumMap<>(Metric.class)).put(row.metric(), row);
    }
    List<String> lines = new ArrayList<>();
    byScope.forEach((scope, byMetric) -> {
      Row net = byMetric.get(Metric.NET_COST);
      if (net == null || !byMetric.keySet().containsAll(Metric.COST_PARTS)) {
        return;
      }
      StringBuilder line = new StringBuilder(scope).append(": net cost B - A ")
          .append(Format.difference(Metric.NET_COST, net.difference(), null, net.currency())).append(" =");
      boolean first = true;
      for (Metric part : Metric.COST_PARTS) {
        double signed = part.signInNetCost() * byMetric.get(part).difference();
        line.append(signed < 0 ? " - " : first ? " " : " + ").append(Format.number(Math.abs(signed))).append(' ')
            .append(part.label());
        first = false;
      }
      lines.add(line.append(" (").append(net.currency()).append(')').toString());
    });
    return lines;
  }

  /**
   * The comparison in words: a headline saying which run is better, then each figure better or
   * worse beyond doubt (A, B, and B - A with its 95 % interval), and those with no clear difference.
   */
  public record Words(String headline, List<String> better, List<String> worse, List<String> unclear) {
    /** As lines for the terminal. */
    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      lines.add(headline);
      if (!better.isEmpty()) {
        lines.add("  B better on:");
        better.forEach(item -> lines.add("    " + item));
      }
      if (!worse.isEmpty()) {
        lines.add("  B worse on:");
        worse.forEach(item -> lines.add("    " + item));
      }
      if (!unclear.isEmpty()) {
        lines.add("  no clear difference on: " + String.join(", ", unclear));
      }
      return lines;
    }
  }

  /** The comparison in words. */
  public Words inWords() {
    List<Row> better = rows.stream().filter(Row::better).toList();
    List<Row> worse = rows.stream().filter(Row::worse).toList();
    List<String> unclear = rows.stream().filter(row -> !row.significant()).map(RunComparison::name).toList();
    String method = paired ? "paired 95 % intervals over the same replicates" : "Welch 95 % intervals";
    String headline = better.isEmpty() && worse.isEmpty()
        ? "No difference beyond chance between A and B on any of the " + rows.size() + " figures compared (" + method
            + ")."
        : (worse.isEmpty() ? "B is better than A" : better.isEmpty() ? "B is worse than A"
            : "B is better than A on some figures and worse on others") + " (" + method + "):";
    return new Words(headline, better.stream().map(RunComparison::describe).toList(),
        worse.stream().map(RunComparison::describe).toList(), unclear);
  }

  private static String describe(Row row) {
    return name(row) + ": " + row.format(row.a()) + " → " + row.format(row.b()) + ", B - A = "
        + row.differenceWithInterval();
  }

  private static String name(Row row) {
    return row.material() + " " + row.metric().label();
  }

  static Row row(String material, Metric metric, String unit, String currency, double[] x, double[] y,
      boolean paired) {
    double meanA = Student.mean(x);
    double meanB = Student.mean(y);
    double half;
    if (paired) {
      double[] differences = new double[x.length];
      for (int r = 0; r < x.length; r++) {
        differences[r] = y[r] - x[r];
      }
      half = Student.halfWidth(differences);
    } else {
      double va = Student.variance(x, meanA) / x.length;
      double vb = Student.variance(y, meanB) / y.length;
      double freedom = (va + vb) * (va + vb) / (va * va / (x.length - 1) + vb * vb / (y.length - 1));
      half = va + vb == 0 ? 0 : Student.quantile(freedom) * Math.sqrt(va + vb);
    }
    double difference = meanB - meanA;
    return new Row(material, metric, unit, currency, meanA, meanB, difference - half, difference + half);
  }

  public OutputFolder a() {
    return a;
  }

  public OutputFolder b() {
    return b;
  }

  /** Whether the intervals are paired (same seed, replicates and streams: common random numbers). */
  public boolean paired() {
    return paired;
  }

  public List<Row> rows() {
    return rows;
  }
}
