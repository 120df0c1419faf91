package org.stockpile.optimize;

/**
 * One generation of the search, for its history.
 *
 * @param generation  1 for the first
 * @param best        best objective so far among candidates meeting every constraint (NaN if none yet)
 * @param mean        mean objective of the generation's candidates that meet every constraint (NaN if none)
 * @param feasible    share of the generation's candidates that meet every constraint
 * @param diversity   share of distinct candidates in the population (1: all different)
 * @param evaluations candidates simulated so far (a candidate seen before is not simulated again,
 *                    nor one whose decisions alone break a constraint)
 */
public record GenerationRecord(long generation, double best, double mean, double feasible, double diversity,
    long evaluations) {
}
