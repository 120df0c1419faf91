package org.stockpile.sweep;

import java.util.List;
import org.stockpile.check.Finding;
import org.stockpile.check.ScenarioException;
import org.stockpile.check.ValidScenario;
import org.stockpile.check.ValidWorld;
import org.stockpile.sim.CompiledScenario;
import org.stockpile.sim.CompiledWorld;
import org.stockpile.sim.MonteCarlo;
import org.stockpile.sim.RunOptions;
import org.stockpile.sim.RunResult;
import org.stockpile.sim.ShockDraws;
import org.stockpile.sim.WorldMonteCarlo;
import org.stockpile.sim.WorldResult;

/**
 * Runs points of a sweep, one after another, in one worker (a thread, or a Spark task): each
 * point is the base scenario (or world of several economies) with the point's values, run on the
 * plan's replicates and seed, and yields the plan's {@link SweepPlan#outputNames outputs}. A
 * point's outputs depend on the point alone, not on which runner ran it or what it ran before; the
 * runner only keeps the shocks it drew last, to reuse them while the parameters leave them alone
 * (for one economy: a world draws its shocks in its own run).
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
    return switch (plan.model()) {
      case SweptModel.OneEconomy one -> outputs(one, point);
      case SweptModel.SeveralEconomies several -> outputs(several, point);
    };
  }

  /**
   * Checks that {@code point} makes a valid scenario (or world) the plan can measure, without
   * running it: or the problems that make it invalid.
   */
  public static void check(SweepPlan plan, double[] point) throws ScenarioException {
    switch (plan.model()) {
      case SweptModel.OneEconomy one -> scenario(plan, one, point);
      case SweptModel.SeveralEconomies several -> several.worlds().valid(point);
    }
  }

  private double[] outputs(SweptModel.OneEconomy one, double[] point) throws ScenarioException {
    CompiledScenario compiled = CompiledScenario.compile(scenario(plan, one, point), one.scenarios().policies(point));
    if (draws == null || !draws.fits(compiled, plan.seed())) {
      draws = ShockDraws.of(compiled, plan.seed(), plan.replicates());
    }
    return outputs(one, MonteCarlo.run(compiled, options, draws));
  }

  private double[] outputs(SweptModel.SeveralEconomies several, double[] point) throws ScenarioException {
    ValidWorld world = several.worlds().valid(point);
    WorldResult result = WorldMonteCarlo.run(CompiledWorld.compile(world), options);
    double[] values = new double[several.metrics().size()];
    for (int o = 0; o < values.length; o++) {
      values[o] = several.metrics().get(o).mean(result);
    }
    return values;
  }

  /** The scenario of {@code point}, checked, or the problems that make it invalid. */
  private static ValidScenario scenario(SweepPlan plan, SweptModel.OneEconomy one, double[] point)
      throws ScenarioException {
    ValidScenario scenario = one.scenarios().valid(point);
    int lastCoverDay = plan.coverDays().isEmpty() ? -1 : plan.coverDays().getLast();
    if (scenario.scenario().run().horizonDays() <= lastCoverDay) {
      throw new ScenarioException(List.of(Finding.at("run.horizonDays", "the run ends before cover day "
          + lastCoverDay + " (timeIndices.days)")));
    }
    return scenario;
  }

  /** A run's outputs: the metrics' means, then each cover material's mean cover on each cover day. */
  private double[] outputs(SweptModel.OneEconomy one, RunResult result) {
    double[] values = new double[one.metrics().size() + plan.coverDays().size() * plan.coverMaterials().size()];
    int o = 0;
    for (MetricRef metric : one.metrics()) {
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
