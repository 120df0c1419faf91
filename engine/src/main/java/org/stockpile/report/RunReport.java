package org.stockpile.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockpile.model.Material;
import org.stockpile.model.Scenario;
import org.stockpile.model.Shock;
import org.stockpile.model.StockpileTier;
import org.stockpile.output.RunWriter;
import org.stockpile.scenario.ScenarioException;
import org.stockpile.scenario.ScenarioLoader;

/**
 * The report of a run: a headline table, then per material a fan chart of days of cover (p5-p95
 * band, median, each tier's target, scheduled shocks shaded), the distribution of its shortfall
 * over replicates (mean and CVaR95 marked), releases and loans over time, and the costs of every
 * material side by side.
 */
final class RunReport {
  private static final int BINS = 40;

  private RunReport() {
  }

  static Page of(OutputFolder folder) throws ReportException {
    JsonNode summary = folder.json("summary.json");
    JsonNode manifest = folder.manifest();
    Scenario scenario = scenario(folder);
    List<String> materials = new ArrayList<>();
    summary.path("materials").fieldNames().forEachRemaining(materials::add);
    String name = summary.path("scenario").asText();
    Page page = new Page(name, summary.path("replicates").asInt() + " replicates × " + summary.path("horizonDays")
        .asInt() + " days · seed " + summary.path("seed").asLong() + " · Stockpile " + manifest.path("engineVersion")
        .asText() + " · run " + manifest.path("start").asText().replace('T', ' ').replaceAll("\\.\\d+Z$", " UTC"));
    if (scenario != null && scenario.description() != null) {
      page.paragraph(scenario.description());
    }
    page.section("Headline");
    page.table(headline(summary, materials, scenario));
    page.paragraph("P(shortfall): share of replicates short on at least one day. Expected shortfall: mean units "
        + "unmet over the horizon; CVaR95: mean of the worst 5 % of replicates. Compliance: share of days at or above "
        + "the target. Fill rate: share of demand served.");
    Map<String, List<Map<String, String>>> days = byMaterial(folder.csv("timeseries.csv"));
    Map<String, List<Double>> shortfalls = shortfalls(folder.csv("replicates.csv"));
    for (String material : materials) {
      List<Map<String, String>> rows = days.getOrDefault(material, List.of());
      page.section(material);
      Material model = scenario == null ? null : scenario.materials().get(material);
      page.chart(cover(material, rows, model, scenario));
      page.chart(shortfall(material, summary.path("materials").path(material), shortfalls.get(material), model));
      if (model == null || model.stockpiles().values().stream().anyMatch(tier -> tier.release() != null)) {
        page.chart(releases(material, rows, model, scenario));
      }
    }
    page.section("Costs");
    page.chart(costs(summary, materials, scenario));
    if (scenario == null) {
      page.paragraph("The folder holds no copy of the scenario (runs before this version): tier targets and "
          + "scheduled shocks are not drawn.");
    }
    return page;
  }

  private static Scenario scenario(OutputFolder folder) {
    for (String file : List.of(RunWriter.SCENARIO_YAML, RunWriter.SCENARIO_JSON)) {
      if (folder.has(file)) {
        try {
          return ScenarioLoader.load(folder.path().resolve(file));
        } catch (ScenarioException e) {
          return null;
        }
      }
    }
    return null;
  }

  private static Table headline(JsonNode summary, List<String> materials, Scenario scenario) {
    Table.Builder table = Table.with("material", "P(shortfall)", "expected shortfall", "CVaR95 shortfall",
        "shortfall days", "compliance", "fill rate", "total cost");
    String currency = scenario == null || scenario.currency() == null ? "" : " " + scenario.currency();
    for (String material : materials) {
      JsonNode metrics = summary.path("materials").path(material);
      String unit = scenario == null ? "" : " " + scenario.materials().get(material).unit();
      table.row(row(material, metrics, unit, currency));
    }
    table.row(row("total", summary.path("total"), "", currency));
    return table.build();
  }

  private static String[] row(String name, JsonNode metrics, String unit, String currency) {
    return new String[] {name, Format.percent(metrics.path("shortfallUnits").path("probPositive").asDouble()),
        Format.number(metrics.path("shortfallUnits").path("mean").asDouble()) + unit,
        Format.number(metrics.path("shortfallUnits").path("cvar95").asDouble()) + unit,
        Format.number(metrics.path("shortfallDays").path("mean").asDouble()),
        Format.percent(metrics.path("compliance").path("mean").asDouble()),
        Format.percent(metrics.path("fillRate").path("mean").asDouble()),
        Format.number(metrics.path("totalCost").path("mean").asDouble()) + currency};
  }

  private static Chart cover(String material, List<Map<String, String>> rows, Material model, Scenario scenario) {
    List<Charts.Level> levels = new ArrayList<>();
    if (model != null) {
      double total = 0;
      for (Map.Entry<String, StockpileTier> tier : model.stockpiles().entrySet()) {
        levels.add(new Charts.Level(tier.getKey() + " target " + Format.number(tier.getValue().targetDays()) + " d",
            tier.getValue().targetDays()));
        total += tier.getValue().targetDays();
      }
      if (model.stockpiles().size() > 1) {
        levels.add(new Charts.Level("total target " + Format.number(total) + " d", total));
      }
    }
    return new Chart(id(material, "cover"), "Days of cover: " + material,
        "Stock of every tier together, in days of reference consumption, over replicates: the band holds 90 % of "
            + "them (p5 to p95), the line is the median. Dashed: each tier's target. Shaded: scheduled shocks that "
            + "reach " + material + ".",
        Charts.fan("days of cover", dates(rows), column(rows, "daysOfCover_p5"), column(rows, "daysOfCover_p50"),
            column(rows, "daysOfCover_p95"), levels, spans(material, scenario)), 380);
  }

  private static Chart shortfall(String material, JsonNode metrics, List<Double> values, Material model) {
    double[] shortfalls = values == null ? new double[0] : values.stream().mapToDouble(Double::doubleValue).toArray();
    double mean = metrics.path("shortfallUnits").path("mean").asDouble();
    double cvar = metrics.path("shortfallUnits").path("cvar95").asDouble();
    String unit = model == null ? "units" : model.unit();
    return new Chart(id(material, "shortfall"), "Total shortfall over the horizon: " + material,
        "How many replicates ended with how much demand unmet (" + unit + "); " + Format.percent(metrics
            .path("shortfallUnits").path("probPositive").asDouble()) + " of them were short at least once. Marked: "
            + "the mean and CVaR95 (the mean of the worst 5 %).",
        Charts.histogram("shortfall (" + unit + ")", shortfalls, BINS, List.of(
            new Charts.Mark("mean " + Format.number(mean), mean), new Charts.Mark("CVaR95 " + Format.number(cvar),
                cvar))), 300);
  }

  private static Chart releases(String material, List<Map<String, String>> rows, Material model, Scenario scenario) {
    Map<String, double[]> lines = new LinkedHashMap<>();
    lines.put("released per day, p50", column(rows, "released_p50"));
    lines.put("released per day, p95", column(rows, "released_p95"));
    lines.put("loans outstanding, p50", column(rows, "loansOutstanding_p50"));
    lines.put("loans outstanding, p95", column(rows, "loansOutstanding_p95"));
    String unit = model == null ? "units" : model.unit();
    return new Chart(id(material, "releases"), "Releases and loans: " + material,
        "Units released per day by tiers with a release rule (sales and loans) and loans still owed to them, "
            + "median and 95th percentile over replicates (" + unit + "). A p95 of zero means fewer than 5 % of "
            + "replicates released on that day.",
        Charts.lines(unit, dates(rows), lines, spans(material, scenario)), 300);
  }

  private static Chart costs(JsonNode summary, List<String> materials, Scenario scenario) {
    Map<String, double[]> parts = new LinkedHashMap<>();
    for (String[] part : new String[][] {{"acquisition", "acquisitionCost"}, {"holding", "holdingCost"},
        {"shortage", "shortageCost"}}) {
      double[] values = new double[materials.size()];
      for (int m = 0; m < materials.size(); m++) {
        values[m] = summary.path("materials").path(materials.get(m)).path(part[1]).path("mean").asDouble();
      }
      parts.put(part[0], values);
    }
    String currency = scenario == null || scenario.currency() == null ? "currency" : scenario.currency();
    return new Chart("costs", "Expected cost by material",
        "Mean over replicates of what buying, holding and running short cost over the horizon (" + currency + ").",
        Charts.stackedBars(currency, materials, parts), 320);
  }

  /** Scheduled shocks that reach {@code material}, as dates. */
  private static List<Charts.Span> spans(String material, Scenario scenario) {
    List<Charts.Span> spans = new ArrayList<>();
    if (scenario == null) {
      return spans;
    }
    LocalDate start = scenario.run().startDate();
    for (int i = 0; i < scenario.shocks().size(); i++) {
      Shock shock = scenario.shocks().get(i);
      if (!shock.materials().isEmpty() && !shock.materials().contains(material)) {
        continue;
      }
      long from = shock.start().resolve(start);
      long to = from + shock.durationDays() + shock.rampUpDays() + shock.recoveryDays();
      String label = shock.name() != null ? shock.name() : kind(shock) + " " + (i + 1);
      spans.add(new Charts.Span(label, start.plusDays(from).toString(), start.plusDays(to).toString()));
    }
    return spans;
  }

  private static String kind(Shock shock) {
    String simple = shock.getClass().getSimpleName();
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  private static Map<String, List<Map<String, String>>> byMaterial(List<Map<String, String>> rows) {
    Map<String, List<Map<String, String>>> by = new LinkedHashMap<>();
    for (Map<String, String> row : rows) {
      by.computeIfAbsent(row.get("material"), key -> new ArrayList<>()).add(row);
    }
    return by;
  }

  private static Map<String, List<Double>> shortfalls(List<Map<String, String>> rows) {
    Map<String, List<Double>> by = new LinkedHashMap<>();
    for (Map<String, String> row : rows) {
      by.computeIfAbsent(row.get("material"), key -> new ArrayList<>()).add(number(row.get("shortfallUnits")));
    }
    return by;
  }

  private static List<String> dates(List<Map<String, String>> rows) {
    return rows.stream().map(row -> row.get("date")).toList();
  }

  private static double[] column(List<Map<String, String>> rows, String name) {
    double[] values = new double[rows.size()];
    for (int t = 0; t < values.length; t++) {
      values[t] = number(rows.get(t).get(name));
    }
    return values;
  }

  private static double number(String text) {
    return text == null || text.isEmpty() ? Double.NaN : Double.parseDouble(text);
  }

  /** A chart id from a material id and what the chart shows. */
  private static String id(String material, String what) {
    return material.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + what;
  }
}
