package org.stockpile.sweep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a sweep computed: every point (the parameters' values) with every output there (the
 * spec's {@link SweepPlan#outputNames}: metrics, then days of cover on the cover days), and, for
 * Sobol and Morris designs, each output's indices.
 *
 * @param points  the parameters' values at each point, in design order
 * @param outputs each point's outputs, [point][output]
 * @param indices indices by output name, in the spec's order (Sobol and Morris designs; else empty)
 */
public record SweepResult(double[][] points, double[][] outputs, Map<String, Indices> indices) {
  public SweepResult {
    // In the spec's order of outputs (Map.copyOf would not keep it from run to run).
    indices = Collections.unmodifiableMap(new LinkedHashMap<>(indices));
  }
}
