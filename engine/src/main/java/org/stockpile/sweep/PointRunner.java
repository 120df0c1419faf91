package org.stockpile.sweep;

import java.util.List;
import org.stockpile.check.Finding;
import org.stockpile.check.ScenarioException;
import org.stockpile.check.ValidScenario;
import org.stockpile.sim.CompiledScenario;
import org.stockpile.sim.MonteCarlo;
import org.stockpile.sim.RunOptions;
import org.stockpile.sim.RunResult;
import org.stockpile.sim.ShockDraws;

/**
 * Runs points of a sweep, one after another, in one worker (a thread, or a Spark task): each
 * point is the base scenario with the point's values, run on the plan's replicates and seed, and
 * yields the plan's {@link SweepPlan#outputNames outputs}. A point's outputs depend on the point
 * alone, not on which runner ran it or what it ran before; the runner only keeps the shocks it
 * drew last, to reuse them while the parameters leave them alone.
 */
public final class PointRunner {
  private final SweepPlan plan;
  private final RunOptions options;
  private ShockDraws draws;

  /** A runner whose points each run their replicates on {@code threads} threads. */
  public PointRunner(SweepPlan plan, int threads) {
    this.plan = plan;
    int[] days = plan.coverDays().stream().mapToInt(Integer::intValue).toArray();
    this.options = new RunOptions(plan.replicates(), plan.seed(), threads, false, null).withCoverDays(days);
  }

  /** The outputs at {@code point} (the parameters' values, as {@link Sweep#points} gives them). */
  public double[] outputs(double[] point) throws ScenarioException {
    CompiledScenario compiled = CompiledScenario.compile(scenario(plan, point));
    if (draws == null || !draws.fits(compiled, plan.seed())) {
      draws = ShockDraws.of(compiled, plan.seed(), plan.replicates());
    }
    return outputs(MonteCarlo.run(compiled, options, draws));
  }

  /** The scenario of {@code point}, checked, or the problems that make it invalid. */
  public static ValidScenario scenario(SweepPlan plan, double[] point) throws ScenarioException {
    ValidScenario scenario = plan.scenarios().valid(point);
    int lastCoverDay = plan.coverDays().isEmpty() ? -1 : plan.coverDays().getLast();
    if (scenario.scenario().run().horizonDays() <= lastCoverDay) {
      throw new ScenarioException(List.of(Finding.at("run.horizonDays", "the run ends before cover day "
          + lastCoverDay + " (timeIndices.days)")));
    }
    return scenario;
  }

  /** A run's outputs: the metrics' means, then each cover material's mean cover on each cover day. */
  private double[] outputs(RunResult result) {
    double[] values = new double[plan.metrics().size() + plan.coverDays().size() * plan.coverMaterials().size()];
    int o = 0;
    for (MetricRef metric : plan.metrics()) {
      values[o++] = metric.mean(result);
    }
    for (int d = 0; d < plan.coverDays().size(); d++) {
      for (String material : plan.coverMaterials()) {
        values[o++] = result.meanCover(result.materialIndex(material), d);
      }
    }
    return values;
  }
}
