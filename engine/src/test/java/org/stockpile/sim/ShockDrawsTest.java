package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.stockpile.model.Material;
import org.stockpile.model.Scenario;
import org.stockpile.model.StockpileTier;

/** Shocks drawn once and reused give the numbers drawing them again gives. */
class ShockDrawsTest {

  @Test
  void reusedDrawsAreTheTimelinesDrawnAgain() throws Exception {
    for (long seed = 1; seed <= 100; seed++) {
      CompiledScenario compiled = CompiledScenario.compile(RandomScenarios.generate(seed));
      ShockDraws draws = ShockDraws.of(compiled, seed, 5);
      for (int r = 0; r < 5; r++) {
        ShockTimeline drawn = new ShockTimeline();
        drawn.draw(compiled, seed, r);
        ShockTimeline reused = new ShockTimeline();
        draws.fill(reused, compiled, r);
        assertEquals(drawn.size(), reused.size());
        for (int i = 0; i < drawn.size(); i++) {
          assertSame(drawn.sortedEffect[i], reused.sortedEffect[i], "scenario " + seed + ", replicate " + r);
        }
        int n = drawn.size();
        assertArrayEquals(Arrays.copyOf(drawn.sortedStart, n), Arrays.copyOf(reused.sortedStart, n));
        assertArrayEquals(Arrays.copyOf(drawn.sortedDuration, n), Arrays.copyOf(reused.sortedDuration, n));
        assertArrayEquals(Arrays.copyOf(drawn.sortedSeverity, n), Arrays.copyOf(reused.sortedSeverity, n));
      }
    }
  }

  @Test
  void aScenarioWithOtherReservesReusesThemAndGetsTheSameNumbers() throws Exception {
    Scenario base = RandomScenarios.generate(7);
    String id = base.materials().keySet().iterator().next();
    Material.Builder bigger = Material.builder(base.materials().get(id).baselineDailyDemand(),
        base.materials().get(id).pricePerUnit(), base.materials().get(id).shortageCostPerUnit());
    base.materials().get(id).sources().forEach(bigger::source);
    bigger.stockpile("extra", StockpileTier.free(45));
    Scenario other = base.withMaterial(id, bigger.build());
    CompiledScenario first = CompiledScenario.compile(base);
    CompiledScenario second = CompiledScenario.compile(other);
    RunOptions options = new RunOptions(24, 7, 2, false, null);
    ShockDraws draws = ShockDraws.of(first, 7, 24);
    assertTrue(draws.fits(second, 7), "reserves do not change the shocks");
    assertFalse(draws.fits(second, 8), "another seed draws other shocks");
    RunResult drawnAgain = MonteCarlo.run(second, options);
    RunResult reused = MonteCarlo.run(second, options, draws);
    for (int offset = 0; offset < drawnAgain.layout().width(); offset++) {
      assertArrayEquals(drawnAgain.values(offset), reused.values(offset), "metric " + offset);
    }
  }

  @Test
  void otherShocksOrAnotherHorizonDoNotFit() throws Exception {
    Scenario base = RandomScenarios.generate(3);
    ShockDraws draws = ShockDraws.of(CompiledScenario.compile(base), 3, 2);
    assertTrue(draws.fits(CompiledScenario.compile(base), 3));
    org.stockpile.model.RunSettings run = base.run();
    assertFalse(draws.fits(CompiledScenario.compile(base.withRun(new org.stockpile.model.RunSettings(run.seed(),
        run.replicates(), run.horizonDays() + 1, run.startDate(), 0, 0))), 3), "a longer horizon draws more");
    Scenario.Builder fewer = Scenario.builder(base.name(), base.economy());
    base.countries().forEach((id, country) -> fewer.country(id, country.name(), country.tags().toArray(String[]::new)));
    base.materials().forEach(fewer::material);
    base.shockProcesses().forEach(fewer::shockProcess);
    fewer.run(base.run());
    assertFalse(base.shocks().isEmpty(), "the test scenario has scheduled shocks");
    assertFalse(draws.fits(CompiledScenario.compile(fewer.build()), 3), "without the scheduled shocks");
  }
}
