package org.stockpile.optimize;

/**
 * One generation of the search, for its history.
 *
 * @param generation  1 for the first
 * @param best        best score so far
 * @param mean        mean score of the generation's population
 * @param diversity   share of distinct candidates in the population (1: all different)
 * @param evaluations candidates simulated so far (a candidate seen before is not simulated again)
 */
public record GenerationRecord(long generation, double best, double mean, double diversity, long evaluations) {
}
