package org.stockpile.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.stockpile.check.ScenarioException;
import org.stockpile.metrics.Metric;
import org.stockpile.model.Material;
import org.stockpile.model.Scenario;
import org.stockpile.model.StockpileTier;
import org.stockpile.output.RunWriter;
import org.stockpile.output.WorldWriter;
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
    Page page = new Page(summary.path("scenario").asText(), subtitle(summary, folder.manifest()));
    Scenario scenario = scenario(folder);
    if (scenario != null && scenario.description() != null) {
      page.paragraph(scenario.description());
    }
    into(page, folder, scenario);
    return page;
  }

  /** What a report says under its title: replicates, days, seed, the engine's version and when the run began. */
  static String subtitle(JsonNode summary, JsonNode manifest) {
    return summary.path("replicates").asInt() + " replicates × " + summary.path("horizonDays").asInt()
        + " days · seed " + summary.path("seed").asLong() + " · Stockpile " + manifest.path("engineVersion").asText()
        + " · run " + manifest.path("start").asText().replace('T', ' ').replaceAll("\\.\\d+Z$", " UTC");
  }

  /**
   * The report of the run folder {@code folder}, below its title and description, into {@code page}:
   * a page of its own or a part of a larger one (an economy of a world's report).
   */
  static void into(Page page, OutputFolder folder) throws ReportException {
    into(page, folder, scenario(folder));
  }

  private static void into(Page page, OutputFolder folder, Scenario scenario) throws ReportException {
    JsonNode summary = folder.json("summary.json");
    List<String> materials = new ArrayList<>();
    summary.path("materials").fieldNames().forEachRemaining(materials::add);
    Map<String, List<Map<String, String>>> days = byMaterial(folder.csv("timeseries.csv"));
    Map<String, List<Map<String, String>>> replicates = byMaterial(folder.csv("replicates.csv"));
    page.section("Verdict");
    Verdict.of(summary, scenario, replicates, days).forEach(page::paragraph);
    page.section("Headline");
    page.table(headline(summary, materials));
    page.paragraph("P(shortfall): share of replicates short on at least one day. Expected shortfall: mean unmet over "
        + "the horizon; CVaR95: mean of the worst 5 % of replicates; while stock held: the part of the expected "
        + "shortfall that came on days some tier still held stock (held back by release rules). Lowest cover p5: the "
        + "lowest days of cover reached, in the worst 5 % of replicates. Compliance: share of days at or above the "
        + "total target. Fill rate: share of demand served."
        + (materials.size() > 1 ? " All materials: P(any material short), days with any short, the lowest cover of "
            + "any, days with every one at target, fill rate by value at base prices, costs added; quantities are not "
            + "added across materials." : ""));
    for (String material : materials) {
      List<Map<String, String>> rows = days.getOrDefault(material, List.of());
      String unit = summary.path("materials").path(material).path("unit").asText("units");
      page.section(material);
      Material model = scenario == null ? null : scenario.materials().get(material);
      page.chart(cover(material, rows, model, scenario));
      page.chart(dailyShortfall(material, rows, unit, scenario));
      page.chart(shortfall(material, summary.path("materials").path(material), values(replicates.get(material)),
          unit));
      if (model == null || model.stockpiles().values().stream().anyMatch(tier -> tier.release() != null)) {
        page.chart(releases(material, rows, unit, scenario));
      }
    }
    page.section("Costs");
    page.table(costTable(summary, materials));
    page.paragraph(costWords(summary));
    page.chart(costs(summary, materials));
    if (anyExcess(summary, materials)) {
      page.section("Bought but not stored");
      page.table(excessTable(summary, materials));
      page.paragraph("Supply that arrived beyond demand when no tier could take it: every tier at its target or "
          + "capacity, a budget or daily buying cap reached, or a tier that does not buy while the material is "
          + "shocked. Nothing is thrown away: it waits unstored (the unstored_* columns of timeseries.csv), serves "
          + "demand first on the next days, and goes into the tiers as soon as one may take it; orders count it as "
          + "held. The figure is what each day adds to what already waited.");
    }
    if (scenario == null) {
      page.paragraph("The folder holds no copy of the scenario (runs before this version): tier targets and "
          + "scheduled shocks are not drawn.");
    }
  }

  private static Scenario scenario(OutputFolder folder) {
    Path worldFolder = folder.path().toAbsolutePath().normalize().getParent();
    if (worldFolder != null && worldFolder.getFileName() != null
        && worldFolder.getFileName().toString().equals(WorldWriter.ECONOMIES)) {
      // An economy of a world's results: its view of the world's scenario.
      Path world = worldFolder.getParent().resolve(RunWriter.SCENARIO_YAML);
      String economy = folder.path().toAbsolutePath().normalize().getFileName().toString();
      try {
        if (java.nio.file.Files.isRegularFile(world) && ScenarioLoader.declaresEconomies(world)) {
          return ScenarioLoader.loadWorld(world, List.of()).world().economyView(economy).scenario();
        }
      } catch (ScenarioException | RuntimeException e) {
        return null;
      }
    }
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

  private static Table headline(JsonNode summary, List<String> materials) {
    Table.Builder table = Table.with("material", "P(shortfall)", "expected shortfall", "CVaR95 shortfall",
        "while stock held", "days short", "lowest cover, p5", "compliance", "fill rate", "net cost");
    String currency = summary.path("currency").asText("");
    for (String material : materials) {
      JsonNode metrics = summary.path("materials").path(material);
      String unit = metrics.path("unit").asText("");
      table.row(material, Format.percent(metrics.path("shortfallUnits").path("probPositive").asDouble()),
          Format.withUnit(mean(metrics, "shortfallUnits"), unit),
          Format.withUnit(metrics.path("shortfallUnits").path("cvar95").asDouble(), unit),
          Format.withUnit(mean(metrics, "shortfallWithStockUnits"), unit),
          Format.days(mean(metrics, "shortfallDays")),
          Format.days(metrics.path("minDaysOfCover").path("p5").asDouble()),
          Format.percent(mean(metrics, "compliance")), Format.percent(mean(metrics, "fillRate")),
          Format.withUnit(mean(metrics, "netCost"), currency));
    }
    if (materials.size() > 1) {
      JsonNode total = summary.path("total");
      table.row("all materials", Format.percent(total.path("shortfallDays").path("probPositive").asDouble()), "–",
          "–", "–", Format.days(mean(total, "shortfallDays")),
          Format.days(total.path("minDaysOfCover").path("p5").asDouble()), Format.percent(mean(total, "compliance")),
          Format.percent(mean(total, "fillRate")), Format.withUnit(mean(total, "netCost"), currency));
    }
    return table.build();
  }

  private static double mean(JsonNode metrics, String metric) {
    return metrics.path(metric).path("mean").asDouble();
  }

  private static Chart cover(String material, List<Map<String, String>> rows, Material model, Scenario scenario) {
    List<Charts.Level> levels = new ArrayList<>();
    if (model != null) {
      double total = 0;
      for (Map.Entry<String, StockpileTier> tier : model.stockpiles().entrySet()) {
        double days = model.targetCoverDays(tier.getKey(), scenario.economy());
        levels.add(new Charts.Level(tier.getKey() + " target " + Verdict.target(tier.getValue(), days), days));
        total += days;
      }
      if (model.stockpiles().size() > 1) {
        levels.add(new Charts.Level("total target " + Format.number(total) + " d", total));
      }
    }
    return new Chart(id(material, "cover"), "Days of cover: " + material,
        "Stock of every tier together, in days of reference consumption, over replicates: the band holds 90 % of "
            + "them (p5 to p95), the line is the median. Dashed: each tier's target (one on the net-import basis at its days of cover on day 0). Shaded: scheduled shocks that "
            + "reach " + material + ".",
        Charts.fan("days of cover", dates(rows), column(rows, "daysOfCover_p5"), column(rows, "daysOfCover_p50"),
            column(rows, "daysOfCover_p95"), levels, ShockSpans.dated(scenario, material)), 380);
  }

  private static Chart dailyShortfall(String material, List<Map<String, String>> rows, String unit,
      Scenario scenario) {
    return new Chart(id(material, "daily-shortfall"), "Shortfall per day: " + material,
        "Demand left unmet each day (" + unit + "/day), over replicates: the line is the median, the band reaches the "
            + "95th percentile (one replicate in twenty is short by more). Shaded: scheduled shocks that reach "
            + material + ".",
        Charts.band(unit + "/day", dates(rows), "median", column(rows, "shortfall_p50"), "p95",
            column(rows, "shortfall_p95"), ShockSpans.dated(scenario, material)), 300);
  }

  private static Chart shortfall(String material, JsonNode metrics, double[] shortfalls, String unit) {
    double mean = metrics.path("shortfallUnits").path("mean").asDouble();
    double cvar = metrics.path("shortfallUnits").path("cvar95").asDouble();
    return new Chart(id(material, "shortfall"), "Total shortfall over the horizon: " + material,
        "How many replicates ended with how much demand unmet (" + unit + "); " + Format.percent(metrics
            .path("shortfallUnits").path("probPositive").asDouble()) + " of them were short at least once. Marked: "
            + "the mean and CVaR95 (the mean of the worst 5 %).",
        Charts.histogram("shortfall (" + unit + ")", shortfalls, BINS, List.of(
            new Charts.Mark("mean " + Format.withUnit(mean, unit), mean), new Charts.Mark("CVaR95 "
                + Format.withUnit(cvar, unit), cvar))), 300);
  }

  private static Chart releases(String material, List<Map<String, String>> rows, String unit, Scenario scenario) {
    Map<String, double[]> released = new LinkedHashMap<>();
    released.put("released per day, p50", column(rows, "released_p50"));
    released.put("released per day, p95", column(rows, "released_p95"));
    Map<String, double[]> loans = new LinkedHashMap<>();
    loans.put("loans outstanding, p50", column(rows, "loansOutstanding_p50"));
    loans.put("loans outstanding, p95", column(rows, "loansOutstanding_p95"));
    return new Chart(id(material, "releases"), "Releases and loans: " + material,
        "Left axis: units released per day by tiers with a release rule (sales and loans), in " + unit + "/day. Right "
            + "axis: loans still owed to them, in " + unit + ". Median and 95th percentile over replicates; a p95 of "
            + "zero means fewer than 5 % of replicates released on that day.",
        Charts.twoAxes(unit + "/day released", unit + " owed", dates(rows), released, loans,
            ShockSpans.dated(scenario, material)), 320);
  }

  private static Chart costs(JsonNode summary, List<String> materials) {
    Map<String, double[]> parts = new LinkedHashMap<>();
    for (Metric part : Metric.COST_PARTS) {
      double[] values = new double[materials.size()];
      for (int m = 0; m < materials.size(); m++) {
        values[m] = part.signInNetCost() * mean(summary.path("materials").path(materials.get(m)), part.key());
      }
      parts.put(part.label(), values);
    }
    String currency = summary.path("currency").asText("currency");
    return new Chart("costs", "Expected net cost by material",
        "Mean over replicates of each part of the net cost (" + currency + "): above zero what the reserve and the "
            + "shortfall cost, below zero the credits, the stock used (at the base price) and the value of the stock "
            + "left at the end. The net cost is the sum.",
        Charts.stackedBars(currency, materials, parts), 320);
  }

  /** The net cost's parts, per material and in total: what a budget office reads. */
  private static Table costTable(JsonNode summary, List<String> materials) {
    List<String> header = new ArrayList<>(List.of("material"));
    Metric.COST_PARTS.forEach(part -> header.add(part.signInNetCost() < 0 ? "− " + part.label() : part.label()));
    header.add(Metric.NET_COST.label());
    header.add(Metric.LOAN_PREMIUMS.label());
    Table.Builder table = Table.with(header.toArray(String[]::new));
    String currency = summary.path("currency").asText("");
    List<String> scopes = new ArrayList<>(materials);
    if (materials.size() > 1) {
      scopes.add("all materials");
    }
    for (String scope : scopes) {
      JsonNode metrics = scope.equals("all materials") ? summary.path("total") : summary.path("materials").path(scope);
      List<String> row = new ArrayList<>(List.of(scope));
      Metric.COST_PARTS.forEach(part -> row.add(Format.withUnit(mean(metrics, part.key()), currency)));
      row.add(Format.withUnit(mean(metrics, Metric.NET_COST.key()), currency));
      row.add(Format.withUnit(mean(metrics, Metric.LOAN_PREMIUMS.key()), currency));
      table.row(row.toArray(String[]::new));
    }
    return table.build();
  }

  private static String costWords(JsonNode summary) {
    double capital = summary.path("capitalCostRatePerYear").asDouble();
    double discount = summary.path("discountRatePerYear").asDouble();
    return "Means over replicates. Net cost = starting stock bought at day 0's price + stock bought during the run "
        + "(refills and loan repayments, landed) + storage + cost of capital (each tier's rate a year on its "
        + "stock's market value; " + Format.percent(capital) + " where a tier gives none) + shortage cost − the stock drawn to serve demand, at the base price "
        + "(consumption is in no other cost: what arrivals serve is not counted either) − the stock left at the end, "
        + "at the final market price. "
        + (discount > 0 ? "Every figure is a present value at day 0, discounted at " + Format.percent(discount)
            + " a year. " : "Figures are not discounted (run.discountRatePerYear is 0). ")
        + "Loan premiums are money firms pay the lending tier: a transfer inside the economy, not in the net cost.";
  }

  private static boolean anyExcess(JsonNode summary, List<String> materials) {
    return materials.stream().anyMatch(material -> mean(summary.path("materials").path(material),
        Metric.EXCESS_UNITS.key()) > 0);
  }

  private static Table excessTable(JsonNode summary, List<String> materials) {
    Table.Builder table = Table.with("material", "bought but not stored, mean", "refused while shocked",
        "budget or buying cap", "tiers full", "replicates with any");
    for (String material : materials) {
      JsonNode metrics = summary.path("materials").path(material);
      String unit = metrics.path("unit").asText("");
      table.row(material, Format.withUnit(mean(metrics, Metric.EXCESS_UNITS.key()), unit),
          Format.withUnit(mean(metrics, Metric.EXCESS_SHOCKED_UNITS.key()), unit),
          Format.withUnit(mean(metrics, Metric.EXCESS_LIMITED_UNITS.key()), unit),
          Format.withUnit(mean(metrics, Metric.EXCESS_FULL_UNITS.key()), unit),
          Format.percent(metrics.path(Metric.EXCESS_UNITS.key()).path("probPositive").asDouble()));
    }
    return table.build();
  }

  private static Map<String, List<Map<String, String>>> byMaterial(List<Map<String, String>> rows) {
    Map<String, List<Map<String, String>>> by = new LinkedHashMap<>();
    for (Map<String, String> row : rows) {
      by.computeIfAbsent(row.get("material"), key -> new ArrayList<>()).add(row);
    }
    return by;
  }

  private static double[] values(List<Map<String, String>> rows) {
    return rows == null ? new double[0] : rows.stream().mapToDouble(row -> number(row.get("shortfallUnits")))
        .toArray();
  }

  static List<String> dates(List<Map<String, String>> rows) {
    return rows.stream().map(row -> row.get("date")).toList();
  }

  static double[] column(List<Map<String, String>> rows, String name) {
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
  static String id(String material, String what) {
    return material.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + what;
  }
}
