package org.stockpile.testing;

import java.util.random.RandomGenerator;
import org.stockpile.check.ScenarioException;
import org.stockpile.model.Scenario;

/**
 * Values a sweep or an optimizer may hand a scenario family, and worse: in range, whole, a half on
 * a whole-number field, zero, minus zero, negative, far out of range, beyond an int, not finite.
 */
public final class CandidateValues {
  private static final double[] EXTREMES = {3e9, -3e9, 1e16, -1e16, Integer.MAX_VALUE, Integer.MIN_VALUE,
      2147483648.0, 9.5e15, 1e300, Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY};

  private CandidateValues() {
  }

  /** A value in [low, high] (or around {@code written} when the range is empty), whole or not. */
  public static double inRange(RandomGenerator random, double written, double low, double high) {
    double value = high > low ? low + random.nextDouble() * (high - low) : written * (0.5 + random.nextDouble());
    return random.nextBoolean() ? Math.rint(value) : value;
  }

  /** Any value, in range about half the time, else one of the kinds a family must refuse or survive. */
  public static double any(RandomGenerator random, double written, double low, double high) {
    double inRange = inRange(random, written, low, high);
    return switch (random.nextInt(14)) {
      case 0, 1, 2, 3, 4, 5 -> inRange;
      case 6 -> written;
      case 7 -> Math.rint(inRange) + 0.5;
      case 8 -> 0;
      case 9 -> -0.0;
      case 10 -> -Math.abs(inRange) - random.nextInt(3);
      case 11 -> (Math.abs(high) + 1) * (2 + random.nextInt(100));
      case 12 -> random.nextDouble() * 1.2;
      default -> EXTREMES[random.nextInt(EXTREMES.length)];
    };
  }

  /** How making a scenario ended: the scenario, the problems (a list of findings), or the refusal's message. */
  public static Object outcome(Making making) {
    try {
      return making.make();
    } catch (ScenarioException e) {
      return e.problems();
    } catch (IllegalArgumentException e) {
      return "refused: " + e.getMessage();
    }
  }

  /** Makes a scenario, or says why not. */
  @FunctionalInterface
  public interface Making {
    Scenario make() throws ScenarioException;
  }
}
