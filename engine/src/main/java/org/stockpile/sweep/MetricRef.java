package org.stockpile.sweep;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stockpile.metrics.Metric;
import org.stockpile.model.Material;
import org.stockpile.model.Scenario;
import org.stockpile.sim.RunResult;

/**
 * A metric a sweep analyses: a summary metric over all materials ({@code netCost}) or of one
 * material ({@code rare-earths.shortfallDays}); a point's value is its mean over the point's
 * replicates. A quantity over all materials ({@code shortfallUnits}) is their sum, allowed only
 * when every material is measured in the same unit.
 *
 * @param written  as written in the spec
 * @param material the material, or null for all materials
 * @param metric   the summary metric
 */
public record MetricRef(String written, String material, Metric metric) {

  /** Reads {@code text} against the scenario's materials, or says what is wrong. */
  public static MetricRef parse(String text, Scenario scenario, StringBuilder problem) {
    Map<String, Material> materials = scenario.materials();
    int dot = text.lastIndexOf('.');
    String material = dot < 0 ? null : text.substring(0, dot);
    String name = dot < 0 ? text : text.substring(dot + 1);
    Optional<Metric> metric = Metric.byKey(name);
    if (metric.isEmpty()) {
      problem.append("not a metric: ").append(name).append(" (one of ").append(String.join(", ",
          Arrays.stream(Metric.values()).map(Metric::key).toList())).append(')');
      return null;
    }
    if (material != null && !materials.containsKey(material)) {
      problem.append("not a material of the scenario: ").append(material);
      return null;
    }
    if (material == null && !metric.get().hasTotal()) {
      List<String> units = scenario.units();
      if (units.size() > 1) {
        problem.append(name).append(" cannot be added over materials measured in different units (")
            .append(String.join(", ", units)).append("): name one, e.g. ")
            .append(materials.keySet().iterator().next()).append('.').append(name);
        return null;
      }
    }
    return new MetricRef(text, material, metric.get());
  }

  /** This metric's mean in {@code result}. */
  public double mean(RunResult result) {
    return material == null ? result.summedStats(metric).mean() : result.stats(material, metric).mean();
  }
}
