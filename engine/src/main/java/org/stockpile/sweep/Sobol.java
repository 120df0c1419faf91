package org.stockpile.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.stockpile.sim.RandomStreams;
import org.stockpile.sim.StreamPurpose;

/**
 * Sobol indices by Saltelli's design: two N x k matrices A and B from a 2k-dimensional Sobol
 * sequence (commons-math3; its first point, all zeros, is skipped), and for each parameter i the
 * matrix A with its column i taken from B. First-order indices by Saltelli (2010):
 * {@code mean(f(B) (f(AB_i) - f(A))) / V}; total indices by Jansen (1999):
 * {@code mean((f(A) - f(AB_i))^2) / 2V}, where V is the variance of f over A and B together (f
 * centred on its mean there).
 * Intervals come from 1,000 bootstrap resamples of the N rows, drawn from a stream keyed by the
 * seed, so the same call gives the same intervals.
 */
public final class Sobol {
  /** Bootstrap resamples behind each interval. */
  public static final int RESAMPLES = 1000;

  private Sobol() {
  }

  /** The points the model is run at, in order: A (N rows), B (N rows), then AB_1 .. AB_k (N rows each). */
  public static double[][] design(List<Parameter> parameters, int n) {
    return Designs.map(parameters, unitDesign(parameters.size(), n));
  }

  /** {@link #design} in [0, 1] per parameter. */
  public static double[][] unitDesign(int k, int n) {
    SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * k);
    sequence.nextVector();
    double[][] a = new double[n][];
    double[][] b = new double[n][];
    for (int j = 0; j < n; j++) {
      double[] point = sequence.nextVector();
      a[j] = Arrays.copyOfRange(point, 0, k);
      b[j] = Arrays.copyOfRange(point, k, 2 * k);
    }
    double[][] points = new double[n * (k + 2)][];
    for (int j = 0; j < n; j++) {
      points[j] = a[j];
      points[n + j] = b[j];
      for (int i = 0; i < k; i++) {
        double[] mixed = a[j].clone();
        mixed[i] = b[j][i];
        points[(2 + i) * n + j] = mixed;
      }
    }
    return points;
  }

  /** Runs {@code model} on the design for {@code n} base samples and estimates the indices. */
  public static SobolIndices analyse(List<Parameter> parameters, Response model, int n, long seed) throws Exception {
    return Sensitivity.analyse(parameters, new SobolDesign(n), model, seed).sobol();
  }

  /** The indices from the model's values at {@link #design} points, in its order. */
  public static SobolIndices indices(List<Parameter> parameters, double[] values, int n, long seed) {
    int k = parameters.size();
    int[] all = new int[n];
    Arrays.setAll(all, j -> j);
    double[][] estimate = estimate(values, n, k, all);
    double[][][] resampled = new double[RESAMPLES][][];
    RandomGenerator random = RandomStreams.stream(seed, 0, StreamPurpose.SOBOL_BOOTSTRAP.key());
    int[] rows = new int[n];
    for (int r = 0; r < RESAMPLES; r++) {
      for (int j = 0; j < n; j++) {
        rows[j] = random.nextInt(n);
      }
      resampled[r] = estimate(values, n, k, rows);
    }
    List<Interval> first = new ArrayList<>();
    List<Interval> total = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      first.add(interval(estimate[0][i], resampled, 0, i));
      total.add(interval(estimate[1][i], resampled, 1, i));
    }
    return new SobolIndices(parameters.stream().map(Parameter::name).toList(), first, total, n);
  }

  /**
   * [0] first-order and [1] total indices on the rows {@code rows} of the design. Values are
   * centred on their mean over A and B first: the estimators' expectations do not change, but
   * the first-order one no longer loses its digits when the output's mean is large against its
   * spread. An output that does not vary gives every index 0: no parameter explains any of it.
   */
  private static double[][] estimate(double[] values, int n, int k, int[] rows) {
    double sum = 0;
    for (int row : rows) {
      sum += values[row] + values[n + row];
    }
    int count = 2 * rows.length;
    double mean = sum / count;
    double squares = 0;
    for (int row : rows) {
      double fa = values[row] - mean;
      double fb = values[n + row] - mean;
      squares += fa * fa + fb * fb;
    }
    double variance = squares / count;
    double[][] indices = new double[2][k];
    if (variance == 0) {
      return indices;
    }
    for (int i = 0; i < k; i++) {
      double first = 0;
      double total = 0;
      for (int row : rows) {
        double fa = values[row] - mean;
        double fb = values[n + row] - mean;
        double fab = values[(2 + i) * n + row] - mean;
        first += fb * (fab - fa);
        total += (fa - fab) * (fa - fab);
      }
      indices[0][i] = first / rows.length / variance;
      indices[1][i] = total / rows.length / 2 / variance;
    }
    return indices;
  }

  private static Interval interval(double estimate, double[][][] resampled, int kind, int i) {
    double[] values = new double[resampled.length];
    for (int r = 0; r < resampled.length; r++) {
      values[r] = resampled[r][kind][i];
    }
    Arrays.sort(values);
    return new Interval(estimate, values[(int) Math.floor(0.025 * (values.length - 1))],
        values[(int) Math.ceil(0.975 * (values.length - 1))]);
  }
}
