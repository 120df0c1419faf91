package org.stockpile.sweep;

import java.util.Objects;

/**
 * An input of a sensitivity analysis, uniform between {@code min} and {@code max}.
 *
 * @param name what it is (a path into a scenario, for sweeps of scenarios)
 * @param min  smallest value
 * @param max  largest value
 */
public record Parameter(String name, double min, double max) {
  public Parameter {
    Objects.requireNonNull(name, "name");
    if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
      throw new IllegalArgumentException(name + ": the range must be finite with min <= max, got " + min + " to " + max);
    }
  }

  public static Parameter uniform(String name, double min, double max) {
    return new Parameter(name, min, max);
  }

  /** The value at {@code u} in [0, 1] of the range. */
  public double at(double u) {
    return min + u * (max - min);
  }
}
