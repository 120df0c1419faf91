package org.stockpile.optimize;

import java.util.List;

/**
 * What a search found.
 *
 * @param best    the best candidate seen, scored on the search's sample of replicates
 * @param history one record per generation
 */
public record OptimizationResult(Evaluation best, List<GenerationRecord> history) {
  public OptimizationResult {
    history = List.copyOf(history);
  }
}
