package org.stockpile.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stockpile.model.Economy;
import org.stockpile.model.Material;
import org.stockpile.model.World;

/**
 * The world market of a world run's report, from {@code world.json} and {@code prices.csv}: each
 * material's price path (p5-p95 band and median, day by day) and its price index over the run,
 * who got what share of each shared supplier's output (in all and on the days it rationed), and
 * what each economy paid above its base price.
 */
final class WorldMarketSection {
  private static final String INDEX_UNIT = "× base price";

  private WorldMarketSection() {
  }

  /** Writes the world market into {@code page}; {@code scenario} (null when unreadable) adds base prices and shocks. */
  static void into(Page page, WorldFolder world, World scenario) throws ReportException {
    page.section("World price");
    Map<String, List<Map<String, String>>> prices = world.prices();
    for (String material : world.materials()) {
      String first = world.firstUser(material);
      List<Map<String, String>> rows = prices.getOrDefault(material, List.of());
      if (first != null && !rows.isEmpty()) {
        page.chart(price(material, rows, first, world, scenario));
      }
    }
    if (prices.isEmpty()) {
      page.paragraph("The run wrote no time series (no prices.csv): the price paths are not drawn.");
    }
    page.table(priceIndex(world));
    page.paragraph("Every economy pays its own base price times the material's world price index: 1 + price "
        + "elasticity × the world's unmet share + reserve pressure × what every economy's reserves bought that day ÷ "
        + "the world's normal supply. Mean: the index averaged over the run's days; highest: its highest day; each "
        + "as the mean and the 95th percentile over replicates.");
    page.section("Shared suppliers: who got what");
    Table shares = shares(world);
    if (shares.rows().isEmpty()) {
      page.paragraph("No supplier is shared: each economy bought from producers of its own.");
    } else {
      page.table(shares);
      page.paragraph("Means over replicates. A supplier rations on a day when its flows (an economy's source naming "
          + "it) claim more than it may ship, and its allocation rule divides what it ships. Share of its output: "
          + "what each flow got of what the supplier shipped over the run; on rationed days: of what it shipped on "
          + "those days (– when it never rationed). Units are each economy's unit of the material.");
    }
    page.section("Paid above the base price");
    page.table(aboveBase(world));
    page.paragraph("What each economy's shipments cost above its base price, summed over its materials: units × (the "
        + "day's price − the base price) × (1 + premium + tax), discounted as the run discounts (mean, and 5th and "
        + "95th percentiles over replicates). Net cost: the economy's, as its own report details it. All economies: "
        + "the means added, and the net cost summed over economies (world.json total).");
  }

  private static Chart price(String material, List<Map<String, String>> rows, String first, WorldFolder world,
      World scenario) {
    String perUnit = world.currency() + "/" + world.unit(first, material);
    List<Charts.Level> levels = new ArrayList<>();
    List<Charts.Span> spans = List.of();
    Economy economy = scenario == null ? null : scenario.economies().get(first);
    Material model = economy == null ? null : economy.materials().get(material);
    if (model != null) {
      levels.add(new Charts.Level(first + " base price " + Format.withUnit(model.pricePerUnit(), perUnit),
          model.pricePerUnit()));
      // Every economy using the material sees the shocks that reach it (views keep them by material).
      spans = ShockSpans.dated(scenario.economyView(first).scenario(), material);
    }
    return new Chart(RunReport.id(material, "price"), "World price: " + material,
        "The price of " + material + " per " + world.unit(first, material) + ", in " + world.currency() + ", as "
            + first + " pays it (its base price times the world index; every economy using " + material + " pays its "
            + "own base price times the same index), over replicates: the band holds 90 % of them (p5 to p95), the "
            + "line is the median. Dashed: " + first + "'s base price. Shaded: scheduled shocks that reach "
            + material + ".",
        Charts.fan(perUnit, RunReport.dates(rows), RunReport.column(rows, "price_p5"),
            RunReport.column(rows, "price_p50"), RunReport.column(rows, "price_p95"), levels, spans),
        340);
  }

  private static Table priceIndex(WorldFolder world) {
    Table.Builder table = Table.with("material", "price index, mean", "mean, p95", "highest", "highest, p95");
    for (String material : world.materials()) {
      JsonNode node = world.world().path("materials").path(material);
      table.row(material, index(node.path("priceIndexMean").path("mean")), index(node.path("priceIndexMean").path("p95")),
          index(node.path("priceIndexMax").path("mean")), index(node.path("priceIndexMax").path("p95")));
    }
    return table.build();
  }

  private static String index(JsonNode value) {
    return Format.withUnit(value.asDouble(Double.NaN), INDEX_UNIT);
  }

  private static Table shares(WorldFolder world) {
    Table.Builder table = Table.with("material", "supplier", "rationed on", "flow (economy/source)", "shipped",
        "share of its output", "shipped on rationed days", "share on rationed days");
    for (String material : world.materials()) {
      JsonNode suppliers = world.world().path("materials").path(material).path("suppliers");
      for (Map.Entry<String, JsonNode> supplier : suppliers.properties()) {
        if (!supplier.getValue().path("shared").asBoolean()) {
          continue;
        }
        JsonNode flows = supplier.getValue().path("flows");
        double scarce = 0;
        for (JsonNode flow : flows) {
          scarce += flow.path("scarceShippedUnits").path("mean").asDouble();
        }
        boolean first = true;
        for (Map.Entry<String, JsonNode> flow : flows.properties()) {
          JsonNode values = flow.getValue();
          String unit = world.unit(values.path("economy").asText(), material);
          table.row(first ? material : "", first ? supplier.getKey() : "",
              first ? Format.days(supplier.getValue().path("scarceDays").path("mean").asDouble()) : "", flow.getKey(),
              Format.withUnit(values.path("shippedUnits").path("mean").asDouble(), unit),
              Format.percent(values.path("shareOfShipped").asDouble()),
              Format.withUnit(values.path("scarceShippedUnits").path("mean").asDouble(), unit),
              scarce > 0 ? Format.percent(values.path("shareOnScarceDays").asDouble()) : "–");
          first = false;
        }
      }
    }
    return table.build();
  }

  private static Table aboveBase(WorldFolder world) {
    String currency = world.currency();
    Table.Builder table = Table.with("economy", "paid above the base price, mean", "p5", "p95", "net cost, mean");
    double sum = 0;
    for (String economy : world.economies()) {
      JsonNode above = world.world().path("economies").path(economy).path("aboveBasePriceCostTotal");
      sum += above.path("mean").asDouble();
      table.row(economy, Format.withUnit(above.path("mean").asDouble(Double.NaN), currency),
          Format.withUnit(above.path("p5").asDouble(Double.NaN), currency),
          Format.withUnit(above.path("p95").asDouble(Double.NaN), currency),
          Format.withUnit(world.summary(economy).path("total").path("netCost").path("mean").asDouble(Double.NaN),
              currency));
    }
    if (world.economies().size() > 1) {
      table.row("all economies", Format.withUnit(sum, currency), "–", "–",
          Format.withUnit(world.world().path("total").path("netCost").path("mean").asDouble(Double.NaN), currency));
    }
    return table.build();
  }
}
