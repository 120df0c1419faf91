package org.stockpile.sweep;

import java.util.Optional;
import org.stockpile.metrics.Metric;
import org.stockpile.sim.RunResult;

/**
 * A metric a sweep analyses: a summary metric in total ({@code shortfallUnits}) or of one material
 * ({@code rare-earths.shortfallDays}); a point's value is its mean over the point's replicates.
 *
 * @param written  as written in the spec
 * @param material the material, or null for the total
 * @param metric   the summary metric
 */
public record MetricRef(String written, String material, Metric metric) {

  /** Reads {@code text}, or says what is wrong. */
  public static MetricRef parse(String text, java.util.Set<String> materials, StringBuilder problem) {
    int dot = text.lastIndexOf('.');
    String material = dot < 0 ? null : text.substring(0, dot);
    String name = dot < 0 ? text : text.substring(dot + 1);
    Optional<Metric> metric = java.util.Arrays.stream(Metric.values()).filter(m -> m.key().equals(name)).findFirst();
    if (metric.isEmpty()) {
      problem.append("not a metric: ").append(name).append(" (one of ").append(String.join(", ",
          java.util.Arrays.stream(Metric.values()).map(Metric::key).toList())).append(')');
      return null;
    }
    if (material != null && !materials.contains(material)) {
      problem.append("not a material of the scenario: ").append(material);
      return null;
    }
    return new MetricRef(text, material, metric.get());
  }

  /** This metric's mean in {@code result}. */
  public double mean(RunResult result) {
    return material == null ? result.totalStats(metric).mean() : result.stats(material, metric).mean();
  }
}
