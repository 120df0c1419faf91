package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.stockpile.metrics.Metric;
import org.stockpile.model.Material;
import org.stockpile.model.Outage;
import org.stockpile.model.ReleaseRule;
import org.stockpile.model.RunSettings;
import org.stockpile.model.Scenario;
import org.stockpile.model.Source;
import org.stockpile.model.StockpileTier;
import org.stockpile.policy.DayView;
import org.stockpile.policy.Policies;
import org.stockpile.policy.ReleasePolicy;

/**
 * Tiers' releases decided by code ({@link ReleasePolicy}, {@link Policies}): a file's release rule
 * run as a policy gives the rule's bits; a policy of one's own runs on vectors and lane by lane
 * with the same bits, on any number of threads; and one that should beat the rule does, by the
 * numbers worked out by hand.
 */
class ReleasePolicyTest {

  @Test
  void aRuleRunAsAPolicyGivesTheRulesBitsOnRandomScenarios() throws Exception {
    int tiersWithRules = PolicyBits.onRandomScenarios(ReleasePolicyTest::rulesAsPolicies);
    assertTrue(tiersWithRules > 30, "the random scenarios have few tiers with rules: " + tiersWithRules);
  }

  @TestFactory
  Stream<DynamicTest> aRuleRunAsAPolicyGivesTheRulesBitsOnBundledEconomies() throws IOException {
    return PolicyBits.onBundledEconomies(ReleasePolicyTest::rulesAsPolicies);
  }

  @Test
  void aPolicyWithStateGivesTheSameBitsOnAnyNumberOfThreadsAndOnBothPaths() throws Exception {
    Scenario scenario = RandomScenarios.generate(11);
    String material = scenario.materials().keySet().iterator().next();
    String holder = scenario.materials().get(material).stockpiles().keySet().iterator().next();
    Policies policies = Policies.none().release(material, holder, new ReleaseAfterShockedDays(3, 0.5));
    RunOptions options = new RunOptions(100, 5, 1, false, null);
    RunResult one = MonteCarlo.run(scenario, options, policies);
    RunResult three = MonteCarlo.run(scenario, options.withThreads(3), policies);
    for (int offset = 0; offset < one.layout().width(); offset++) {
      double[] a = one.values(offset);
      double[] b = three.values(offset);
      for (int r = 0; r < a.length; r++) {
        assertEquals(Double.doubleToRawLongBits(a[r]), Double.doubleToRawLongBits(b[r]),
            "metric " + offset + " of replicate " + r);
      }
    }
    CompiledScenario compiled = CompiledScenario.compile(scenario, policies);
    KernelOutputs.assertSameBits(KernelOutputs.run(new Kernel(compiled, true), compiled, 5),
        KernelOutputs.run(new Kernel(compiled, false), compiled, 5), "a policy with state");
  }

  /**
   * 100 t a day from one supplier a day away, cut off on days 10 to 19, so nothing arrives on days
   * 11 to 20; the state holds 10 days (1,000 t) and sells under Korea's rule, after more than 8
   * days short. By hand: under the rule, days 11 to 18 go unserved (800 t short) and the state
   * sells 100 t on days 19 and 20 (200 t). A policy that sells from the day supply is cut until
   * the day after the shock (days 10 to 20: 0 days since the shock while it lasts, 1 on day 20)
   * serves every day from stock: nothing short, 1,000 t sold.
   */
  @Test
  void sellingFromTheDaySupplyIsCutBeatsAnEightDayLatencyByHand() throws Exception {
    Scenario scenario = cutOffForTenDays(ReleaseRule.sale().withLatencyDays(8));
    RunOptions options = new RunOptions(1, 1, 1, false, null);
    RunResult rule = MonteCarlo.run(scenario, options);
    ReleasePolicy atOnce = day -> day.daysSinceShock() <= 1 ? Double.POSITIVE_INFINITY : 0;
    RunResult policy = MonteCarlo.run(scenario, options, Policies.none().release("gallium", "state", atOnce));
    assertEquals(800, rule.stats("gallium", Metric.SHORTFALL_UNITS).mean(), 1e-9);
    assertEquals(200, rule.tierStats("gallium", "state", Metric.RELEASED_UNITS).mean(), 1e-9);
    assertEquals(0, policy.stats("gallium", Metric.SHORTFALL_UNITS).mean(), 1e-9);
    assertEquals(1000, policy.tierStats("gallium", "state", Metric.RELEASED_UNITS).mean(), 1e-9);
  }

  @Test
  void aPolicyNamingATierTheScenarioLacksIsRefused() {
    Scenario scenario = cutOffForTenDays(ReleaseRule.sale());
    IllegalArgumentException material = assertThrows(IllegalArgumentException.class,
        () -> CompiledScenario.compile(scenario, Policies.none().release("galium", "state", day -> 0)));
    assertTrue(material.getMessage().contains("'galium'"), material.getMessage());
    IllegalArgumentException tier = assertThrows(IllegalArgumentException.class,
        () -> CompiledScenario.compile(scenario, Policies.none().release("gallium", "jogmec", day -> 0)));
    assertTrue(tier.getMessage().contains("[state]"), tier.getMessage());
  }

  @Test
  void aNegativeOfferIsAnErrorNamingThePolicyAndTheDay() {
    Scenario scenario = cutOffForTenDays(ReleaseRule.sale());
    ReleasePolicy broken = day -> day.day() == 12 ? -1 : 0;
    Exception failure = assertThrows(Exception.class, () -> MonteCarlo.run(scenario, new RunOptions(1, 1, 1, false,
        null), Policies.none().release("gallium", "state", broken)));
    Throwable cause = failure;
    while (!(cause instanceof IllegalStateException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    assertTrue(cause.getMessage().contains("offered -1.0 units on day 12"), cause.getMessage());
  }

  /** Releases {@code share} of what is unmet once the material has been shocked more than {@code days} days running. */
  private static final class ReleaseAfterShockedDays implements ReleasePolicy {
    private final int days;
    private final double share;
    private int shockedDays;

    ReleaseAfterShockedDays(int days, double share) {
      this.days = days;
      this.share = share;
    }

    @Override
    public ReleasePolicy forReplicate(long replicate) {
      return new ReleaseAfterShockedDays(days, share);
    }

    @Override
    public double release(DayView day) {
      shockedDays = day.shocked() ? shockedDays + 1 : 0;
      return shockedDays > days ? day.unmet() * share : 0;
    }
  }

  private static Scenario cutOffForTenDays(ReleaseRule rule) {
    Material gallium = Material.builder(100, 1_000, 10_000)
        .source(Source.of("china", 1, 200, "CN").withLeadTime(1))
        .stockpile("state", StockpileTier.ruled(10, rule))
        .build();
    return Scenario.builder("cut-off", "JP").country("JP", "Japan").country("CN", "China")
        .material("gallium", gallium)
        .shock(Outage.ofCountry("CN", List.of(), 1, 10, 10))
        .run(RunSettings.of(1, 1, 60))
        .build();
  }

  /** Every tier with a release rule, deciding by its rule as a policy. */
  private static Policies rulesAsPolicies(Scenario scenario) {
    Policies policies = Policies.none();
    for (var material : scenario.materials().entrySet()) {
      for (var tier : material.getValue().stockpiles().entrySet()) {
        if (tier.getValue().release() != null) {
          policies = policies.release(material.getKey(), tier.getKey(), tier.getValue().release().asPolicy());
        }
      }
    }
    return policies;
  }
}
