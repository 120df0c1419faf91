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
import org.stockpile.model.RunSettings;
import org.stockpile.model.Scenario;
import org.stockpile.model.Source;
import org.stockpile.model.StockpileTier;
import org.stockpile.model.TargetBasis;
import org.stockpile.policy.DayView;
import org.stockpile.policy.Policies;
import org.stockpile.policy.TargetPolicy;

/**
 * Tiers' targets set by code ({@link TargetPolicy}): the file's target set as a policy gives the
 * file's bits on both paths; a target that moves per replicate gives the same bits on vectors and
 * lane by lane; and raising the target after a first warning shock beats a fixed target, by the
 * numbers worked out by hand.
 */
class TargetPolicyTest {

  @Test
  void theFilesTargetAsAPolicyGivesTheFilesBitsOnRandomScenarios() throws Exception {
    PolicyBits.onRandomScenarios(TargetPolicyTest::filesTargetsAsPolicies);
  }

  @TestFactory
  Stream<DynamicTest> theFilesTargetAsAPolicyGivesTheFilesBitsOnBundledEconomies() throws IOException {
    return PolicyBits.onBundledEconomies(TargetPolicyTest::filesTargetsAsPolicies);
  }

  @Test
  void aTargetThatMovesGivesTheSameBitsOnBothPaths() throws Exception {
    for (long seed = 1; seed <= 20; seed++) {
      Scenario scenario = RandomScenarios.generate(seed);
      Policies policies = Policies.none();
      for (var material : scenario.materials().entrySet()) {
        for (String holder : material.getValue().stockpiles().keySet()) {
          policies = policies.target(material.getKey(), holder, new DoubleAfterShock());
        }
      }
      CompiledScenario compiled = CompiledScenario.compile(scenario, policies);
      KernelOutputs.assertSameBits(KernelOutputs.run(new Kernel(compiled, true), compiled, seed),
          KernelOutputs.run(new Kernel(compiled, false), compiled, seed), "random scenario " + seed);
    }
  }

  /**
   * 100 t a day from one supplier a day away that can ship 150 t; firms keep 5 days (500 t). A
   * one-day outage on day 10 warns; a 20-day one from day 40 follows, so nothing arrives on days
   * 41 to 60. By hand: with the fixed target, 500 t serve days 41 to 45 and days 46 to 60 go short
   * (1,500 t). A target raised to 10 days once a shock has been seen is reached well before day 40
   * (the 50 t a day of spare capacity refill 600 t in 12 days), so 1,000 t serve days 41 to 50 and
   * days 51 to 60 go short (1,000 t).
   */
  @Test
  void raisingTheTargetAfterAWarningBeatsAFixedTargetByHand() throws Exception {
    Scenario scenario = warningThenBan();
    RunOptions options = new RunOptions(1, 1, 1, false, null);
    RunResult fixed = MonteCarlo.run(scenario, options);
    TargetPolicy warned = day -> day.daysSinceShock() < Double.POSITIVE_INFINITY ? 2 * day.fileTarget()
        : day.fileTarget();
    RunResult raised = MonteCarlo.run(scenario, options, Policies.none().target("gallium", "firms", warned));
    assertEquals(1500, fixed.stats("gallium", Metric.SHORTFALL_UNITS).mean(), 1e-9);
    assertEquals(1000, raised.stats("gallium", Metric.SHORTFALL_UNITS).mean(), 1e-9);
  }

  @Test
  void aTargetThatIsNotAFiniteNumberIsAnErrorNamingThePolicyAndTheDay() {
    Scenario scenario = warningThenBan();
    TargetPolicy broken = day -> day.day() == 3 ? Double.NaN : day.fileTarget();
    Exception failure = assertThrows(Exception.class, () -> MonteCarlo.run(scenario, new RunOptions(1, 1, 1, false,
        null), Policies.none().target("gallium", "firms", broken)));
    Throwable cause = failure;
    while (!(cause instanceof IllegalStateException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    assertTrue(cause.getMessage().contains("set NaN units on day 3"), cause.getMessage());
  }

  /** Twice the file's target from the first day a shock hits the material; state, so one per replicate. */
  private static final class DoubleAfterShock implements TargetPolicy {
    private boolean warned;

    @Override
    public TargetPolicy forReplicate(long replicate) {
      return new DoubleAfterShock();
    }

    @Override
    public double target(DayView day) {
      warned |= day.shocked();
      return warned ? 2 * day.fileTarget() : day.fileTarget();
    }
  }

  private static Scenario warningThenBan() {
    Material gallium = Material.builder(100, 1_000, 10_000)
        .source(Source.of("china", 1, 150, "CN").withLeadTime(1))
        .stockpile("firms", StockpileTier.free(5))
        .build();
    return Scenario.builder("warning-then-ban", "JP").country("JP", "Japan").country("CN", "China")
        .material("gallium", gallium)
        .shock(Outage.ofCountry("CN", List.of(), 1, 10, 1))
        .shock(Outage.ofCountry("CN", List.of(), 1, 40, 20))
        .run(RunSettings.of(1, 1, 90))
        .build();
  }

  /** Every tier counted in days of consumption, its target set by TargetPolicy.days; the others by their file. */
  private static Policies filesTargetsAsPolicies(Scenario scenario) {
    Policies policies = Policies.none();
    for (var material : scenario.materials().entrySet()) {
      for (var tier : material.getValue().stockpiles().entrySet()) {
        StockpileTier stockpile = tier.getValue();
        TargetPolicy policy = stockpile.basis() == TargetBasis.CONSUMPTION ? TargetPolicy.days(stockpile.targetDays())
            : DayView::fileTarget;
        policies = policies.target(material.getKey(), tier.getKey(), policy);
      }
    }
    return policies;
  }
}
