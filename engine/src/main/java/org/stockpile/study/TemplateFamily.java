package org.stockpile.study;

import java.util.List;
import org.stockpile.check.ScenarioException;
import org.stockpile.check.ValidScenario;
import org.stockpile.model.Scenario;
import org.stockpile.scenario.ScenarioTemplate;
import org.stockpile.sim.ScenarioFamily;

/**
 * The scenarios a spec's base file makes with values at its paths (sweep parameters, optimizer
 * decisions, in order): each checked once, as the template binds it.
 */
record TemplateFamily(ScenarioTemplate base, List<String> paths) implements ScenarioFamily {

  TemplateFamily {
    paths = List.copyOf(paths);
  }

  @Override
  public Scenario scenario(double[] values) throws ScenarioException {
    return base.scenario(paths, values);
  }

  @Override
  public ValidScenario valid(double[] values) throws ScenarioException {
    return base.valid(paths, values);
  }
}
