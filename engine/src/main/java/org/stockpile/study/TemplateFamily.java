package org.stockpile.study;

import java.util.List;
import org.stockpile.check.ScenarioException;
import org.stockpile.check.ValidScenario;
import org.stockpile.model.Scenario;
import org.stockpile.scenario.ScenarioTemplate;
import org.stockpile.scenario.TemplateSetters;
import org.stockpile.sim.ScenarioFamily;

/**
 * The scenarios a spec's base file makes with values at its paths (sweep parameters, optimizer
 * decisions, in order): the paths are resolved once into setters on the base scenario's records
 * ({@link TemplateSetters}), and each scenario is checked once, where it is made.
 */
record TemplateFamily(TemplateSetters setters) implements ScenarioFamily {

  /** The family of {@code paths} into {@code base}. */
  static TemplateFamily of(ScenarioTemplate base, List<String> paths) {
    return new TemplateFamily(base.setters(paths));
  }

  @Override
  public Scenario scenario(double[] values) throws ScenarioException {
    return setters.scenario(values);
  }

  @Override
  public ValidScenario valid(double[] values) throws ScenarioException {
    return setters.valid(values);
  }
}
