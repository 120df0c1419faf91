package org.stockpile.sweep;

import java.util.List;

/**
 * Sobol indices of each parameter, in the order given: first order (the share of the output's
 * variance due to the parameter alone) and total (the share it has a part in, interactions
 * included).
 *
 * @param names       the parameters
 * @param firstOrder  S1 of each, with its bootstrap interval
 * @param total       ST of each, with its bootstrap interval
 * @param baseSamples N, the base sample size; the model ran N x (parameters + 2) times
 */
public record SobolIndices(List<String> names, List<Interval> firstOrder, List<Interval> total, int baseSamples)
    implements Indices {
  public SobolIndices {
    names = List.copyOf(names);
    firstOrder = List.copyOf(firstOrder);
    total = List.copyOf(total);
  }
}
