package org.stockpile.optimize;

import java.util.List;
import java.util.Optional;

/**
 * The best candidate, and the baseline when there is one, scored again on replicates the search
 * never saw: a winner that only fitted its sample shows here.
 *
 * @param replicates fresh replicates, in {@code batches} batches of equal size
 * @param batches    batches the intervals are computed from (batch means)
 * @param objectives one entry per objective, in the order they were given
 */
public record ValidationReport(int replicates, int batches, List<Scores> objectives) {
  public ValidationReport {
    objectives = List.copyOf(objectives);
  }

  /** The first (or only) objective. */
  public Scores first() {
    return objectives.getFirst();
  }

  /**
   * One objective on the fresh replicates.
   *
   * @param best       the best candidate's value
   * @param baseline   the baseline's value
   * @param difference best minus baseline, batch by batch on the same replicates (negative: the
   *                   best is better); its interval says whether the gain is more than noise
   */
  public record Scores(Estimate best, Optional<Estimate> baseline, Optional<Estimate> difference) {
  }
}
