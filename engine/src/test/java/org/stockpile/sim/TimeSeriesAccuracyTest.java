package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stockpile.metrics.Stats;
import org.stockpile.model.ExportControl;
import org.stockpile.model.Material;
import org.stockpile.model.ReleaseRule;
import org.stockpile.model.RunSettings;
import org.stockpile.model.Scenario;
import org.stockpile.model.Source;
import org.stockpile.model.StockpileTier;

/** The daily percentile bands are within the stated error of the exact order statistics. */
class TimeSeriesAccuracyTest {
  private static final double STATED_RELATIVE_ERROR = 1.0 / 32;

  @Test
  void daysOfCoverPercentilesAreWithinTheStatedErrorOfExactOnes() throws Exception {
    Material material = Material.builder(10, 100, 1000).demandNoise(0.3)
        .source(Source.of("china", 0.7, 20, "CN").withLeadTime(10))
        .source(Source.of("lynas", 0.3, 6, "AU").withLeadTime(20).withSurgeRate(0.05))
        .stockpile("private", StockpileTier.free(15))
        .stockpile("public", StockpileTier.ruled(30,
            ReleaseRule.sale().withTriggerShare(0.1).withLatencyDays(5).withMaxPerDay(8.0)))
        .build();
    Scenario scenario = Scenario.builder("accuracy", "JP")
        .country("JP", "Japan").country("CN", "China").country("AU", "Australia")
        .material("ree", material)
        .shock(ExportControl.ban("CN", List.of(), List.of(), 30, 40))
        .run(RunSettings.of(5, 300, 120)).build();
    int replicates = 300;
    int days = 120;
    CompiledScenario compiled = CompiledScenario.compile(scenario);
    double[][] cover = new double[days][replicates];
    Kernel kernel = new Kernel(compiled);
    double[] metrics = new double[kernel.layout().width()];
    for (int r = 0; r < replicates; r++) {
      int replicate = r;
      kernel.run(5, r, metrics, 0, null, 0, (rep, day, flows) ->
          cover[day][replicate] = flows.stockAfter[0] / compiled.referencePerDay(0));
    }
    RunResult result = MonteCarlo.run(compiled, new RunOptions(replicates, 5, 2, true, null));
    for (int t = 0; t < days; t++) {
      double[] sorted = cover[t].clone();
      Arrays.sort(sorted);
      for (double p : new double[] {0.05, 0.5, 0.95}) {
        double exact = Stats.percentile(sorted, p);
        double reported = result.percentile(0, RunResult.Series.DAYS_OF_COVER, t, p);
        if (exact == 0) {
          assertEquals(0, reported, "zero is exact, day " + t);
        } else {
          assertTrue(Math.abs(reported - exact) <= STATED_RELATIVE_ERROR * exact + 1e-12,
              "day " + t + " p" + p + ": reported " + reported + ", exact " + exact);
        }
      }
    }
    for (int t = 0; t < days; t++) {
      assertEquals(100, result.percentile(0, RunResult.Series.PRICE, t, 0.95), "a series equal in every replicate is exact");
    }
  }
}
