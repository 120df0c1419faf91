package org.stockpile.sweep;

import java.util.List;
import java.util.random.RandomGenerator;
import org.stockpile.sim.RandomStreams;
import org.stockpile.sim.StreamPurpose;

/**
 * Latin hypercube samples: n points such that, for every parameter, each of the n equal strata of
 * its range holds exactly one point (a random permutation of the strata per parameter, a random
 * position within each), drawn from a stream keyed by the seed.
 */
public final class LatinHypercube {
  private LatinHypercube() {
  }

  public static double[][] sample(List<Parameter> parameters, int n, long seed) {
    return Designs.map(parameters, unitSample(parameters.size(), n, seed));
  }

  /** {@link #sample} in [0, 1] per parameter. */
  public static double[][] unitSample(int k, int n, long seed) {
    RandomGenerator random = RandomStreams.stream(seed, 0, StreamPurpose.LATIN_HYPERCUBE_DESIGN.key());
    double[][] points = new double[n][k];
    for (int i = 0; i < k; i++) {
      int[] strata = new int[n];
      for (int j = 0; j < n; j++) {
        strata[j] = j;
      }
      for (int j = n - 1; j > 0; j--) {
        int other = random.nextInt(j + 1);
        int kept = strata[j];
        strata[j] = strata[other];
        strata[other] = kept;
      }
      for (int j = 0; j < n; j++) {
        points[j][i] = (strata[j] + random.nextDouble()) / n;
      }
    }
    return points;
  }
}
