package org.stockpile.sim;

import org.stockpile.check.ScenarioException;
import org.stockpile.check.ValidWorld;

/**
 * Worlds of several economies that differ only by the values of a fixed list of inputs: a sweep's
 * points on a scenario with {@code economies:}, as {@link ScenarioFamily} is for one economy. How
 * the values reach the world (paths into a base file) is the family's business.
 */
@FunctionalInterface
public interface WorldFamily {
  /**
   * The world with {@code values} at the inputs, in order, accepted by the validator.
   *
   * @throws ScenarioException when the values make an invalid world
   */
  ValidWorld valid(double[] values) throws ScenarioException;
}
