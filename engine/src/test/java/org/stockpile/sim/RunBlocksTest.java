package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run split into blocks of replicates run apart (as Spark tasks run them) and combined, in any
 * order, gives the same bits as the run made in one go: every replicate's metrics, kept covers
 * and every daily percentile.
 */
class RunBlocksTest {

  @Test
  void blocksRunApartAndCombinedInAnyOrderEqualTheWholeRun() throws Exception {
    for (long seed = 1; seed <= 6; seed++) {
      CompiledScenario compiled = CompiledScenario.compile(RandomScenarios.generate(seed));
      int replicates = 130;
      RunOptions options = new RunOptions(replicates, seed, 2, true, null).withCoverDays(0, compiled.horizon - 1);
      RunResult whole = MonteCarlo.run(compiled, options);
      List<RunBlock> blocks = new ArrayList<>();
      int[] cuts = {0, 37, 100, 101, replicates};
      for (int i = 0; i + 1 < cuts.length; i++) {
        blocks.add(MonteCarlo.runBlock(compiled, options, cuts[i], cuts[i + 1] - cuts[i]));
      }
      Collections.reverse(blocks);
      RunResult combined = MonteCarlo.combine(compiled, options, blocks);
      for (int offset = 0; offset < whole.layout().width(); offset++) {
        assertArrayEquals(whole.values(offset), combined.values(offset), "scenario " + seed + ", metric " + offset);
      }
      double[] ps = {0.05, 0.5, 0.95};
      double[] a = new double[3];
      double[] b = new double[3];
      for (int m = 0; m < compiled.materialCount; m++) {
        for (int d = 0; d < 2; d++) {
          assertArrayEquals(whole.cover(m, d), combined.cover(m, d));
        }
        for (RunResult.Series series : RunResult.Series.values()) {
          for (int t = 0; t < compiled.horizon; t++) {
            whole.percentiles(m, series, -1, t, ps, a);
            combined.percentiles(m, series, -1, t, ps, b);
            assertArrayEquals(a, b, "scenario " + seed + ", " + series + ", day " + t);
          }
        }
      }
    }
  }

  @Test
  void theLocalBlockExecutorGivesTheWholeRunsBits() throws Exception {
    CompiledScenario compiled = CompiledScenario.compile(RandomScenarios.generate(9));
    RunOptions options = new RunOptions(200, 9, 2, true, null);
    RunResult whole = MonteCarlo.run(compiled, options);
    RunResult inBlocks = MonteCarlo.run(compiled, options, BlockExecutor.local(3));
    assertEquals(2, BlockExecutor.local(3).blocks(200).size(), "blocks of 128 and 72: whole grains but the last");
    for (int offset = 0; offset < whole.layout().width(); offset++) {
      assertArrayEquals(whole.values(offset), inBlocks.values(offset), "metric " + offset);
    }
  }

  @Test
  void blocksMustCoverEveryReplicateOnce() throws Exception {
    CompiledScenario compiled = CompiledScenario.compile(RandomScenarios.generate(2));
    RunOptions options = new RunOptions(20, 1, 1, false, null);
    RunBlock first = MonteCarlo.runBlock(compiled, options, 0, 10);
    assertThrows(IllegalArgumentException.class, () -> MonteCarlo.combine(compiled, options, List.of(first)));
    assertThrows(IllegalArgumentException.class, () -> MonteCarlo.combine(compiled, options, List.of(first, first,
        MonteCarlo.runBlock(compiled, options, 10, 10))));
    assertThrows(IllegalArgumentException.class, () -> MonteCarlo.runBlock(compiled, options, 15, 10));
    assertEquals(10, first.count());
  }
}
