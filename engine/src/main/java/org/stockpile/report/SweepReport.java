package org.stockpile.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.stockpile.sweep.GridDesign;
import org.stockpile.sweep.LatinHypercubeDesign;
import org.stockpile.sweep.MorrisDesign;
import org.stockpile.sweep.OneAtATimeDesign;
import org.stockpile.sweep.SobolDesign;

/**
 * The report of a sweep: per metric, Sobol S1 and ST with their intervals in tornado order (or
 * Morris mu* against sigma), the time-varying indices of days of cover, each metric against each
 * input for designs without indices, and, after a nightly comparison, what moved.
 */
final class SweepReport {
  private static final int MOVED_ROWS = 40;
  /** Inputs labelled on a Morris chart (by mu*); the table below it lists every one. */
  static final int LABELLED_POINTS = 5;

  private SweepReport() {
  }

  static Page of(OutputFolder folder) throws ReportException {
    JsonNode manifest = folder.manifest();
    JsonNode indices = folder.json("indices.json");
    String design = manifest.path("design").asText();
    String spec = fileName(manifest.path("specFile").asText());
    Page page = new Page(spec, designName(design) + " sweep · " + manifest.path("points").asInt(indices.path("points")
        .asInt()) + " points × " + manifest.path("replicates").asInt() + " replicates · seed " + manifest.path("seed")
        .asLong() + " · Stockpile " + manifest.path("engineVersion").asText());
    page.paragraph("Base scenario " + fileName(manifest.path("scenarioFile").asText()) + "; " + indices.path("method")
        .asText("each point is a run of it with the parameters' values, on the same replicates") + ".");
    if (folder.has("compare.json")) {
      comparison(page, folder.json("compare.json"));
    }
    Map<String, String> labels = labels(indices, manifest);
    if (!labels.isEmpty()) {
      page.section("Inputs");
      Table.Builder inputs = Table.with("input", "path in the scenario");
      labels.forEach((path, label) -> inputs.row(label, path));
      page.table(inputs.build());
    }
    JsonNode metrics = indices.path("metrics");
    if (metrics.isEmpty()) {
      scatters(page, folder, labels);
    }
    for (var entries = metrics.fields(); entries.hasNext();) {
      var metric = entries.next();
      page.section(metric.getKey());
      if (MorrisDesign.NAME.equals(design)) {
        morris(page, metric.getKey(), metric.getValue(), labels);
      } else {
        sobol(page, metric.getKey(), metric.getValue(), labels);
      }
    }
    if (folder.has("timeindices.csv")) {
      timeIndices(page, folder.csv("timeindices.csv"), design, labels);
    }
    return page;
  }

  /** Each input's label by path (from indices.json, or the manifest), in the spec's order; the path where none. */
  private static Map<String, String> labels(JsonNode indices, JsonNode manifest) {
    Map<String, String> labels = new LinkedHashMap<>();
    indices.path("labels").fields().forEachRemaining(entry -> labels.put(entry.getKey(), entry.getValue().asText()));
    if (labels.isEmpty()) {
      JsonNode names = manifest.path("labels");
      JsonNode paths = manifest.path("parameters");
      for (int i = 0; i < paths.size(); i++) {
        labels.put(paths.get(i).asText(), names.path(i).asText(paths.get(i).asText()));
      }
    }
    return labels;
  }

  private static String label(Map<String, String> labels, String path) {
    return labels.getOrDefault(path, path);
  }

  private static void comparison(Page page, JsonNode compare) {
    page.section("Against the baseline");
    JsonNode moved = compare.path("moved");
    page.paragraph(moved.isEmpty()
        ? "Nothing moved: " + compare.path("compared").asInt() + " numbers compared with " + compare.path("baseline")
            .asText() + " at tolerance " + compare.path("tolerance").asDouble(Double.NaN) + "."
        : moved.size() + " of " + compare.path("compared").asInt() + " numbers moved against " + compare
            .path("baseline").asText() + " (tolerance " + compare.path("tolerance").asDouble(Double.NaN) + ": " + compare
            .path("rule").asText() + ")" + (moved.size() > MOVED_ROWS ? "; the first " + MOVED_ROWS + ":" : ":"));
    if (!moved.isEmpty()) {
      Table.Builder table = Table.with("what", "baseline", "now", "difference");
      for (int i = 0; i < Math.min(MOVED_ROWS, moved.size()); i++) {
        JsonNode item = moved.get(i);
        table.row(item.path("what").asText(), Format.number(item.path("baseline").asDouble(Double.NaN)),
            Format.number(item.path("current").asDouble(Double.NaN)), Format.number(item.path("difference").asDouble(Double.NaN)));
      }
      page.table(table.build());
    }
  }

  private static void sobol(Page page, String metric, JsonNode byParameter, Map<String, String> labels) {
    List<String> names = new ArrayList<>();
    byParameter.fieldNames().forEachRemaining(names::add);
    names.sort(Comparator.comparingDouble((String name) -> -byParameter.path(name).path("ST").path("estimate")
        .asDouble(Double.NaN)));
    Map<String, double[]> bars = new LinkedHashMap<>();
    Map<String, double[][]> intervals = new LinkedHashMap<>();
    for (String index : List.of("S1", "ST")) {
      bars.put(index, names.stream().mapToDouble(name -> byParameter.path(name).path(index).path("estimate")
          .asDouble(Double.NaN)).toArray());
      intervals.put(index, new double[][] {
          names.stream().mapToDouble(name -> byParameter.path(name).path(index).path("ci95").path(0).asDouble(Double.NaN))
              .toArray(),
          names.stream().mapToDouble(name -> byParameter.path(name).path(index).path("ci95").path(1).asDouble(Double.NaN))
              .toArray()});
    }
    List<String> shown = names.stream().map(name -> label(labels, name)).toList();
    page.chart(new Chart(id(metric, "sobol"), "Sobol indices: " + metric,
        "Share of the variance of " + metric + " (its mean over replicates at each point) due to each input alone "
            + "(S1) and with its interactions (ST), with 95 % bootstrap intervals; inputs in order of ST, the one that "
            + "matters most on top. ST well above S1: the input acts through interactions.",
        Charts.bars("share of variance", shown, bars, intervals, true), 120 + 42 * names.size()));
  }

  private static void morris(Page page, String metric, JsonNode byParameter, Map<String, String> labels) {
    List<Charts.Point> points = new ArrayList<>();
    Table.Builder table = Table.with("rank", "input", "mu*", "mu", "sigma");
    List<String> names = new ArrayList<>();
    byParameter.fieldNames().forEachRemaining(names::add);
    names.sort(Comparator.comparingDouble((String name) -> -byParameter.path(name).path("muStar").asDouble(Double.NaN)));
    for (int rank = 0; rank < names.size(); rank++) {
      String name = names.get(rank);
      JsonNode effects = byParameter.path(name);
      // The most influential inputs are labelled on the chart; every one is in the table, by rank.
      String shown = (rank + 1) + ". " + label(labels, name);
      points.add(new Charts.Point(shown, effects.path("muStar").asDouble(Double.NaN), effects.path("sigma").asDouble(Double.NaN),
          rank < LABELLED_POINTS));
      table.row(Integer.toString(rank + 1), label(labels, name), Format.number(effects.path("muStar").asDouble(Double.NaN)),
          Format.number(effects.path("mu").asDouble(Double.NaN)), Format.number(effects.path("sigma").asDouble(Double.NaN)));
    }
    page.chart(new Chart(id(metric, "morris"), "Morris screen: " + metric,
        "Each input's mean absolute elementary effect on " + metric + " (mu*, per unit of its range: how much it "
            + "matters) against their standard deviation (sigma: how much its effect depends on the other inputs or "
            + "bends). Inputs near the origin can be fixed. The " + Math.min(LABELLED_POINTS, names.size())
            + " with the largest mu* are labelled by rank; hover any point, or see the table.",
        Charts.scatter("mu*", "sigma", Map.of("inputs", points), true, true), 420));
    page.table(table.build());
  }

  private static void timeIndices(Page page, List<Map<String, String>> rows, String design,
      Map<String, String> labels) {
    boolean sobol = SobolDesign.NAME.equals(design);
    String index = sobol ? "ST" : "muStar";
    Map<String, List<Map<String, String>>> byMaterial = new LinkedHashMap<>();
    rows.forEach(row -> byMaterial.computeIfAbsent(row.get("material"), key -> new ArrayList<>()).add(row));
    page.section("Over time: days of cover");
    page.paragraph("Which inputs matter early in a crisis and which later: each material's days of cover (mean over "
        + "replicates) at the end of chosen days, and each input's " + (sobol ? "total Sobol index ST" : "Morris mu*")
        + " there.");
    for (Map.Entry<String, List<Map<String, String>>> material : byMaterial.entrySet()) {
      List<String> days = new ArrayList<>();
      Map<String, List<Double>> values = new LinkedHashMap<>();
      for (Map<String, String> row : material.getValue()) {
        String day = "day " + row.get("day") + " (" + row.get("date") + ")";
        if (!days.contains(day)) {
          days.add(day);
        }
        values.computeIfAbsent(label(labels, row.get("parameter")), key -> new ArrayList<>())
            .add(Double.parseDouble(row.get(index)));
      }
      Map<String, double[]> lines = new LinkedHashMap<>();
      values.forEach((parameter, list) -> lines.put(parameter, list.stream().mapToDouble(Double::doubleValue)
          .toArray()));
      page.chart(new Chart(id(material.getKey(), "cover-indices"), "Days of cover of " + material.getKey()
          + ", input by input", (sobol ? "Total Sobol index ST" : "Morris mu*") + " of " + material.getKey()
          + "'s days of cover at each chosen day, per input.", Charts.categoryLines("", sobol ? "ST" : "mu*", days,
          lines), 380));
    }
  }

  /** Designs without indices: each metric against each input, scaled to where it sits in its range. */
  private static void scatters(Page page, OutputFolder folder, Map<String, String> labels) throws ReportException {
    List<Map<String, String>> rows = folder.csv("points.csv");
    JsonNode manifest = folder.manifest();
    List<String> parameters = new ArrayList<>();
    manifest.path("parameters").forEach(name -> parameters.add(name.asText()));
    List<String> metrics = new ArrayList<>();
    manifest.path("metrics").forEach(name -> metrics.add(name.asText()));
    if (parameters.isEmpty() || metrics.isEmpty()) {
      page.paragraph("This sweep's manifest does not name its parameters and metrics (written before this version): "
          + "see points.csv.");
      return;
    }
    page.section("Points");
    page.paragraph(rows.size() + " points of a " + designName(manifest.path("design").asText()) + " design; each "
        + "chart shows a metric against every input, the input's value scaled to 0 (lowest in the sweep) to 1 "
        + "(highest).");
    for (String metric : metrics) {
      Map<String, List<Charts.Point>> groups = new LinkedHashMap<>();
      for (String parameter : parameters) {
        double[] x = rows.stream().mapToDouble(row -> Double.parseDouble(row.get(parameter))).toArray();
        double low = IntStream.range(0, x.length).mapToDouble(i -> x[i]).min().orElse(0);
        double high = IntStream.range(0, x.length).mapToDouble(i -> x[i]).max().orElse(1);
        List<Charts.Point> points = new ArrayList<>();
        for (int p = 0; p < rows.size(); p++) {
          points.add(new Charts.Point("point " + rows.get(p).get("point") + ": " + label(labels, parameter) + " = "
              + Format.number(x[p]), high > low ? (x[p] - low) / (high - low) : 0.5,
              Double.parseDouble(rows.get(p).get(metric))));
        }
        groups.put(label(labels, parameter), points);
      }
      page.chart(new Chart(id(metric, "points"), metric + " against each input", "Each point of the sweep, once per "
          + "input; hover for the point and the input's value.", Charts.scatter("input, scaled to its range", metric,
          groups, false, false), 380));
    }
  }

  private static String designName(String design) {
    return switch (design) {
      case SobolDesign.NAME -> "Sobol";
      case MorrisDesign.NAME -> "Morris";
      case LatinHypercubeDesign.NAME -> "Latin hypercube";
      case GridDesign.NAME -> "grid";
      case OneAtATimeDesign.NAME -> "one-at-a-time";
      default -> design;
    };
  }

  private static String fileName(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  private static String id(String name, String what) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "-" + what;
  }
}
