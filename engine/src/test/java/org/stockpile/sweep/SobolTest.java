package org.stockpile.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sobol indices against functions whose indices are known: Ishigami (docs/sources.md#ishigami-function)
 * and the G function in closed form (docs/sources.md#sobol-g-function).
 */
class SobolTest {
  private static final int N = 8192;

  @Test
  void ishigamiIndicesAreWithinTheirIntervalsAndTwoHundredthsOfTheTrueValues() throws Exception {
    double a = 7;
    double b = 0.1;
    List<Parameter> x = List.of(Parameter.uniform("x1", -Math.PI, Math.PI), Parameter.uniform("x2", -Math.PI, Math.PI),
        Parameter.uniform("x3", -Math.PI, Math.PI));
    SobolIndices indices = Sobol.analyse(x, p -> Math.sin(p[0]) + a * Math.pow(Math.sin(p[1]), 2)
        + b * Math.pow(p[2], 4) * Math.sin(p[0]), N, 1);
    double[] first = {0.3139, 0.4424, 0};
    double[] total = {0.5576, 0.4424, 0.2437};
    check(indices, first, total);
  }

  @Test
  void gFunctionIndicesAreWithinTheirIntervalsAndTwoHundredthsOfTheClosedForm() throws Exception {
    double[] a = {0, 1, 4.5, 9, 99, 99};
    List<Parameter> x = new java.util.ArrayList<>();
    for (int i = 0; i < a.length; i++) {
      x.add(Parameter.uniform("x" + (i + 1), 0, 1));
    }
    SobolIndices indices = Sobol.analyse(x, p -> {
      double product = 1;
      for (int i = 0; i < a.length; i++) {
        product *= (Math.abs(4 * p[i] - 2) + a[i]) / (1 + a[i]);
      }
      return product;
    }, N, 2);
    // V_i = 1 / (3 (1 + a_i)^2), V = prod(1 + V_i) - 1, S_i = V_i / V, ST_i = V_i prod_{j != i}(1 + V_j) / V.
    double[] partial = new double[a.length];
    double all = 1;
    for (int i = 0; i < a.length; i++) {
      partial[i] = 1 / (3 * (1 + a[i]) * (1 + a[i]));
      all *= 1 + partial[i];
    }
    double variance = all - 1;
    double[] first = new double[a.length];
    double[] total = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      first[i] = partial[i] / variance;
      total[i] = partial[i] * all / (1 + partial[i]) / variance;
    }
    check(indices, first, total);
  }

  @Test
  void theDesignHasNTimesParametersPlusTwoPointsInRange() {
    List<Parameter> x = List.of(Parameter.uniform("a", 10, 20), Parameter.uniform("b", -1, 1));
    double[][] points = Sobol.design(x, 64);
    assertEquals(64 * 4, points.length);
    for (double[] point : points) {
      assertTrue(point[0] >= 10 && point[0] <= 20 && point[1] >= -1 && point[1] <= 1);
    }
  }

  private static void check(SobolIndices indices, double[] first, double[] total) {
    for (int i = 0; i < first.length; i++) {
      Interval s1 = indices.firstOrder().get(i);
      Interval st = indices.total().get(i);
      String name = indices.names().get(i);
      assertEquals(first[i], s1.estimate(), 0.02, name + " S1 " + s1);
      assertEquals(total[i], st.estimate(), 0.02, name + " ST " + st);
      assertTrue(s1.contains(first[i]), name + " S1 interval " + s1 + " misses " + first[i]);
      assertTrue(st.contains(total[i]), name + " ST interval " + st + " misses " + total[i]);
    }
  }
}
