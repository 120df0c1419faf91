package org.stockpile.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockpile.check.ScenarioException;
import org.stockpile.metrics.Metric;
import org.stockpile.optimize.WorldSearch;
import org.stockpile.sim.CompiledWorld;
import org.stockpile.sim.RandomStreams;
import org.stockpile.sim.RunOptions;
import org.stockpile.sim.RunResult;
import org.stockpile.sim.StreamPurpose;
import org.stockpile.sim.WorldMonteCarlo;
import org.stockpile.sim.WorldResult;

/**
 * Runs a {@link WorldOptimizeStudy}: the coalition's optimum (every decision chosen together for
 * the least sum of the coalition's objectives) and, with a best response, the reserves each
 * economy would choose alone, each responding to the others in turn; then both answers scored on
 * the same fresh replicates, so that what cooperation is worth (in money and in shortfall) comes
 * with intervals on common random numbers.
 */
public final class WorldOptimizeWorkflow {
  private WorldOptimizeWorkflow() {
  }

  /** A mean difference with its 95 % interval (normal approximation over paired replicates). */
  public record Interval(double mean, double low, double high) {
    static Interval of(double[] differences) {
      int n = differences.length;
      double mean = 0;
      for (double d : differences) {
        mean += d;
      }
      mean /= n;
      double squares = 0;
      for (double d : differences) {
        squares += (d - mean) * (d - mean);
      }
      double half = n > 1 ? 1.959963984540054 * Math.sqrt(squares / (n - 1) / n) : Double.NaN;
      return new Interval(mean, mean - half, mean + half);
    }
  }

  /**
   * What cooperation is worth: the coalition's net cost alone less together (money saved), and its
   * shortfall alone less together per material (units avoided), on {@code replicates} fresh
   * replicates.
   */
  public record Cooperation(Interval money, Map<String, Interval> shortfall, int replicates, long seed) {
  }

  /** What the study found; {@code alone} and {@code cooperation} only with a best response. */
  public record Outcome(WorldOptimizeStudy study, double[] start, double[] startObjectives,
      WorldSearch.BestResponse alone, double[] together, double[] togetherObjectives, Cooperation cooperation,
      int runs) {
  }

  public static Outcome run(WorldOptimizeStudy study, int threads, boolean bestResponse) throws ScenarioException {
    SearchSpec search = study.search();
    RunOptions options = new RunOptions(search.replicates(), search.seed(), threads, false, null);
    WorldSearch searcher = new WorldSearch(study.decisions(), study.limits(), values -> scores(study, values, options));
    double[] start = study.start();
    double[] startObjectives = searcher.objectives(start);
    WorldSearch.BestResponse alone = bestResponse
        ? searcher.bestResponse(start, study.economies().size(), search.rounds()) : null;
    double[] together = searcher.coalition(alone != null ? alone.last().values() : start, study.coalition());
    double[] togetherObjectives = searcher.objectives(together);
    Cooperation cooperation = alone == null ? null : cooperation(study, alone.last().values(), together, threads);
    return new Outcome(study, start, startObjectives, alone, together, togetherObjectives, cooperation,
        searcher.runs());
  }

  private static double[] scores(WorldOptimizeStudy study, double[] values, RunOptions options)
      throws ScenarioException {
    WorldResult result = run(study, values, options);
    double[] objectives = new double[study.economies().size()];
    for (int e = 0; e < objectives.length; e++) {
      objectives[e] = study.objective().objective().score(result.economies().get(e));
    }
    return objectives;
  }

  private static WorldResult run(WorldOptimizeStudy study, double[] values, RunOptions options)
      throws ScenarioException {
    return WorldMonteCarlo.run(CompiledWorld.compile(study.base().with(study.paths(), values)), options);
  }

  /** Both answers on the same fresh replicates; differences alone less together, replicate by replicate. */
  private static Cooperation cooperation(WorldOptimizeStudy study, double[] alone, double[] together, int threads)
      throws ScenarioException {
    SearchSpec search = study.search();
    long seed = RandomStreams.streamSeed(search.seed(), 0, StreamPurpose.OPTIMIZER_VALIDATION.key());
    RunOptions options = new RunOptions(search.validationReplicates(), seed, threads, false, null);
    WorldResult byThemselves = run(study, alone, options);
    WorldResult jointly = run(study, together, options);
    int n = search.validationReplicates();
    double[] money = new double[n];
    Map<String, double[]> shortfall = new LinkedHashMap<>();
    for (int e = 0; e < study.economies().size(); e++) {
      if (!study.coalition()[e]) {
        continue;
      }
      RunResult a = byThemselves.economies().get(e);
      RunResult b = jointly.economies().get(e);
      double[] costA = a.values(a.layout().total(Metric.NET_COST));
      double[] costB = b.values(b.layout().total(Metric.NET_COST));
      for (int r = 0; r < n; r++) {
        money[r] += costA[r] - costB[r];
      }
      List<String> materials = a.materials();
      for (int m = 0; m < materials.size(); m++) {
        double[] shortA = a.values(a.layout().material(m, Metric.SHORTFALL_UNITS));
        double[] shortB = b.values(b.layout().material(m, Metric.SHORTFALL_UNITS));
        double[] sum = shortfall.computeIfAbsent(materials.get(m), key -> new double[n]);
        for (int r = 0; r < n; r++) {
          sum[r] += shortA[r] - shortB[r];
        }
      }
    }
    Map<String, Interval> avoided = new LinkedHashMap<>();
    shortfall.forEach((material, differences) -> avoided.put(material, Interval.of(differences)));
    return new Cooperation(Interval.of(money), avoided, n, seed);
  }
}
