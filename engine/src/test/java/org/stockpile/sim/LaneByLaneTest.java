package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.stockpile.scenario.ScenarioLoader;

/**
 * The kernel's two paths, on vectors and lane by lane, give the same bits: every metric, every
 * flow of every day ({@link DayFlows}, from which the daily series are recorded by code both paths
 * share) and every recorded cover, on random scenarios that use every part of the model and on
 * every bundled economy.
 */
class LaneByLaneTest {

  @Test
  void randomScenariosGiveTheSameBitsOnBothPaths() throws Exception {
    for (long seed = 1; seed <= 120; seed++) {
      CompiledScenario compiled = CompiledScenario.compile(RandomScenarios.generate(seed));
      assertSameBits(compiled, seed, "random scenario " + seed);
    }
  }

  @TestFactory
  Stream<DynamicTest> bundledEconomiesGiveTheSameBitsOnBothPaths() throws IOException {
    List<Path> files = BundledEconomies.files();
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      CompiledScenario compiled = CompiledScenario.compile(ScenarioLoader.load(file));
      assertSameBits(compiled, 7, file.getFileName().toString());
    }));
  }

  @Test
  void aKernelSaysWhichPathItTakes() throws Exception {
    CompiledScenario compiled = CompiledScenario.compile(RandomScenarios.generate(3));
    assertTrue(new Kernel(compiled, true).vectors());
    assertFalse(new Kernel(compiled, false).vectors());
  }

  private static void assertSameBits(CompiledScenario compiled, long seed, String name) {
    KernelOutputs vector = KernelOutputs.run(new Kernel(compiled, true), compiled, seed);
    KernelOutputs laneByLane = KernelOutputs.run(new Kernel(compiled, false), compiled, seed);
    KernelOutputs.assertSameBits(vector, laneByLane, name + " (lane by lane against vectors)");
  }
}
