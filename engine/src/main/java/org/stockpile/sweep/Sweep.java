package org.stockpile.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.stockpile.scenario.ScenarioException;
import org.stockpile.sim.CompiledScenario;
import org.stockpile.sim.MonteCarlo;
import org.stockpile.sim.RunOptions;
import org.stockpile.sim.RunResult;
import org.stockpile.sim.ShockDraws;

/**
 * Runs a sweep spec: the design's points in [0, 1], mapped onto the parameters, each one a run of
 * the base scenario with those values on the same replicates (common random numbers: the shocks
 * are drawn once and reused while the parameters leave them alone), then the indices.
 *
 * <p>Grid and one-at-a-time designs use the midpoints of {@code levels} equal strata of [0, 1]
 * for a distribution (so unbounded ones stay finite), and every level of a parameter given as
 * levels; one-at-a-time moves each parameter alone from the median point.
 */
public final class Sweep {
  private Sweep() {
  }

  /** The design's points in [0, 1] per parameter. */
  public static double[][] unitDesign(SpecSweep spec, DesignSpec design) {
    int k = spec.parameters().size();
    return switch (design.type()) {
      case SOBOL -> Sobol.unitDesign(k, design.samples());
      case MORRIS -> Morris.unitDesign(k, design.trajectories(), design.levels(), spec.seed());
      case LATIN_HYPERCUBE -> LatinHypercube.unitSample(k, design.samples(), spec.seed());
      case GRID -> grid(spec, design.levels());
      case ONE_AT_A_TIME -> oneAtATime(spec, design.levels());
    };
  }

  /** Runs every point, telling {@code progress} how many are done. */
  public static SweepResult run(SpecSweep spec, DesignSpec design, int threads, IntConsumer progress)
      throws ScenarioException {
    double[][] unit = unitDesign(spec, design);
    int k = spec.parameters().size();
    double[][] points = new double[unit.length][k];
    double[][] values = new double[unit.length][spec.metrics().size()];
    RunOptions options = new RunOptions(spec.replicates(), spec.seed(), threads, false, null);
    ShockDraws draws = null;
    for (int p = 0; p < unit.length; p++) {
      for (int i = 0; i < k; i++) {
        points[p][i] = spec.valueOf(i, unit[p][i]);
      }
      CompiledScenario compiled = CompiledScenario.compile(spec.base().scenario(spec.paths(), points[p]));
      if (draws == null || !draws.fits(compiled, spec.seed())) {
        draws = ShockDraws.of(compiled, spec.seed(), spec.replicates());
      }
      RunResult result = MonteCarlo.run(compiled, options, draws);
      for (int m = 0; m < spec.metrics().size(); m++) {
        values[p][m] = spec.metrics().get(m).mean(result);
      }
      progress.accept(p + 1);
    }
    Map<String, SobolIndices> sobol = new LinkedHashMap<>();
    Map<String, MorrisEffects> morris = new LinkedHashMap<>();
    List<String> names = spec.paths();
    for (int m = 0; m < spec.metrics().size(); m++) {
      double[] column = new double[unit.length];
      for (int p = 0; p < unit.length; p++) {
        column[p] = values[p][m];
      }
      String metric = spec.metrics().get(m).written();
      if (design.type() == DesignType.SOBOL) {
        sobol.put(metric, Sobol.indices(spec.parameters(), column, design.samples(), spec.seed()));
      } else if (design.type() == DesignType.MORRIS) {
        morris.put(metric, Morris.effects(names, unit, column, design.trajectories()));
      }
    }
    return new SweepResult(points, values, sobol, morris);
  }

  private static double[] strata(Parameter parameter, int levels) {
    int count = parameter.levels().isEmpty() ? levels : parameter.levels().size();
    double[] u = new double[count];
    for (int j = 0; j < count; j++) {
      u[j] = (j + 0.5) / count;
    }
    return u;
  }

  private static double[][] grid(SpecSweep spec, int levels) {
    List<double[]> points = new ArrayList<>();
    points.add(new double[0]);
    for (Parameter parameter : spec.parameters()) {
      List<double[]> extended = new ArrayList<>();
      for (double[] point : points) {
        for (double u : strata(parameter, levels)) {
          double[] longer = java.util.Arrays.copyOf(point, point.length + 1);
          longer[point.length] = u;
          extended.add(longer);
        }
      }
      points = extended;
    }
    return points.toArray(double[][]::new);
  }

  private static double[][] oneAtATime(SpecSweep spec, int levels) {
    int k = spec.parameters().size();
    List<double[]> points = new ArrayList<>();
    double[] median = new double[k];
    java.util.Arrays.fill(median, 0.5);
    points.add(median);
    for (int i = 0; i < k; i++) {
      for (double u : strata(spec.parameters().get(i), levels)) {
        if (u != 0.5) {
          double[] point = median.clone();
          point[i] = u;
          points.add(point);
        }
      }
    }
    return points.toArray(double[][]::new);
  }
}
