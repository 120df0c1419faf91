package org.stockpile.model;

/** The calendar the model counts in: a year of days, and the longest span any day count may take. */
public final class Days {
  /** Days in a model year: rates per year, yearly budgets and growth all use it. */
  public static final int PER_YEAR = 365;
  /** The longest horizon, lag, duration or target a scenario may give, and the longest drawn event: a century. */
  public static final int MAX = 100 * PER_YEAR;

  private Days() {
  }
}
