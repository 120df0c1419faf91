package org.stockpile.check;

import org.stockpile.model.Scenario;

/**
 * A scenario the validator accepted: what compiling for the kernel takes, so a scenario read from
 * a file, or made by a sweep point or an optimizer candidate, is checked once, where it was made,
 * and not again before it runs. Only {@link ScenarioValidator} makes them (scenarios are
 * immutable, so a scenario accepted once stays valid).
 */
public final class ValidScenario {
  private final Scenario scenario;

  ValidScenario(Scenario scenario) {
    this.scenario = scenario;
  }

  public Scenario scenario() {
    return scenario;
  }
}
