package org.stockpile.sweep;

import java.util.List;
import org.stockpile.check.Finding;
import org.stockpile.check.ScenarioException;
import org.stockpile.check.ValidScenario;
import org.stockpile.model.Scenario;
import org.stockpile.sim.CompiledScenario;
import org.stockpile.sim.MonteCarlo;
import org.stockpile.sim.RunOptions;
import org.stockpile.sim.RunResult;
import org.stockpile.sim.ShockDraws;

/**
 * Runs points of a sweep, one after another, in one worker (a thread, or a Spark task): each
 * point is the base scenario with the point's values, run on the spec's replicates and seed, and
 * yields the spec's {@link SweepPlan#outputNames outputs}. A point's outputs depend on the point
 * alone, not on which runner ran it or what it ran before; the runner only keeps the shocks it
 * drew last, to reuse them while the parameters leave them alone.
 */
public final class PointRunner {
  private final SweepPlan spec;
  private final RunOptions options;
  private ShockDraws draws;

  /** A runner whose points each run their replicates on {@code threads} threads. */
  public PointRunner(SweepPlan spec, int threads) {
    this.spec = spec;
    int[] days = spec.coverDays().stream().mapToInt(Integer::intValue).toArray();
    this.options = new RunOptions(spec.replicates(), spec.seed(), threads, false, null).withCoverDays(days);
  }

  /** The outputs at {@code point} (the parameters' values, as {@link Sweep#points} gives them). */
  public double[] outputs(double[] point) throws ScenarioException {
    CompiledScenario compiled = CompiledScenario.compile(scenario(spec, point));
    if (draws == null || !draws.fits(compiled, spec.seed())) {
      draws = ShockDraws.of(compiled, spec.seed(), spec.replicates());
    }
    return outputs(MonteCarlo.run(compiled, options, draws));
  }

  /** The scenario of {@code point}, checked, or the problems that make it invalid. */
  public static ValidScenario scenario(SweepPlan spec, double[] point) throws ScenarioException {
    ValidScenario scenario = spec.scenarios().valid(point);
    int lastCoverDay = spec.coverDays().isEmpty() ? -1 : spec.coverDays().getLast();
    if (scenario.scenario().run().horizonDays() <= lastCoverDay) {
      throw new ScenarioException(List.of(Finding.at("run.horizonDays", "the run ends before cover day "
          + lastCoverDay + " (timeIndices.days)")));
    }
    return scenario;
  }

  /** A run's outputs: the metrics' means, then each cover material's mean cover on each cover day. */
  private double[] outputs(RunResult result) {
    double[] values = new double[spec.metrics().size() + spec.coverDays().size() * spec.coverMaterials().size()];
    int o = 0;
    for (MetricRef metric : spec.metrics()) {
      values[o++] = metric.mean(result);
    }
    for (int d = 0; d < spec.coverDays().size(); d++) {
      for (String material : spec.coverMaterials()) {
        values[o++] = result.meanCover(result.materialIndex(material), d);
      }
    }
    return values;
  }
}
