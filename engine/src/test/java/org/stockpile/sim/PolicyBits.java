package org.stockpile.sim;

import java.io.IOException;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.stockpile.model.Scenario;
import org.stockpile.policy.Policies;
import org.stockpile.scenario.ScenarioLoader;

/**
 * Holds a file's own rules, run as policies, to the file's bits: on random scenarios that use
 * every part of the model and on every bundled economy ({@link KernelOutputs#assertPoliciesKeepTheBits}).
 */
final class PolicyBits {
  private static final int RANDOM_SCENARIOS = 60;

  private PolicyBits() {
  }

  /** Checks random scenarios 1 to 60 with the policies {@code policiesOf} makes of each; how many tiers had one. */
  static int onRandomScenarios(Function<Scenario, Policies> policiesOf) throws Exception {
    int tiers = 0;
    for (long seed = 1; seed <= RANDOM_SCENARIOS; seed++) {
      Scenario scenario = RandomScenarios.generate(seed);
      Policies policies = policiesOf.apply(scenario);
      tiers += policies.tiers().size();
      KernelOutputs.assertPoliciesKeepTheBits(scenario, policies, seed, "random scenario " + seed);
    }
    return tiers;
  }

  /** One check per bundled economy, with the policies {@code policiesOf} makes of it. */
  static Stream<DynamicTest> onBundledEconomies(Function<Scenario, Policies> policiesOf) throws IOException {
    return BundledEconomies.files().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      Scenario scenario = ScenarioLoader.load(file);
      KernelOutputs.assertPoliciesKeepTheBits(scenario, policiesOf.apply(scenario), 7, file.getFileName().toString());
    }));
  }
}
