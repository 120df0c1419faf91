package org.stockpile.optimize;

import java.util.List;

/**
 * A candidate and its score on the sample of replicates.
 *
 * @param values the decisions' values, in the order the decisions were given
 * @param score  the objective (lower is better)
 */
public record Evaluation(List<Double> values, double score) {
  public Evaluation {
    values = List.copyOf(values);
  }

  /** The values as an array, in decision order. */
  public double[] valueArray() {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
