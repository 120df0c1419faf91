package org.stockpile.optimize;

import org.stockpile.check.ScenarioException;
import org.stockpile.model.Scenario;

/**
 * How a candidate becomes a scenario: the values of the decisions, in the order they were given
 * to the {@link Optimizer}, applied to a base scenario.
 */
@FunctionalInterface
public interface ScenarioDesign {
  Scenario scenario(double[] values) throws ScenarioException;
}
