package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.stockpile.model.Scenario;

/**
 * The kernel steps {@link Kernel#LANES} replicates side by side. A replicate's numbers must be
 * the same bits whatever lane it runs in and whoever its neighbours are, and the shortcut that
 * recomputes a lane's shock effects only when they can change must give the effects computed
 * afresh.
 */
class LanesTest {

  @Test
  void aReplicatesMetricsDoNotDependOnItsLaneOrNeighbours() throws Exception {
    for (long seed = 1; seed <= 40; seed++) {
      Scenario scenario = RandomScenarios.generate(seed);
      CompiledScenario compiled = CompiledScenario.compile(scenario);
      Kernel kernel = new Kernel(compiled);
      int width = kernel.layout().width();
      int lanes = Kernel.LANES;
      double[] group = new double[width * lanes];
      kernel.run(seed, 3, lanes, group, 0, null, 0, null);
      for (int i = 0; i < lanes; i++) {
        double[] alone = new double[width];
        kernel.run(seed, 3 + i, 1, alone, 0, null, 0, null);
        double[] inGroup = Arrays.copyOfRange(group, i * width, (i + 1) * width);
        assertArrayEquals(bits(alone), bits(inGroup), "scenario " + seed + ", replicate " + (3 + i) + " in lane " + i);
      }
    }
  }

  @Test
  void shockEffectsKeptBetweenChangesEqualEffectsComputedAfresh() throws Exception {
    for (long seed = 1; seed <= 200; seed++) {
      CompiledScenario compiled = CompiledScenario.compile(RandomScenarios.generate(seed));
      ShockTimeline timeline = new ShockTimeline();
      timeline.draw(compiled, seed, 0);
      DailyShocks kept = new DailyShocks(compiled, 1);
      kept.reset(0, timeline);
      for (int t = 0; t < compiled.horizon; t++) {
        kept.apply(t);
        DailyShocks fresh = new DailyShocks(compiled, 1);
        fresh.reset(0, timeline);
        fresh.apply(t);
        String where = "scenario " + seed + ", day " + t;
        assertArrayEquals(fresh.availability, kept.availability, where + ": availability");
        assertArrayEquals(fresh.quota, kept.quota, where + ": quota");
        assertArrayEquals(fresh.delay, kept.delay, where + ": delay");
        assertArrayEquals(fresh.tax, kept.tax, where + ": tax");
        assertArrayEquals(fresh.held, kept.held, where + ": held");
        assertArrayEquals(fresh.demandMultiplier, kept.demandMultiplier, where + ": demand multiplier");
        assertArrayEquals(fresh.shocked, kept.shocked, where + ": shocked");
      }
    }
  }

  private static long[] bits(double[] values) {
    return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
  }
}
