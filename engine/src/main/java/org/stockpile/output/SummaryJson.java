package org.stockpile.output;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.stockpile.metrics.Metric;
import org.stockpile.metrics.MetricLayout;
import org.stockpile.metrics.Stats;
import org.stockpile.sim.RunResult;

/**
 * Builds {@code summary.json}, the stable contract of a run:
 * {@code {"scenario", "replicates", "horizonDays", "seed", "currency", "metricUnits": {METRIC: UNIT},
 * "materials": {id: {"unit", METRIC: STATS, "tiers": {holder: {METRIC: STATS}}}},
 * "total": {METRIC: STATS}}}. The total holds only metrics with a meaning over all materials
 * ({@link Metric#TOTAL}: money, days, shares), never quantities in different units.
 */
public final class SummaryJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SummaryJson() {
  }

  public static ObjectNode of(RunResult result) {
    MetricLayout layout = result.layout();
    ObjectNode root = NODES.objectNode();
    root.put("scenario", result.compiled().scenario().name());
    root.put("replicates", result.replicates());
    root.put("horizonDays", result.horizonDays());
    root.put("seed", result.seed());
    root.put("currency", result.currency());
    root.put("capitalCostRatePerYear", result.compiled().scenario().run().capitalCostRatePerYear());
    root.put("discountRatePerYear", result.compiled().scenario().run().discountRatePerYear());
    ObjectNode units = root.putObject("metricUnits");
    for (Metric metric : Metric.MATERIAL) {
      units.put(metric.key(), metric.dimension().description());
    }
    ObjectNode materials = root.putObject("materials");
    List<String> ids = result.materials();
    for (int m = 0; m < ids.size(); m++) {
      ObjectNode material = materials.putObject(ids.get(m));
      material.put("unit", result.unit(ids.get(m)));
      for (Metric metric : Metric.MATERIAL) {
        material.set(metric.key(), stats(result.values(layout.material(m, metric)), metric));
      }
      ObjectNode tiers = material.putObject("tiers");
      List<String> holders = result.tiers(m);
      for (int i = 0; i < holders.size(); i++) {
        ObjectNode tier = tiers.putObject(holders.get(i));
        for (Metric metric : Metric.TIER) {
          tier.set(metric.key(), stats(result.values(layout.tier(m, i, metric)), metric));
        }
      }
    }
    ObjectNode total = root.putObject("total");
    for (Metric metric : Metric.TOTAL) {
      total.set(metric.key(), stats(result.values(layout.total(metric)), metric));
    }
    return root;
  }

  private static ObjectNode stats(double[] values, Metric metric) {
    Stats stats = Stats.of(values, metric.higherIsWorse());
    ObjectNode node = NODES.objectNode();
    node.put("mean", stats.mean());
    node.put("sd", stats.sd());
    node.put("p5", stats.p5());
    node.put("p50", stats.p50());
    node.put("p95", stats.p95());
    node.put("cvar95", stats.cvar95());
    node.put("probPositive", stats.probPositive());
    return node;
  }
}
