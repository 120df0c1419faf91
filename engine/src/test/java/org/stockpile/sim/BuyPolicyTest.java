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
import org.stockpile.model.RefillRule;
import org.stockpile.model.RunSettings;
import org.stockpile.model.Scenario;
import org.stockpile.model.Source;
import org.stockpile.model.StockpileTier;
import org.stockpile.policy.BuyPolicy;
import org.stockpile.policy.Policies;

/**
 * Tiers' buying capped by code ({@link BuyPolicy}): the file's {@code maxBuyPerDay} as a policy
 * gives the file's bits on both paths; a cap that moves per replicate gives the same bits on
 * vectors and lane by lane; and lifting a slow refill cap after a first shock beats keeping it,
 * by the numbers worked out by hand.
 */
class BuyPolicyTest {

  @Test
  void theFilesCapAsAPolicyGivesTheFilesBitsOnRandomScenarios() throws Exception {
    PolicyBits.onRandomScenarios(BuyPolicyTest::filesCapsAsPolicies);
  }

  @TestFactory
  Stream<DynamicTest> theFilesCapAsAPolicyGivesTheFilesBitsOnBundledEconomies() throws IOException {
    return PolicyBits.onBundledEconomies(BuyPolicyTest::filesCapsAsPolicies);
  }

  @Test
  void aCapThatMovesGivesTheSameBitsOnBothPaths() throws Exception {
    BuyPolicy cheapOnly = BuyPolicy.whilePriceAtMost(1.2);
    for (long seed = 1; seed <= 20; seed++) {
      Scenario scenario = RandomScenarios.generate(seed);
      Policies policies = Policies.none();
      for (var material : scenario.materials().entrySet()) {
        for (String holder : material.getValue().stockpiles().keySet()) {
          policies = policies.buy(material.getKey(), holder, cheapOnly);
        }
      }
      CompiledScenario compiled = CompiledScenario.compile(scenario, policies);
      KernelOutputs.assertSameBits(KernelOutputs.run(new Kernel(compiled, true), compiled, seed),
          KernelOutputs.run(new Kernel(compiled, false), compiled, seed), "random scenario " + seed);
    }
  }

  /**
   * 100 t a day from one supplier that delivers the same day (no pipeline to refill after a gap)
   * and can ship 150 t; firms keep 10 days (1,000 t) and buy back at most 10 t a day. Outages stop
   * supply on days 10 to 19 and 40 to 59. By hand: the first is served from stock (1,000 t,
   * nothing short). With the cap, days 20 to 39 bring back 200 t, which serve 2 days of the
   * second: 1,800 t short. Without a cap once a shock has been seen, they bring back the 50 t a
   * day of spare capacity, 1,000 t, which serve 10 days: 1,000 t short.
   */
  @Test
  void liftingASlowRefillCapAfterAFirstShockBeatsKeepingItByHand() throws Exception {
    Scenario scenario = twoOutages();
    RunOptions options = new RunOptions(1, 1, 1, false, null);
    RunResult capped = MonteCarlo.run(scenario, options);
    BuyPolicy lifted = day -> day.daysSinceShock() < Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY : 10;
    RunResult fast = MonteCarlo.run(scenario, options, Policies.none().buy("gallium", "firms", lifted));
    assertEquals(1800, capped.stats("gallium", Metric.SHORTFALL_UNITS).mean(), 1e-9);
    assertEquals(1000, fast.stats("gallium", Metric.SHORTFALL_UNITS).mean(), 1e-9);
  }

  @Test
  void aNegativeCapIsAnErrorNamingThePolicyAndTheDay() {
    BuyPolicy broken = day -> day.day() == 4 ? -2 : 10;
    Exception failure = assertThrows(Exception.class, () -> MonteCarlo.run(twoOutages(), new RunOptions(1, 1, 1,
        false, null), Policies.none().buy("gallium", "firms", broken)));
    Throwable cause = failure;
    while (!(cause instanceof IllegalStateException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    assertTrue(cause.getMessage().contains("allowed -2.0 units on day 4"), cause.getMessage());
  }

  private static Scenario twoOutages() {
    Material gallium = Material.builder(100, 1_000, 10_000)
        .source(Source.of("china", 1, 150, "CN").withLeadTime(0))
        .stockpile("firms", StockpileTier.free(10).withRefill(RefillRule.of(10.0, null, true)))
        .build();
    return Scenario.builder("two-outages", "JP").country("JP", "Japan").country("CN", "China")
        .material("gallium", gallium)
        .shock(Outage.ofCountry("CN", List.of(), 1, 10, 10))
        .shock(Outage.ofCountry("CN", List.of(), 1, 40, 20))
        .run(RunSettings.of(1, 1, 90))
        .build();
  }

  /** Every tier's buying capped by BuyPolicy.upTo its file's maxBuyPerDay (unlimited without a refill rule). */
  private static Policies filesCapsAsPolicies(Scenario scenario) {
    Policies policies = Policies.none();
    for (var material : scenario.materials().entrySet()) {
      for (var tier : material.getValue().stockpiles().entrySet()) {
        RefillRule refill = tier.getValue().refill();
        double cap = refill == null ? Double.POSITIVE_INFINITY : refill.maxBuyPerDayOrUnlimited();
        policies = policies.buy(material.getKey(), tier.getKey(), BuyPolicy.upTo(cap));
      }
    }
    return policies;
  }
}
