package org.stockpile.sim;

import org.stockpile.check.ScenarioException;
import org.stockpile.model.Scenario;

/**
 * Scenarios that differ only by the values of a fixed list of inputs: a sweep's points, an
 * optimizer's candidates. How the values reach the scenario (paths into a base file, code) is the
 * family's business; sweeps and searches only hand over the values, in the order of their inputs.
 */
@FunctionalInterface
public interface ScenarioFamily {
  /**
   * The scenario with {@code values} at the inputs, in order.
   *
   * @throws ScenarioException when the values make an invalid scenario
   */
  Scenario scenario(double[] values) throws ScenarioException;
}
