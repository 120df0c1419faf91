package org.stockpile.metrics;

import java.util.Arrays;

/**
 * Summary of one metric over replicates: mean, standard deviation (n - 1), nearest-rank
 * percentiles, CVaR95 (the mean of the worst 5 % of replicates, at least one) and the share of
 * replicates with a value above zero. Exact: computed from every replicate's value.
 */
public record Stats(double mean, double sd, double p5, double p50, double p95, double cvar95, double probPositive) {

  /** Statistics of {@code values}; {@code higherIsWorse} chooses the tail CVaR95 averages. */
  public static Stats of(double[] values, boolean higherIsWorse) {
    int n = values.length;
    if (n == 0) {
      return new Stats(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double sum = 0;
    int positive = 0;
    for (double value : sorted) {
      sum += value;
      if (value > 0) {
        positive++;
      }
    }
    double mean = sum / n;
    double squares = 0;
    for (double value : sorted) {
      squares += (value - mean) * (value - mean);
    }
    double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
    int tail = Math.max(1, (int) Math.ceil(0.05 * n));
    double tailSum = 0;
    for (int i = 0; i < tail; i++) {
      tailSum += higherIsWorse ? sorted[n - 1 - i] : sorted[i];
    }
    return new Stats(mean, sd, percentile(sorted, 0.05), percentile(sorted, 0.50), percentile(sorted, 0.95),
        tailSum / tail, positive / (double) n);
  }

  /** Nearest-rank percentile of sorted values: the smallest value with at least p of them at or below it. */
  public static double percentile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
