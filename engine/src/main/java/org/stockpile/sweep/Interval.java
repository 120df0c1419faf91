package org.stockpile.sweep;

/**
 * An estimate with its bootstrap 95 % interval.
 *
 * @param estimate the estimate on the whole sample
 * @param low      2.5 % quantile of the bootstrap estimates
 * @param high     97.5 % quantile of the bootstrap estimates
 */
public record Interval(double estimate, double low, double high) {
  public boolean contains(double value) {
    return low <= value && value <= high;
  }
}
