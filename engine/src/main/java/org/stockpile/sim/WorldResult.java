package org.stockpile.sim;

import java.util.List;

/**
 * The result of a world run: each economy's result, shaped exactly as a single economy's run
 * (its metrics per material and tier, its daily series), and the world's own metrics per
 * replicate ({@link WorldMetrics}): prices, suppliers' rationing, who got what, costs above the
 * base price.
 */
public record WorldResult(CompiledWorld compiled, RunOptions options, List<RunResult> economies, WorldMetrics layout,
    double[] worldMetrics) {

  /** Replicate {@code r}'s value of world metric {@code index} (see {@link WorldMetrics}). */
  public double value(int r, int index) {
    return worldMetrics[r * layout.width() + index];
  }

  /** Every replicate's value of world metric {@code index}. */
  public double[] values(int index) {
    int replicates = options.replicates();
    double[] out = new double[replicates];
    for (int r = 0; r < replicates; r++) {
      out[r] = value(r, index);
    }
    return out;
  }

  /** The result of economy {@code id}. */
  public RunResult economy(String id) {
    for (int e = 0; e < compiled.economyCount(); e++) {
      if (compiled.economyId(e).equals(id)) {
        return economies.get(e);
      }
    }
    throw new IllegalArgumentException("no economy " + id);
  }
}
