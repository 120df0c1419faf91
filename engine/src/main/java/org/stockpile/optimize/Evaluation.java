package org.stockpile.optimize;

import java.util.List;

/**
 * A candidate and how it did on the sample of replicates.
 *
 * @param values the decisions' values, in the order the decisions were given
 * @param scores the objectives, in the order they were given (lower is better); NaN when the
 *               candidate was not simulated because its decisions alone break a constraint
 * @param slacks each constraint's slack, in the order the constraints were given (negative:
 *               missed by that much); NaN for a constraint on results of a candidate not simulated
 * @param invalid why these values do not make a valid scenario (for example shares above 1), or
 *                null; such a candidate is not simulated and ranks after every other
 */
public record Evaluation(List<Double> values, List<Double> scores, List<Double> slacks, String invalid) {
  public Evaluation {
    values = List.copyOf(values);
    scores = List.copyOf(scores);
    slacks = List.copyOf(slacks);
  }

  public Evaluation(List<Double> values, List<Double> scores, List<Double> slacks) {
    this(values, scores, slacks, null);
  }

  /** The first (or only) objective. */
  public double score() {
    return scores.getFirst();
  }

  /** Whether the candidate meets every constraint. */
  public boolean feasible() {
    return invalid == null && slacks.stream().allMatch(slack -> slack >= 0);
  }

  /** The values as an array, in decision order. */
  public double[] valueArray() {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
