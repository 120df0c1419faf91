package org.stockpile.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.distribution.TDistribution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stockpile.check.ScenarioException;
import org.stockpile.sim.CompiledScenario;
import org.stockpile.sim.MonteCarlo;
import org.stockpile.sim.RandomStreams;
import org.stockpile.sim.RunOptions;
import org.stockpile.sim.RunResult;
import org.stockpile.sim.ScenarioFamily;
import org.stockpile.sim.StreamPurpose;

/**
 * Scores candidates on fresh replicates, in batches: each batch has its own seed, derived from
 * (search seed, batch), so it shares no random numbers with the search's sample, while every
 * candidate sees the same batches (common random numbers, so differences are paired). The
 * objective is any function of a run, so intervals come from batch means: the objective of each
 * batch, then a Student t interval over the batches.
 */
public final class Validation {
  private static final Logger LOG = LoggerFactory.getLogger(Validation.class);
  /** Batches the fresh replicates are split into. */
  public static final int BATCHES = 16;

  private Validation() {
  }

  /**
   * Re-scores {@code best}, and {@code baseline} when given, on every objective, on
   * {@code replicates} fresh replicates (rounded up to a whole number of batches).
   */
  public static ValidationReport run(ScenarioFamily design, List<Objective> objectives, double[] best,
      Optional<double[]> baseline, int replicates, long seed, int threads) throws ScenarioException {
    int perBatch = Math.max(1, (replicates + BATCHES - 1) / BATCHES);
    long start = System.nanoTime();
    double[][] bestScores = scores(design, objectives, best, perBatch, seed, threads);
    double[][] baselineScores = baseline.isPresent()
        ? scores(design, objectives, baseline.get(), perBatch, seed, threads) : null;
    List<ValidationReport.Scores> reports = new ArrayList<>();
    for (int o = 0; o < objectives.size(); o++) {
      Optional<Estimate> base = Optional.empty();
      Optional<Estimate> difference = Optional.empty();
      if (baselineScores != null) {
        double[] gaps = new double[BATCHES];
        for (int b = 0; b < BATCHES; b++) {
          gaps[b] = bestScores[o][b] - baselineScores[o][b];
        }
        base = Optional.of(estimate(baselineScores[o]));
        difference = Optional.of(estimate(gaps));
      }
      reports.add(new ValidationReport.Scores(estimate(bestScores[o]), base, difference));
    }
    LOG.info("validation: the best{} on {} fresh replicates in {} batches, {} s", baseline.isPresent()
        ? " and the scenario as written" : "", perBatch * BATCHES, BATCHES,
        Math.round((System.nanoTime() - start) / 1e6) / 1e3);
    return new ValidationReport(perBatch * BATCHES, BATCHES, reports);
  }

  /** Each objective's score in each batch: [objective][batch]. */
  private static double[][] scores(ScenarioFamily design, List<Objective> objectives, double[] values, int perBatch,
      long seed, int threads) throws ScenarioException {
    double[][] scores = new double[objectives.size()][BATCHES];
    CompiledScenario compiled = CompiledScenario.compile(design.valid(values), design.policies(values));
    for (int b = 0; b < BATCHES; b++) {
      long batchSeed = RandomStreams.streamSeed(seed, b, StreamPurpose.OPTIMIZER_VALIDATION.key());
      RunResult result = MonteCarlo.run(compiled, new RunOptions(perBatch, batchSeed, threads, false, null));
      for (int o = 0; o < objectives.size(); o++) {
        scores[o][b] = objectives.get(o).score(result);
      }
    }
    return scores;
  }

  /** Mean of the batch values and its 95 % Student t interval. */
  static Estimate estimate(double[] values) {
    int n = values.length;
    double mean = 0;
    for (double value : values) {
      mean += value;
    }
    mean /= n;
    double squares = 0;
    for (double value : values) {
      squares += (value - mean) * (value - mean);
    }
    double halfWidth = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975)
        * Math.sqrt(squares / (n - 1) / n);
    return new Estimate(mean, mean - halfWidth, mean + halfWidth);
  }
}
