package org.stockpile.optimize;

/**
 * An estimate with its 95 % confidence interval.
 *
 * @param mean the estimate
 * @param low  lower end of the interval
 * @param high upper end of the interval
 */
public record Estimate(double mean, double low, double high) {
}
