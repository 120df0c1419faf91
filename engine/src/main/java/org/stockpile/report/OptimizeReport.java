package org.stockpile.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report of a search: the best decisions against the scenario as written, per material and
 * tier; each objective in sample and on fresh replicates (with 95 % intervals); the Pareto front
 * with the scenario as written marked; and how the search converged.
 */
final class OptimizeReport {
  private static final Pattern TIER_DAYS = Pattern.compile(
      "materials\\.([^.]+)\\.stockpiles\\.([^.]+)\\.(targetDays|initialDays)");

  private OptimizeReport() {
  }

  static Page of(OutputFolder folder) throws ReportException {
    JsonNode manifest = folder.manifest();
    JsonNode best = folder.json("best.json");
    JsonNode validation = folder.json("validation.json");
    List<String> objectives = new ArrayList<>();
    best.path("objectives").forEach(name -> objectives.add(name.asText()));
    String spec = manifest.path("specFile").asText().replaceAll(".*/", "");
    Page page = new Page(spec, "Search over " + manifest.path("scenarioFile").asText().replaceAll(".*/", "") + " · "
        + manifest.path("population").asInt() + " candidates × " + manifest.path("generations").asInt()
        + " generations · " + manifest.path("replicates").asInt() + " replicates · seed " + manifest.path("seed")
        .asLong() + " · Stockpile " + manifest.path("engineVersion").asText());
    boolean baseline = best.has("baseline");
    page.section("Objectives");
    page.paragraph(best.path("best").path("feasible").asBoolean(true)
        ? "The best candidate meets every constraint." : "No candidate met every constraint; this one misses least.");
    page.table(objectiveTable(objectives, validation, baseline, best));
    page.paragraph("In sample: on the " + manifest.path("replicates").asInt() + " replicates the search scored every "
        + "candidate on. Out of sample: on " + validation.path("replicates").asInt() + " fresh replicates, with 95 % "
        + "intervals; the difference is paired (same replicates), so overfitting to the sample shows.");
    for (String objective : objectives) {
      page.chart(inAndOut(objective, validation.path("objectives").path(objective), baseline));
    }
    if (best.path("best").path("constraints").size() > 0) {
      page.section("Constraints");
      page.table(constraintTable(best, baseline));
      page.paragraph("Each constraint's bound, and where the best candidate" + (baseline ? " and the scenario as "
          + "written stand" : " stands") + " against it on the search's replicates: slack is how far a constraint "
          + "is met (negative: missed by that much).");
    }
    page.section("Decisions");
    page.table(decisionTable(best, baseline));
    decisionChart(best, baseline, page);
    if (folder.has("pareto.csv") && objectives.size() >= 2) {
      page.section("Pareto front");
      page.chart(front(folder.csv("pareto.csv"), objectives, best, baseline));
    }
    page.section("Convergence");
    page.chart(convergence(folder.csv("history.csv"), objectives.getFirst()));
    return page;
  }

  private static Table objectiveTable(List<String> objectives, JsonNode validation, boolean baseline,
      JsonNode best) {
    Table.Builder table = Table.with("objective", "best, in sample", "as written, in sample", "best, fresh",
        "as written, fresh", "difference, fresh");
    for (String objective : objectives) {
      JsonNode scores = validation.path("objectives").path(objective);
      String unit = best.path("objectiveUnits").path(objective).asText("");
      table.row(objective + (unit.isEmpty() ? "" : " (" + unit + ")"),
          Format.number(scores.path("best").path("inSample").asDouble(Double.NaN)),
          baseline ? Format.number(scores.path("baseline").path("inSample").asDouble(Double.NaN)) : "–",
          interval(scores.path("best")), baseline ? interval(scores.path("baseline")) : "–",
          baseline ? interval(scores.path("difference")) : "–");
    }
    return table.build();
  }

  private static String interval(JsonNode estimate) {
    if (estimate.isMissingNode()) {
      return "–";
    }
    return Format.number(estimate.path("mean").asDouble(Double.NaN)) + " [" + Format.number(estimate.path("ci95").path(0)
        .asDouble(Double.NaN)) + ", " + Format.number(estimate.path("ci95").path(1).asDouble(Double.NaN)) + "]";
  }

  private static Chart inAndOut(String objective, JsonNode scores, boolean baseline) {
    Map<String, double[]> bars = new LinkedHashMap<>();
    Map<String, double[][]> intervals = new LinkedHashMap<>();
    if (baseline) {
      bars.put("as written", new double[] {scores.path("baseline").path("inSample").asDouble(Double.NaN),
          scores.path("baseline").path("mean").asDouble(Double.NaN)});
      intervals.put("as written", new double[][] {{Double.NaN, scores.path("baseline").path("ci95").path(0)
          .asDouble(Double.NaN)}, {Double.NaN, scores.path("baseline").path("ci95").path(1).asDouble(Double.NaN)}});
    }
    bars.put("best", new double[] {scores.path("best").path("inSample").asDouble(Double.NaN), scores.path("best").path("mean")
        .asDouble(Double.NaN)});
    intervals.put("best", new double[][] {{Double.NaN, scores.path("best").path("ci95").path(0).asDouble(Double.NaN)},
        {Double.NaN, scores.path("best").path("ci95").path(1).asDouble(Double.NaN)}});
    return new Chart(id(objective, "samples"), objective + ": in sample and on fresh replicates",
        "The best candidate" + (baseline ? " and the scenario as written" : "") + " on the search's replicates and on "
            + "fresh ones (95 % interval): a best that only wins in sample was fitted to it.",
        Charts.bars(objective, List.of("in sample", "fresh replicates"), bars, intervals, false), 320);
  }

  private static Table decisionTable(JsonNode best, boolean baseline) {
    Table.Builder table = Table.with("decision", "as written", "best", "path in the scenario");
    for (var decisions = best.path("best").path("decisions").fields(); decisions.hasNext();) {
      var decision = decisions.next();
      table.row(label(best, decision.getKey()), baseline ? Format.number(best.path("baseline").path("decisions")
          .path(decision.getKey()).asDouble(Double.NaN)) : "–", Format.number(decision.getValue().asDouble(Double.NaN)),
          decision.getKey());
    }
    return table.build();
  }

  private static Table constraintTable(JsonNode best, boolean baseline) {
    Table.Builder table = Table.with("constraint", "bound", "best", "slack, best", "as written", "slack, as written");
    for (var constraints = best.path("best").path("constraints").fields(); constraints.hasNext();) {
      var constraint = constraints.next();
      JsonNode chosen = constraint.getValue();
      JsonNode written = best.path("baseline").path("constraints").path(constraint.getKey());
      String unit = chosen.path("unit").asText("");
      table.row(constraint.getKey(), bound(chosen, unit), Format.withUnit(chosen.path("value").asDouble(Double.NaN), unit),
          slack(chosen, unit), baseline ? Format.withUnit(written.path("value").asDouble(Double.NaN), unit) : "–",
          baseline ? slack(written, unit) : "–");
    }
    return table.build();
  }

  private static String bound(JsonNode constraint, String unit) {
    boolean low = constraint.has("min");
    boolean high = constraint.has("max");
    String min = Format.withUnit(constraint.path("min").asDouble(Double.NaN), unit);
    String max = Format.withUnit(constraint.path("max").asDouble(Double.NaN), unit);
    return low && high ? min + " to " + max : low ? "at least " + min : "at most " + max;
  }

  private static String slack(JsonNode constraint, String unit) {
    double slack = constraint.path("slack").asDouble(Double.NaN);
    if (Double.isNaN(slack)) {
      return "not simulated";
    }
    return slack >= 0 ? Format.withUnit(slack, unit) + " (met)" : Format.withUnit(slack, unit) + " (missed)";
  }

  /** A decision's label (best.json's labels), or its path. */
  private static String label(JsonNode best, String path) {
    return best.path("labels").path(path).asText(path);
  }

  /** Days per material and tier (the decisions that are target or initial days), as written and best. */
  private static void decisionChart(JsonNode best, boolean baseline, Page page) {
    List<String> labels = new ArrayList<>();
    List<Double> chosen = new ArrayList<>();
    List<Double> written = new ArrayList<>();
    for (var decisions = best.path("best").path("decisions").fields(); decisions.hasNext();) {
      var decision = decisions.next();
      Matcher days = TIER_DAYS.matcher(decision.getKey());
      if (days.matches()) {
        labels.add(days.group(1) + " · " + days.group(2) + (days.group(3).equals("initialDays") ? " (initial)" : ""));
        chosen.add(decision.getValue().asDouble(Double.NaN));
        written.add(best.path("baseline").path("decisions").path(decision.getKey()).asDouble(Double.NaN));
      }
    }
    if (labels.isEmpty()) {
      return;
    }
    Map<String, double[]> bars = new LinkedHashMap<>();
    if (baseline) {
      bars.put("as written", written.stream().mapToDouble(Double::doubleValue).toArray());
    }
    bars.put("best", chosen.stream().mapToDouble(Double::doubleValue).toArray());
    page.chart(new Chart("allocation", "Days of reserve per material and tier",
        "Target (or initial) days of each tier the search decided on, against the scenario as written.",
        Charts.bars("days", labels, bars, Map.of(), false), 340));
  }

  private static Chart front(List<Map<String, String>> rows, List<String> objectives, JsonNode best,
      boolean baseline) {
    String x = objectives.get(0);
    String y = objectives.get(1);
    Map<String, List<Charts.Point>> groups = new LinkedHashMap<>();
    List<Charts.Point> front = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      front.add(new Charts.Point("candidate " + (i + 1), Double.parseDouble(rows.get(i).get(x)),
          Double.parseDouble(rows.get(i).get(y))));
    }
    groups.put("front", front);
    groups.put("best on " + x, List.of(new Charts.Point("best", best.path("best").path("objectives").path(x)
        .asDouble(Double.NaN), best.path("best").path("objectives").path(y).asDouble(Double.NaN))));
    if (baseline) {
      groups.put("as written", List.of(new Charts.Point("as written", best.path("baseline").path("objectives")
          .path(x).asDouble(Double.NaN), best.path("baseline").path("objectives").path(y).asDouble(Double.NaN))));
    }
    return new Chart("pareto", "Pareto front: " + x + " against " + y,
        "Candidates no other beats on both objectives (in sample); the diamonds mark the best on " + x
            + (baseline ? " and the scenario as written" : "") + ".",
        Charts.scatter(x, y, groups, false, false), 420);
  }

  private static Chart convergence(List<Map<String, String>> rows, String objective) {
    List<String> generations = rows.stream().map(row -> row.get("generation")).toList();
    Map<String, double[]> lines = new LinkedHashMap<>();
    lines.put("best", rows.stream().mapToDouble(row -> number(row.get("best"))).toArray());
    lines.put("mean of the population", rows.stream().mapToDouble(row -> number(row.get("mean"))).toArray());
    return new Chart("convergence", "Convergence: " + objective,
        "Best and mean " + objective + " of each generation (feasible candidates).",
        Charts.categoryLines("generation", objective, generations, lines), 320);
  }

  private static double number(String text) {
    return text == null || text.isEmpty() ? Double.NaN : Double.parseDouble(text);
  }

  private static String id(String name, String what) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + what;
  }
}
