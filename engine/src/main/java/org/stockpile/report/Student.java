package org.stockpile.report;

import org.apache.commons.math3.distribution.TDistribution;

/** Means and their 95 % Student t intervals over replicates, for comparisons of runs. */
final class Student {
  private Student() {
  }

  static double mean(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.length;
  }

  /** Sample variance (n - 1); 0 with fewer than two values. */
  static double variance(double[] values, double mean) {
    double squares = 0;
    for (double value : values) {
      squares += (value - mean) * (value - mean);
    }
    return values.length < 2 ? 0 : squares / (values.length - 1);
  }

  /** The 97.5 % quantile of Student's t with {@code freedom} degrees (at least 1). */
  static double quantile(double freedom) {
    return new TDistribution(null, Math.max(1, freedom)).inverseCumulativeProbability(0.975);
  }

  /** Half the width of the 95 % interval of the mean of {@code values}; NaN with fewer than two. */
  static double halfWidth(double[] values) {
    int n = values.length;
    return n < 2 ? Double.NaN : quantile(n - 1) * Math.sqrt(variance(values, mean(values)) / n);
  }
}
