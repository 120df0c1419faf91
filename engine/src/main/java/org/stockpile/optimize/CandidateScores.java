package org.stockpile.optimize;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stockpile.scenario.ScenarioException;
import org.stockpile.sim.MonteCarlo;
import org.stockpile.sim.RunOptions;

/**
 * Scores candidates, given as grid levels of the decisions, on one fixed sample of replicates
 * (the same seed and replicate indices for every candidate, so every candidate faces the same
 * shocks and the same demand noise), and remembers each score: a candidate the search meets
 * again is not simulated again.
 */
final class CandidateScores {
  private final ScenarioDesign design;
  private final List<Decision> decisions;
  private final Objective objective;
  private final RunOptions sample;
  private final Map<Levels, Double> known = new HashMap<>();

  CandidateScores(ScenarioDesign design, List<Decision> decisions, Objective objective, RunOptions sample) {
    this.design = design;
    this.decisions = decisions;
    this.objective = objective;
    this.sample = sample;
  }

  /** Number of grid levels of decision {@code i}. */
  int levels(int i) {
    return decisions.get(i).levels();
  }

  /** The decisions' values at these grid levels. */
  double[] values(int[] levels) {
    double[] values = new double[levels.length];
    for (int i = 0; i < levels.length; i++) {
      values[i] = decisions.get(i).value(levels[i]);
    }
    return values;
  }

  double score(int[] levels) throws ScenarioException {
    Levels key = new Levels(levels.clone());
    Double score = known.get(key);
    if (score == null) {
      score = score(values(levels));
      known.put(key, score);
    }
    return score;
  }

  /** Scores the candidate with these decision values (not remembered). */
  double score(double[] values) throws ScenarioException {
    return objective.score(MonteCarlo.run(design.scenario(values), sample));
  }

  /** Candidates simulated so far. */
  long evaluations() {
    return known.size();
  }

  /** Grid levels as a map key. */
  private record Levels(int[] levels) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Levels that && Arrays.equals(levels, that.levels);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(levels);
    }
  }
}
