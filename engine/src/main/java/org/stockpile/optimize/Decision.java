package org.stockpile.optimize;

import java.math.BigDecimal;
import java.util.Objects;
import org.stockpile.check.InvalidInput;

/**
 * One decision variable: a number the optimizer chooses on a grid from {@code min} to {@code max}
 * in steps of {@code step} (for example the target days of a material's public tier, 0 to 90 in
 * steps of 5).
 *
 * @param name what it sets (a path into the scenario when it comes from a spec file)
 * @param min  smallest value
 * @param max  largest value; {@code max - min} must be a whole number of steps
 * @param step grid spacing, positive
 */
public record Decision(String name, double min, double max, double step) {
  private static final double GRID_TOLERANCE = 1e-9;

  public Decision {
    Objects.requireNonNull(name, "name");
    if (!Double.isFinite(min) || !Double.isFinite(max) || !Double.isFinite(step)) {
      throw new InvalidInput(name, "bounds and step must be finite numbers");
    }
    if (min > max) {
      throw new InvalidInput(name, "min " + min + " is above max " + max);
    }
    if (step <= 0) {
      throw new InvalidInput(name, "step must be positive, got " + step);
    }
    double steps = (max - min) / step;
    if (Math.abs(steps - Math.rint(steps)) > GRID_TOLERANCE * Math.max(1, steps)) {
      throw new InvalidInput(name, "step " + step + " does not divide the range " + min + " to " + max);
    }
    if (Math.rint(steps) >= Integer.MAX_VALUE) {
      throw new InvalidInput(name, "too many steps between " + min + " and " + max);
    }
  }

  public static Decision of(String name, double min, double max, double step) {
    return new Decision(name, min, max, step);
  }

  /** Number of values on the grid. */
  public int levels() {
    return (int) Math.rint((max - min) / step) + 1;
  }

  /** The value of grid level {@code level} (0 is {@code min}, {@code levels() - 1} is {@code max}). */
  public double value(int level) {
    if (level < 0 || level >= levels()) {
      throw new IndexOutOfBoundsException(name + ": level " + level + " outside 0.." + (levels() - 1));
    }
    // In decimal, so that 0 + 70 x 0.01 is 0.7 and not 0.7000000000000001.
    return level == levels() - 1 ? max
        : BigDecimal.valueOf(min).add(BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(level))).doubleValue();
  }
}
