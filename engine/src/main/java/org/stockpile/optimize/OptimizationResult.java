package org.stockpile.optimize;

import java.util.List;

/**
 * What a search found.
 *
 * @param best    the best candidate seen (with several objectives, the front's member best on the
 *                first), scored on the search's sample of replicates
 * @param front   the candidates seen that meet every constraint and that no other such candidate
 *                beats on every objective, by the first objective (with one objective, the best)
 * @param history one record per generation
 */
public record OptimizationResult(Evaluation best, List<Evaluation> front, List<GenerationRecord> history) {
  public OptimizationResult {
    front = List.copyOf(front);
    history = List.copyOf(history);
  }
}
