package org.stockpile.sweep;

import java.util.List;
import org.stockpile.metrics.Stats;
import org.stockpile.model.World;
import org.stockpile.sim.WorldMetrics;
import org.stockpile.sim.WorldResult;

/**
 * A metric a sweep on a scenario with several economies analyses, named after its economy or the
 * world market: {@code JP/netCost} and {@code KR/rare-earths.shortfallUnits} are what a sweep on
 * that economy alone names {@code netCost} and {@code rare-earths.shortfallUnits} ({@link MetricRef});
 * {@code world/rare-earths.priceIndexMean} and {@code world/rare-earths.priceIndexMax} are the
 * world price index of a material (price over base price), its mean and its highest value over the
 * horizon. A point's value is its mean over the point's replicates.
 */
public sealed interface WorldMetricRef {
  /** What names the world market's metrics, before the slash. */
  String WORLD = "world";
  String PRICE_INDEX_MEAN = "priceIndexMean";
  String PRICE_INDEX_MAX = "priceIndexMax";

  /** As written in the spec. */
  String written();

  /** This metric's mean in {@code result}. */
  double mean(WorldResult result);

  /** One economy's metric, over its materials or of one material. */
  record OfEconomy(String written, String economy, MetricRef metric) implements WorldMetricRef {
    @Override
    public double mean(WorldResult result) {
      return metric.mean(result.economy(economy));
    }
  }

  /** The world price index of {@code material}: its mean over the horizon, or its highest value. */
  record PriceIndex(String written, String material, boolean highest) implements WorldMetricRef {
    @Override
    public double mean(WorldResult result) {
      for (int w = 0; w < result.compiled().materialCount(); w++) {
        if (result.compiled().materialId(w).equals(material)) {
          WorldMetrics layout = result.layout();
          return Stats.of(result.values(highest ? layout.priceMax(w) : layout.priceMean(w)), true).mean();
        }
      }
      throw new IllegalArgumentException("no world material " + material);
    }
  }

  /** Reads {@code text} against the world's economies and materials, or says what is wrong. */
  static WorldMetricRef parse(String text, World world, StringBuilder problem) {
    List<String> economies = List.copyOf(world.economies().keySet());
    int slash = text.indexOf('/');
    if (slash < 0) {
      problem.append("name the economy, ECONOMY/metric or ECONOMY/material.metric (").append(String.join(", ",
          economies)).append("), or the world market, world/material.").append(PRICE_INDEX_MEAN).append(" or ")
          .append(PRICE_INDEX_MAX).append(": e.g. ").append(economies.getFirst()).append('/').append(text);
      return null;
    }
    String owner = text.substring(0, slash);
    String rest = text.substring(slash + 1);
    if (owner.equals(WORLD) && (!economies.contains(WORLD) || rest.endsWith('.' + PRICE_INDEX_MEAN)
        || rest.endsWith('.' + PRICE_INDEX_MAX))) {
      return priceIndex(text, rest, world, problem);
    }
    if (!economies.contains(owner)) {
      problem.append("'").append(owner).append("' is not an economy of the scenario (").append(String.join(", ",
          economies)).append(", or world for the world market)");
      return null;
    }
    StringBuilder inEconomy = new StringBuilder();
    MetricRef metric = MetricRef.parse(rest, world.economyView(owner).scenario(), inEconomy);
    if (metric == null) {
      problem.append("economy ").append(owner).append(": ").append(inEconomy);
      return null;
    }
    return new OfEconomy(text, owner, metric);
  }

  private static WorldMetricRef priceIndex(String text, String rest, World world, StringBuilder problem) {
    int dot = rest.lastIndexOf('.');
    String material = dot < 0 ? "" : rest.substring(0, dot);
    String name = dot < 0 ? rest : rest.substring(dot + 1);
    if (!name.equals(PRICE_INDEX_MEAN) && !name.equals(PRICE_INDEX_MAX)) {
      problem.append("the world market's metrics are world/material.").append(PRICE_INDEX_MEAN)
          .append(" and world/material.").append(PRICE_INDEX_MAX).append(", got ").append(text);
      return null;
    }
    List<String> materials = world.materialIds();
    if (!materials.contains(material)) {
      problem.append("not a material of the world market: ").append(material.isEmpty() ? "(none)" : material)
          .append(" (").append(String.join(", ", materials)).append(')');
      return null;
    }
    return new PriceIndex(text, material, name.equals(PRICE_INDEX_MAX));
  }
}
