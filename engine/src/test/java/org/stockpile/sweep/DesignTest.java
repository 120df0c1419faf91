package org.stockpile.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The designs' points, their settings, and a design run over a plain function. */
class DesignTest {
  private static final List<Parameter> TWO = List.of(Parameter.uniform("a", 0, 30),
      Parameter.levels("b", List.of(1.0, 2.0)));

  @Test
  void aGridTakesEveryCombinationOfStratumMidpointsAndLevels() throws Exception {
    double[][] points = Design.grid(3).points(TWO, 1);
    assertEquals(6, points.length);
    assertArrayEquals(new double[] {5, 1}, points[0]);
    assertArrayEquals(new double[] {5, 2}, points[1]);
    assertArrayEquals(new double[] {25, 2}, points[5]);
    Analysis sums = Sensitivity.analyse(TWO, Design.grid(3), p -> p[0] + p[1], 1);
    assertArrayEquals(new double[] {6, 7, 16, 17, 26, 27}, sums.values());
    assertEquals(java.util.Optional.empty(), sums.indices());
  }

  @Test
  void oneAtATimeMovesEachParameterAloneFromTheMedian() {
    double[][] points = Design.oneAtATime(3).points(TWO, 1);
    // The median (u = 0.5: a = 15, b's second level), then a at 5 and 25, then b at its first level.
    assertEquals(4, points.length);
    assertArrayEquals(new double[] {15, 2}, points[0]);
    assertArrayEquals(new double[] {5, 2}, points[1]);
    assertArrayEquals(new double[] {25, 2}, points[2]);
    assertArrayEquals(new double[] {15, 1}, points[3]);
  }

  @Test
  void designsRefuseSettingsTheyCannotUse() {
    assertThrows(IllegalArgumentException.class, () -> Design.sobol(1));
    assertThrows(IllegalArgumentException.class, () -> Design.morris(4, 3));
    assertThrows(IllegalArgumentException.class, () -> Design.morris(1, 4));
    assertThrows(IllegalArgumentException.class, () -> Design.latinHypercube(0));
    assertThrows(IllegalArgumentException.class, () -> Design.grid(1));
    assertThrows(IllegalArgumentException.class, () -> Design.oneAtATime(1));
  }

  @Test
  void aSobolAnalysisOfAnAdditiveFunctionSplitsItsVarianceByTheSquaresOfTheSlopes() throws Exception {
    // f = 2a + b on uniform [0, 1]: V = 4/12 + 1/12, S1 = ST = 0.8 and 0.2 exactly in the limit.
    List<Parameter> unit = List.of(Parameter.uniform("a", 0, 1), Parameter.uniform("b", 0, 1));
    SobolIndices indices = Sensitivity.analyse(unit, Design.sobol(1024), p -> 2 * p[0] + p[1], 3).sobol();
    assertEquals(0.8, indices.firstOrder().get(0).estimate(), 0.01);
    assertEquals(0.2, indices.firstOrder().get(1).estimate(), 0.01);
    assertEquals(0.8, indices.total().get(0).estimate(), 0.01);
    assertEquals(0.2, indices.total().get(1).estimate(), 0.01);
    assertThrows(IllegalStateException.class, () -> Sensitivity.analyse(unit, Design.latinHypercube(8),
        p -> p[0], 3).sobol());
  }

  @Test
  void anUnboundedDistributionIsTruncatedToItsMiddle998PerMille() {
    Parameter demand = Parameter.of("demand", new org.stockpile.model.Distribution.Normal(23, 2));
    assertEquals(23, demand.at(0.5), 1e-9);
    assertEquals(23 + 2 * 3.090232, demand.at(1), 1e-5);
    assertEquals(23 - 2 * 3.090232, demand.at(0), 1e-5);
    Parameter mode = Parameter.of("days", new org.stockpile.model.Distribution.Triangular(30, 60, 120));
    assertEquals(30, mode.at(0), 1e-3);
    assertEquals(120, mode.at(1), 1e-3);
  }
}
