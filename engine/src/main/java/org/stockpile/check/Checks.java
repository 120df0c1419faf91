package org.stockpile.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Small reusable checks that record a {@link Finding} when a value is out of bounds. */
public final class Checks {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  private final List<Finding> problems = new ArrayList<>();

  public List<Finding> problems() {
    return problems;
  }

  public void fail(String path, String message) {
    problems.add(Finding.at(path, message));
  }

  public void id(String path, String value) {
    if (value == null || !ID.matcher(value).matches()) {
      fail(path, "must be an id of letters, digits, '-', '_' or '.', starting with a letter or digit, got '"
          + value + "'");
    }
  }

  public void inRange(String path, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      fail(path, "must be in [" + number(min) + ", " + number(max) + "], got " + number(value));
    }
  }

  /**
   * The largest magnitude a quantity, price, cost or budget may have: far beyond any real one
   * (a quadrillion), and small enough that every sum, product and square the engine forms over a
   * century of days and all replicates stays a finite number.
   */
  public static final double LARGEST = 1e15;

  /** The smallest a quantity that must be positive may be (a demand, a capacity added): its inverse stays finite. */
  public static final double SMALLEST = 1e-9;

  public void atLeast(String path, double value, double min) {
    if (!(value >= min)) {
      fail(path, "must be at least " + number(min) + ", got " + number(value));
    } else if (value > LARGEST) {
      fail(path, tooLarge(value));
    }
  }

  public void positive(String path, double value) {
    if (!(value > 0)) {
      fail(path, "must be greater than 0, got " + number(value));
    } else if (value < SMALLEST) {
      fail(path, "must be at least 1e-9 (a smaller positive value overflows what is divided by it, days of cover), "
          + "got " + number(value));
    } else if (value > LARGEST) {
      fail(path, tooLarge(value));
    }
  }

  private static String tooLarge(double value) {
    return "must be at most 1e15 (larger magnitudes overflow the engine's sums), got " + number(value);
  }

  public void nonNegative(String path, Double value) {
    if (value != null) {
      atLeast(path, value, 0);
    }
  }

  public static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
