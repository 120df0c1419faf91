package org.stockpile.sim;

import org.stockpile.check.ScenarioException;
import org.stockpile.check.ScenarioValidator;
import org.stockpile.check.ValidScenario;
import java.util.function.Function;
import org.stockpile.model.Scenario;
import org.stockpile.policy.Policies;

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

  /**
   * The policies (Java code deciding tiers' releases, targets or buying) the scenario of
   * {@code values} runs with: none by default. A family whose inputs are a policy's parameters
   * makes them here ({@link #withPolicies}), so sweeps and searches can tune the policy.
   */
  default Policies policies(double[] values) {
    return Policies.none();
  }

  /**
   * This family, its scenarios running with the policies {@code policies} makes of the same
   * values (a policy's parameters among the inputs).
   */
  default ScenarioFamily withPolicies(Function<double[], Policies> policies) {
    ScenarioFamily scenarios = this;
    return new ScenarioFamily() {
      @Override
      public Scenario scenario(double[] values) throws ScenarioException {
        return scenarios.scenario(values);
      }

      @Override
      public ValidScenario valid(double[] values) throws ScenarioException {
        return scenarios.valid(values);
      }

      @Override
      public Policies policies(double[] values) {
        return policies.apply(values.clone());
      }
    };
  }
}
