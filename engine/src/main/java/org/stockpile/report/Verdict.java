package org.stockpile.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stockpile.metrics.Stats;
import org.stockpile.model.Material;
import org.stockpile.model.ReleaseRule;
import org.stockpile.model.Scenario;
import org.stockpile.model.StockpileTier;
import org.stockpile.model.TargetBasis;

/**
 * What a run report opens with: a few plain sentences per material, computed from the run's
 * numbers: how often and how badly the economy runs short, when (and during which scheduled
 * shock), how far stocks fall against each tier's target and the total of the targets, and why:
 * how much of the shortfall came while a reserve still held stock (held back by its release rule)
 * and how much with every tier empty (the reserve was too small for the shock).
 */
final class Verdict {
  /** Above this share of the shortfall coming while stock was held, the release rules are the bottleneck. */
  private static final double RULES_MATTER = 0.5;

  private Verdict() {
  }

  /**
   * One paragraph per material, then one for all materials when there are several.
   *
   * @param summary    the run's summary.json
   * @param scenario   the scenario as run, or null when the folder holds no copy
   * @param replicates each material's replicate rows of replicates.csv
   * @param days       each material's rows of timeseries.csv
   */
  static List<String> of(JsonNode summary, Scenario scenario, Map<String, List<Map<String, String>>> replicates,
      Map<String, List<Map<String, String>>> days) {
    List<String> paragraphs = new ArrayList<>();
    List<String> materials = new ArrayList<>();
    summary.path("materials").fieldNames().forEachRemaining(materials::add);
    for (String material : materials) {
      paragraphs.add(material(material, summary, scenario, replicates.getOrDefault(material, List.of()),
          days.getOrDefault(material, List.of())));
    }
    if (materials.size() > 1) {
      JsonNode total = summary.path("total");
      String currency = summary.path("currency").asText("");
      paragraphs.add("All materials: some material is short in " + Format.percent(total.path("shortfallDays")
          .path("probPositive").asDouble()) + " of replicates, on " + Format.days(total.path("shortfallDays")
          .path("mean").asDouble()) + " on average; the expected net cost is " + Format.withUnit(total
          .path("netCost").path("mean").asDouble(), currency) + " (the cost of demand left unmet alone: "
          + Format.withUnit(total.path("shortageCost").path("mean").asDouble(), currency) + ").");
    }
    return paragraphs;
  }

  private static String material(String id, JsonNode summary, Scenario scenario, List<Map<String, String>> replicates,
      List<Map<String, String>> days) {
    JsonNode metrics = summary.path("materials").path(id);
    String unit = metrics.path("unit").asText("units");
    Material model = scenario == null ? null : scenario.materials().get(id);
    double probability = metrics.path("shortfallUnits").path("probPositive").asDouble();
    StringBuilder text = new StringBuilder(id).append(": ");
    if (probability == 0) {
      text.append("no replicate ran short over the ").append(Format.count(summary.path("horizonDays").asLong(), "day",
          "days")).append(". ");
    } else {
      text.append("short in ").append(Format.percent(probability)).append(" of replicates, ")
          .append(Format.withUnit(metrics.path("shortfallUnits").path("mean").asDouble(), unit))
          .append(" unmet on average (").append(Format.percent(metrics.path("shortfallShare").path("mean")
              .asDouble())).append(" of demand) and ")
          .append(Format.withUnit(metrics.path("shortfallUnits").path("cvar95").asDouble(), unit))
          .append(" in the worst 5 % of replicates; ").append(Format.days(metrics.path("shortfallDays").path("mean")
              .asDouble())).append(" short on average, up to ").append(Format.days(metrics
              .path("longestShortfallRunDays").path("p95").asDouble())).append(" in a row (p95). ");
      text.append(when(replicates, scenario, id));
    }
    text.append(stocks(metrics, model, scenario));
    if (probability > 0) {
      text.append(why(metrics, model, unit));
    }
    return text.toString().trim();
  }

  /** When the first shortfall typically comes, and which scheduled shock is on then. */
  private static String when(List<Map<String, String>> replicates, Scenario scenario, String material) {
    double[] first = replicates.stream().filter(row -> number(row.get("shortfallUnits")) > 0)
        .mapToDouble(row -> number(row.get("firstShortfallDay"))).sorted().toArray();
    if (first.length == 0) {
      return "";
    }
    int day = (int) Stats.percentile(first, 0.5);
    StringBuilder text = new StringBuilder("The first shortfall typically comes on day ").append(day);
    if (scenario != null) {
      LocalDate start = scenario.run().startDate();
      text.append(" (").append(start.plusDays(day)).append(')');
      List<String> during = ShockSpans.activeOn(scenario, material, day);
      if (!during.isEmpty()) {
        text.append(", during ").append(String.join(" and ", during.stream().map(name -> "“" + name + "”")
            .toList()));
      } else if (!scenario.shockProcesses().isEmpty()) {
        text.append(", outside every scheduled shock: random shocks cause it");
      }
    }
    return text.append(". ").toString();
  }

  /**
   * A tier's target as the report writes it: its days ({@code "90 d"}), or on the net-import
   * basis its days of net imports and what they make in days of cover on day 0.
   */
  static String target(StockpileTier tier, double coverDays) {
    if (tier.basis() == TargetBasis.NET_IMPORTS) {
      return Format.number(tier.targetDays()) + " d of net imports (" + Format.number(coverDays)
          + " d of cover on day 0)";
    }
    return Format.number(tier.targetDays()) + " d";
  }

  /** How far stocks fall, in all and tier by tier, against their targets. */
  private static String stocks(JsonNode metrics, Material model, Scenario scenario) {
    double lowest = metrics.path("minDaysOfCover").path("p50").asDouble();
    double worst = metrics.path("minDaysOfCover").path("p5").asDouble();
    StringBuilder text = new StringBuilder("Stocks fall to ").append(Format.days(lowest))
        .append(" of cover in the median replicate and to ").append(Format.days(worst))
        .append(" in the worst 5 %");
    if (model != null && !model.stockpiles().isEmpty()) {
      double total = 0;
      for (String holder : model.stockpiles().keySet()) {
        total += model.targetCoverDays(holder, scenario.economy());
      }
      text.append(", against ").append(model.stockpiles().size() > 1 ? "a total target of " : "a target of ")
          .append(Format.days(total));
      if (model.stockpiles().values().stream().anyMatch(tier -> tier.basis() == TargetBasis.NET_IMPORTS)) {
        text.append(" of cover on day 0");
      }
    }
    text.append("; they are below it on ").append(Format.percent(1 - metrics.path("compliance").path("mean")
        .asDouble())).append(" of days. ");
    if (model != null && model.stockpiles().size() > 1) {
      List<String> tiers = new ArrayList<>();
      for (Map.Entry<String, StockpileTier> tier : model.stockpiles().entrySet()) {
        JsonNode stats = metrics.path("tiers").path(tier.getKey());
        tiers.add(tier.getKey() + " " + Format.days(stats.path("minDaysOfCover").path("p50").asDouble())
            + " (target " + target(tier.getValue(), model.targetCoverDays(tier.getKey(), scenario.economy()))
            + "; below it on "
            + Format.percent(1 - stats.path("compliance").path("mean").asDouble()) + " of days)");
      }
      text.append("Each tier's lowest cover in the median replicate: ").append(String.join(", ", tiers)).append(". ");
    }
    return text.toString();
  }

  /**
   * Why: the shortfall split by whether some tier still held stock at the end of the day, and
   * which tiers held it, with their release rules.
   */
  private static String why(JsonNode metrics, Material model, String unit) {
    double shortfall = metrics.path("shortfallUnits").path("mean").asDouble();
    double withStock = metrics.path("shortfallWithStockUnits").path("mean").asDouble();
    if (!(shortfall > 0)) {
      return "";
    }
    double share = withStock / shortfall;
    StringBuilder text = new StringBuilder("Why: ").append(Format.percent(share))
        .append(" of the shortfall came while a reserve still held stock");
    List<String> holders = new ArrayList<>();
    if (model != null) {
      for (Map.Entry<String, StockpileTier> tier : model.stockpiles().entrySet()) {
        double held = metrics.path("tiers").path(tier.getKey()).path("shortfallWithStockUnits").path("mean").asDouble();
        if (held > 0) {
          holders.add(tier.getKey() + " during " + Format.withUnit(held, unit) + rule(tier.getValue().release(), unit));
        }
      }
    }
    if (!holders.isEmpty()) {
      text.append(" (").append(String.join("; ", holders)).append(')');
    }
    text.append(", and ").append(Format.percent(1 - share)).append(" with every tier empty. ");
    text.append(share > RULES_MATTER
        ? "Most of it was held back by release rules (trigger, latency, daily cap), not by the size of the reserve."
        : "Most of it came once the reserves were empty: the reserve was too small for the shocks, whatever its "
            + "release rule.");
    return text.toString();
  }

  private static String rule(ReleaseRule release, String unit) {
    if (release == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    if (release.triggerShare() > 0) {
      parts.add("releases once more than " + Format.percent(release.triggerShare()) + " of demand is unmet");
    }
    parts.add(release.latencyDays() > 0 ? "after " + Format.count(release.latencyDays(), "day", "days")
        : "at once");
    if (release.maxPerDay() != null) {
      parts.add("at most " + Format.withUnit(release.maxPerDay(), unit + "/day"));
    }
    return ": " + String.join(", ", parts).replaceFirst("^after", "releases after").replaceFirst("^at once",
        "releases at once") + switch (release) {
          case ReleaseRule.Sale _ -> "";
          case ReleaseRule.Loan _ -> ", as loans";
        };
  }

  private static double number(String text) {
    return text == null || text.isEmpty() ? Double.NaN : Double.parseDouble(text);
  }

}
