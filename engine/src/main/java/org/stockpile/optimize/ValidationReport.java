package org.stockpile.optimize;

import java.util.Optional;

/**
 * The best candidate, and the baseline when there is one, scored again on replicates the search
 * never saw: a winner that only fitted its sample shows here.
 *
 * @param replicates fresh replicates, in {@code batches} batches of equal size
 * @param batches    batches the intervals are computed from (batch means)
 * @param best       the best candidate's objective
 * @param baseline   the baseline's objective
 * @param difference best minus baseline, batch by batch on the same replicates (negative: the
 *                   best is better); its interval says whether the gain is more than noise
 */
public record ValidationReport(int replicates, int batches, Estimate best, Optional<Estimate> baseline,
    Optional<Estimate> difference) {
}
