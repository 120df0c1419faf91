package org.stockpile.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockpile.check.ScenarioException;
import org.stockpile.sim.CompiledScenario;
import org.stockpile.sim.MonteCarlo;
import org.stockpile.sim.RunOptions;
import org.stockpile.sim.RunResult;
import org.stockpile.sim.ScenarioFamily;
import org.stockpile.sim.ShockDraws;

/**
 * Scores candidates, given as grid levels of the decisions, on one fixed sample of replicates
 * (the same seed and replicate indices for every candidate, so every candidate faces the same
 * shocks and the same demand noise; the shocks are drawn once, see {@link ShockDraws}), and
 * remembers each result: a candidate the search meets
 * again is not simulated again. A candidate whose decisions alone break a constraint is not
 * simulated at all, nor one whose values do not make a valid scenario (it ranks last, with the
 * reason kept).
 */
final class CandidateScores {
  private final ScenarioFamily design;
  private final List<Decision> decisions;
  private final List<Objective> objectives;
  private final List<Constraint> constraints;
  private final RunOptions sample;
  private final Map<Levels, Evaluation> known = new LinkedHashMap<>();
  private long simulations;
  private ShockDraws draws;

  CandidateScores(ScenarioFamily design, List<Decision> decisions, List<Objective> objectives,
      List<Constraint> constraints, RunOptions sample) {
    this.design = design;
    this.decisions = decisions;
    this.objectives = objectives;
    this.constraints = constraints;
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

  Evaluation evaluate(int[] levels) throws ScenarioException {
    Levels key = new Levels(levels.clone());
    Evaluation known = this.known.get(key);
    if (known == null) {
      known = evaluate(values(levels), false);
      this.known.put(key, known);
    }
    return known;
  }

  /**
   * Evaluates the candidate with these decision values (not remembered). Unless
   * {@code simulateAnyway}, a candidate whose decisions alone break a constraint is not simulated.
   */
  Evaluation evaluate(double[] values, boolean simulateAnyway) throws ScenarioException {
    double[] slacks = new double[constraints.size()];
    boolean decisionsFit = true;
    for (int c = 0; c < slacks.length; c++) {
      slacks[c] = switch (constraints.get(c)) {
        case Constraint.DecisionSum sum -> sum.slack(values);
        case Constraint.SpendingLimit limit -> Double.NaN; // known once the candidate has run
      };
      decisionsFit &= !(slacks[c] < 0);
    }
    double[] scores = new double[objectives.size()];
    Arrays.fill(scores, Double.NaN);
    if (decisionsFit || simulateAnyway) {
      CompiledScenario compiled;
      try {
        compiled = CompiledScenario.compile(design.valid(values), design.policies(values));
      } catch (ScenarioException e) {
        if (simulateAnyway) {
          throw e;
        }
        return new Evaluation(Arrays.stream(values).boxed().toList(), Arrays.stream(scores).boxed().toList(),
            Arrays.stream(slacks).boxed().toList(), e.problems().getFirst().toString());
      }
      if (draws == null || !draws.fits(compiled, sample.seed())) {
        // The shocks are drawn once for the sample and reused by every candidate with the same
        // shocks (all of them, when the decisions only touch reserves).
        draws = ShockDraws.of(compiled, sample.seed(), sample.replicates());
      }
      RunResult result = MonteCarlo.run(compiled, sample, draws);
      simulations++;
      for (int o = 0; o < scores.length; o++) {
        scores[o] = objectives.get(o).score(result);
      }
      for (int c = 0; c < slacks.length; c++) {
        slacks[c] = switch (constraints.get(c)) {
          case Constraint.DecisionSum sum -> slacks[c];
          case Constraint.SpendingLimit limit -> limit.slack(result);
        };
      }
    }
    return new Evaluation(Arrays.stream(values).boxed().toList(), Arrays.stream(scores).boxed().toList(),
        Arrays.stream(slacks).boxed().toList());
  }

  /** How the search ranks an evaluation. */
  Fitness fitness(Evaluation evaluation) {
    double violation = evaluation.invalid() != null ? Double.MAX_VALUE : 0;
    for (int c = 0; c < constraints.size(); c++) {
      double slack = evaluation.slacks().get(c);
      if (Double.isNaN(slack)) {
        violation += 1;
      } else if (slack < 0) {
        violation -= slack / constraints.get(c).scale();
      }
    }
    // A candidate not simulated has no scores; the largest finite number keeps NSGA-II's crowding
    // distances finite (it ranks behind every feasible candidate anyway, by its violation).
    return new Fitness(violation, evaluation.scores().stream()
        .mapToDouble(score -> Double.isNaN(score) ? Double.MAX_VALUE : score).toArray());
  }

  /** Candidates simulated so far. */
  long evaluations() {
    return simulations;
  }

  /** Every candidate scored so far, in the order first scored. */
  List<SearchState.Scored> scored() {
    List<SearchState.Scored> all = new ArrayList<>(known.size());
    known.forEach((key, evaluation) -> all.add(new SearchState.Scored(Arrays.stream(key.levels()).boxed().toList(),
        evaluation)));
    return all;
  }

  /** Starts from the candidates scored by an earlier, interrupted search. */
  void restore(List<SearchState.Scored> scored, long simulated) {
    known.clear();
    for (SearchState.Scored entry : scored) {
      known.put(new Levels(entry.levels().stream().mapToInt(Integer::intValue).toArray()), entry.evaluation());
    }
    simulations = simulated;
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
