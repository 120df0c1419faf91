package org.stockpile.sim;

import org.stockpile.check.ScenarioException;
import org.stockpile.check.ScenarioValidator;
import org.stockpile.check.ValidScenario;
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

  /**
   * The same scenario, accepted by the validator. A family that checks what it makes (a base file
   * with values at paths) hands its check over, so the scenario is not checked twice.
   */
  default ValidScenario valid(double[] values) throws ScenarioException {
    return ScenarioValidator.validated(scenario(values));
  }
}
