package org.stockpile.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.stockpile.sim.RandomStreams;
import org.stockpile.sim.StreamPurpose;

/**
 * Morris screening: r trajectories on a grid of p levels of each parameter's range (p even). A
 * trajectory starts at a random grid point x with x + delta inside the range, delta =
 * p / (2 (p - 1)), and moves one parameter at a time, in a random order, by +delta; each move
 * gives one elementary effect (f(x + delta e_i) - f(x)) / delta, per unit of the range. Random
 * choices come from a stream keyed by the seed.
 */
public final class Morris {
  private Morris() {
  }

  /**
   * The trajectories' points in [0, 1] per parameter, r x (k + 1) of them, trajectory after
   * trajectory; map them with {@link Parameter#at}.
   */
  public static double[][] unitDesign(int parameters, int trajectories, int levels, long seed) {
    if (levels < 2 || levels % 2 != 0) {
      throw new IllegalArgumentException("levels must be even and at least 2, got " + levels);
    }
    int k = parameters;
    double delta = delta(levels);
    RandomGenerator random = RandomStreams.stream(seed, 0, StreamPurpose.MORRIS_DESIGN.key());
    double[][] unit = new double[trajectories * (k + 1)][];
    for (int r = 0; r < trajectories; r++) {
      double[] x = new double[k];
      for (int i = 0; i < k; i++) {
        x[i] = random.nextInt(levels / 2) / (double) (levels - 1);
      }
      int[] order = new int[k];
      for (int i = 0; i < k; i++) {
        order[i] = i;
      }
      for (int i = k - 1; i > 0; i--) {
        int other = random.nextInt(i + 1);
        int kept = order[i];
        order[i] = order[other];
        order[other] = kept;
      }
      unit[r * (k + 1)] = x.clone();
      for (int step = 0; step < k; step++) {
        x[order[step]] += delta;
        unit[r * (k + 1) + step + 1] = x.clone();
      }
    }
    return unit;
  }

  /** The move of each step: p / (2 (p - 1)) of [0, 1]. */
  public static double delta(int levels) {
    return levels / (2.0 * (levels - 1));
  }

  /** The design's points mapped onto the parameters. */
  public static double[][] design(List<Parameter> parameters, int trajectories, int levels, long seed) {
    return Designs.map(parameters, unitDesign(parameters.size(), trajectories, levels, seed));
  }

  public static MorrisEffects analyse(List<Parameter> parameters, Response model, int trajectories, int levels, long seed)
      throws Exception {
    return Sensitivity.analyse(parameters, new MorrisDesign(trajectories, levels), model, seed).morris();
  }

  /**
   * The effects from the model's values at the {@link #unitDesign} points, in its order: each
   * effect per unit of [0, 1] (for a uniform parameter, per unit of its range).
   */
  public static MorrisEffects effects(List<String> names, double[][] unit, double[] values, int trajectories) {
    int k = names.size();
    double[][] effects = new double[k][trajectories];
    for (int r = 0; r < trajectories; r++) {
      for (int step = 0; step < k; step++) {
        int from = r * (k + 1) + step;
        int moved = -1;
        for (int i = 0; i < k; i++) {
          if (unit[from + 1][i] != unit[from][i]) {
            moved = i;
          }
        }
        effects[moved][r] = (values[from + 1] - values[from]) / (unit[from + 1][moved] - unit[from][moved]);
      }
    }
    List<Double> mu = new ArrayList<>();
    List<Double> muStar = new ArrayList<>();
    List<Double> sigma = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      double sum = 0;
      double absolute = 0;
      for (double effect : effects[i]) {
        sum += effect;
        absolute += Math.abs(effect);
      }
      double mean = sum / trajectories;
      double squares = 0;
      for (double effect : effects[i]) {
        squares += (effect - mean) * (effect - mean);
      }
      mu.add(mean);
      muStar.add(absolute / trajectories);
      sigma.add(trajectories > 1 ? Math.sqrt(squares / (trajectories - 1)) : 0);
    }
    return new MorrisEffects(names, mu, muStar, sigma, trajectories);
  }
}
