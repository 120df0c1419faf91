package org.stockpile.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Latin hypercube strata and Morris rankings on functions whose answers are known. */
class ScreeningTest {
  private static final List<Parameter> FOUR = List.of(Parameter.uniform("strong", 0, 2), Parameter.uniform("medium", 0, 1),
      Parameter.uniform("weak", -1, 1), Parameter.uniform("inert", 5, 10));

  @Test
  void aLatinHypercubePutsExactlyOnePointInEachStratumOfEachParameter() {
    int n = 50;
    double[][] points = LatinHypercube.sample(FOUR, n, 9);
    assertEquals(n, points.length);
    double[][] ranges = {{0, 2}, {0, 1}, {-1, 1}, {5, 10}};
    for (int i = 0; i < FOUR.size(); i++) {
      Set<Integer> strata = new HashSet<>();
      for (double[] point : points) {
        double u = (point[i] - ranges[i][0]) / (ranges[i][1] - ranges[i][0]);
        strata.add((int) Math.min(n - 1, Math.floor(u * n)));
      }
      assertEquals(n, strata.size(), FOUR.get(i).name());
    }
  }

  @Test
  void morrisMuStarRanksTheParametersByTheirEffect() throws Exception {
    // Per unit of each range: strong 2 x 6 = 12 (and an interaction with medium), medium 4, weak 2 x 1 = 2, inert 0.
    MorrisEffects effects = Morris.analyse(FOUR, p -> 6 * p[0] + 4 * p[1] + p[2] + 3 * p[0] * p[1] * 0.1, 20, 4, 3);
    List<Double> muStar = effects.muStar();
    assertTrue(muStar.get(0) > muStar.get(1) && muStar.get(1) > muStar.get(2) && muStar.get(2) > muStar.get(3),
        muStar.toString());
    assertEquals(0, muStar.get(3), 1e-12, "the inert parameter has no effect");
    assertEquals(2, muStar.get(2), 1e-9, "a linear parameter's effect is its slope times its range");
    assertEquals(0, effects.sigma().get(2), 1e-9, "a linear parameter's effects do not vary");
    assertTrue(effects.sigma().get(0) > 0, "the interaction makes the strong parameter's effects vary");
  }

  @Test
  void parametersMapZeroToOneOntoTheirDistributionOrLevels() {
    assertEquals(15, Parameter.uniform("u", 10, 20).at(0.5), 1e-12);
    assertEquals(10, Parameter.uniform("u", 10, 20).at(0), 0.0);
    Parameter normal = Parameter.of("n", new org.stockpile.model.Distribution.Normal(100, 10));
    assertEquals(100, normal.at(0.5), 1e-9);
    double tail = Parameter.TAIL;
    assertEquals(100 + 10 * 1.959964, normal.at((0.975 - tail) / (1 - 2 * tail)), 1e-4, "truncated tails");
    Parameter lognormal = Parameter.of("l", new org.stockpile.model.Distribution.LogNormal(45, 0.6));
    assertEquals(45, lognormal.at(0.5), 1e-9, "the median");
    Parameter levels = Parameter.levels("days", List.of(30.0, 60.0, 90.0));
    assertEquals(30, levels.at(0));
    assertEquals(60, levels.at(0.5));
    assertEquals(90, levels.at(1));
    Parameter triangular = Parameter.of("t", new org.stockpile.model.Distribution.Triangular(0, 1, 2));
    assertEquals(1, triangular.at(0.5), 1e-9, "a symmetric triangle's median is its mode");
  }

  @Test
  void morrisDesignsAreTrajectoriesOfOneMoveAtATime() {
    double[][] points = Morris.design(FOUR, 3, 4, 1);
    assertEquals(3 * 5, points.length);
    for (int r = 0; r < 3; r++) {
      for (int step = 0; step < 4; step++) {
        int changed = 0;
        for (int i = 0; i < 4; i++) {
          changed += points[r * 5 + step][i] != points[r * 5 + step + 1][i] ? 1 : 0;
        }
        assertEquals(1, changed);
      }
    }
  }
}
