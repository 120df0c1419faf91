package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Days of cover kept at chosen days ({@link RunOptions#coverDays}) are each replicate's end-of-day
 * stock over reference consumption, as the kernel's own flows show it, for any number of threads.
 */
class CoverDaysTest {

  @Test
  void keptCoverIsTheEndOfDayStockInDaysOfReferenceConsumption() throws Exception {
    for (long seed = 1; seed <= 20; seed++) {
      CompiledScenario compiled = CompiledScenario.compile(RandomScenarios.generate(seed));
      int[] days = {0, compiled.horizon / 3, compiled.horizon - 1};
      int replicates = 2 * Kernel.LANES + 3;
      RunResult run = MonteCarlo.run(compiled, new RunOptions(replicates, seed, 2, false, null).withCoverDays(days));
      int materials = compiled.materialCount;
      double[][][] expected = new double[replicates][days.length][materials];
      Kernel kernel = new Kernel(compiled);
      double[] metrics = new double[kernel.layout().width()];
      for (int r = 0; r < replicates; r++) {
        int replicate = r;
        kernel.run(seed, r, metrics, 0, null, 0, (rep, day, flows) -> {
          for (int d = 0; d < days.length; d++) {
            if (days[d] == day) {
              for (int m = 0; m < materials; m++) {
                expected[replicate][d][m] = flows.stockAfter[m] * (1 / compiled.referencePerDay[m]);
              }
            }
          }
        });
      }
      for (int d = 0; d < days.length; d++) {
        for (int m = 0; m < materials; m++) {
          double[] kept = run.cover(m, d);
          double sum = 0;
          for (int r = 0; r < replicates; r++) {
            assertEquals(expected[r][d][m], kept[r], 0, "scenario " + seed + ", replicate " + r + ", day " + days[d]);
            sum += expected[r][d][m];
          }
          assertEquals(sum / replicates, run.meanCover(m, d), 0);
        }
      }
    }
  }

  @Test
  void daysPastTheHorizonOrOutOfOrderAreRefused() throws Exception {
    CompiledScenario compiled = CompiledScenario.compile(RandomScenarios.generate(3));
    RunOptions options = new RunOptions(8, 1, 1, false, null);
    assertThrows(IllegalArgumentException.class,
        () -> MonteCarlo.run(compiled, options.withCoverDays(compiled.horizon)));
    assertThrows(IllegalArgumentException.class, () -> options.withCoverDays(5, 5));
    assertThrows(IllegalArgumentException.class, () -> options.withCoverDays(-1));
  }
}
