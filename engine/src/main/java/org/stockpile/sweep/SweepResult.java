package org.stockpile.sweep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a sweep computed: every point (the parameters' values) with every metric's value there,
 * and, for Sobol and Morris designs, each metric's indices or effects.
 *
 * @param points  the parameters' values at each point, in design order
 * @param metrics each point's metric values, [point][metric]
 * @param sobol   Sobol indices by metric (Sobol designs; else empty)
 * @param morris  Morris effects by metric (Morris designs; else empty)
 */
public record SweepResult(double[][] points, double[][] metrics, Map<String, SobolIndices> sobol,
    Map<String, MorrisEffects> morris) {
  public SweepResult {
    // In the spec's order of metrics (Map.copyOf would not keep it from run to run).
    sobol = Collections.unmodifiableMap(new LinkedHashMap<>(sobol));
    morris = Collections.unmodifiableMap(new LinkedHashMap<>(morris));
  }

  public List<String> metricNames(SpecSweep spec) {
    return spec.metrics().stream().map(MetricRef::written).toList();
  }
}
