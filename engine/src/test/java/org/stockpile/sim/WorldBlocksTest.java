package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.scenario.ScenarioLoader;
import org.stockpile.testing.TestScenarios;

/**
 * A world's run split into blocks of replicates run apart (as Spark tasks run them) and combined,
 * in any order, gives the same bits as the run made in one go: each economy's metrics and daily
 * percentiles, and the world's metrics.
 */
class WorldBlocksTest {
  @TempDir
  Path folder;

  private CompiledWorld world() throws Exception {
    Path file = Files.writeString(folder.resolve("world.yaml"),
        TestScenarios.japanAndKoreaBuyingFromChina("blocks") + "run: {horizonDays: 120}\n");
    return CompiledWorld.compile(ScenarioLoader.loadWorld(file, List.of()));
  }

  @Test
  void blocksRunApartAndCombinedInAnyOrderEqualTheWholeRun() throws Exception {
    CompiledWorld compiled = world();
    int replicates = 150;
    RunOptions options = new RunOptions(replicates, 7, 2, true, null);
    WorldResult whole = WorldMonteCarlo.run(compiled, options);
    List<WorldBlock> blocks = new ArrayList<>();
    int[] cuts = {0, 37, 64, 101, replicates};
    for (int i = 0; i + 1 < cuts.length; i++) {
      blocks.add(WorldMonteCarlo.runBlock(compiled, options, cuts[i], cuts[i + 1] - cuts[i]));
    }
    Collections.reverse(blocks);
    WorldResult combined = WorldMonteCarlo.combine(compiled, options, blocks);
    for (int index = 0; index < whole.layout().width(); index++) {
      assertArrayEquals(whole.values(index), combined.values(index), "world metric " + index);
    }
    double[] ps = {0.05, 0.5, 0.95};
    double[] a = new double[3];
    double[] b = new double[3];
    for (int e = 0; e < compiled.economyCount(); e++) {
      RunResult one = whole.economies().get(e);
      RunResult other = combined.economies().get(e);
      for (int offset = 0; offset < one.layout().width(); offset++) {
        assertArrayEquals(one.values(offset), other.values(offset), compiled.economyId(e) + ", metric " + offset);
      }
      for (RunResult.Series series : RunResult.Series.values()) {
        for (int t = 0; t < compiled.horizon; t++) {
          one.percentiles(0, series, -1, t, ps, a);
          other.percentiles(0, series, -1, t, ps, b);
          assertArrayEquals(a, b, compiled.economyId(e) + ", " + series + ", day " + t);
        }
      }
    }
  }

  @Test
  void blocksMustCoverEveryReplicateOnce() throws Exception {
    CompiledWorld compiled = world();
    RunOptions options = new RunOptions(20, 1, 1, false, null);
    WorldBlock first = WorldMonteCarlo.runBlock(compiled, options, 0, 10);
    assertThrows(IllegalArgumentException.class, () -> WorldMonteCarlo.combine(compiled, options, List.of(first)));
    assertThrows(IllegalArgumentException.class, () -> WorldMonteCarlo.combine(compiled, options, List.of(first, first,
        WorldMonteCarlo.runBlock(compiled, options, 10, 10))));
    assertThrows(IllegalArgumentException.class, () -> WorldMonteCarlo.runBlock(compiled, options, 15, 10));
  }
}
