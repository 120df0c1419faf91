package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.stockpile.metrics.SeriesBlock;
import org.stockpile.scenario.ScenarioLoader;

/**
 * The kernel's two paths, on vectors and lane by lane, give the same bits: every metric, every
 * flow of every day ({@link DayFlows}, from which the daily series are recorded by code both paths
 * share) and every recorded cover, on random scenarios that use every part of the model and on
 * every bundled economy.
 */
class LaneByLaneTest {
  private static final Path SCENARIOS = Path.of("..", "scenarios");
  private static final int GROUPS = 2;

  @Test
  void randomScenariosGiveTheSameBitsOnBothPaths() throws Exception {
    for (long seed = 1; seed <= 120; seed++) {
      CompiledScenario compiled = CompiledScenario.compile(RandomScenarios.generate(seed));
      assertSameBits(compiled, seed, "random scenario " + seed);
    }
  }

  @TestFactory
  Stream<DynamicTest> bundledEconomiesGiveTheSameBitsOnBothPaths() throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(SCENARIOS)) {
      files = listed.filter(file -> file.getFileName().toString().endsWith(".yaml"))
          .filter(file -> !file.getFileName().toString().matches(".*\\.(sweep|optimize)\\.yaml"))
          .filter(file -> !ScenarioLoader.declaresEconomies(file)).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no scenarios in " + SCENARIOS.toAbsolutePath());
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
    Outputs vector = run(new Kernel(compiled, true), compiled, seed);
    Outputs laneByLane = run(new Kernel(compiled, false), compiled, seed);
    assertBits(vector.metrics, laneByLane.metrics, name + ": metrics");
    assertBits(vector.covers, laneByLane.covers, name + ": days of cover");
    assertEquals(vector.flows.size(), laneByLane.flows.size(), name + ": observed days");
    for (int i = 0; i < vector.flows.size(); i++) {
      assertBits(vector.flows.get(i), laneByLane.flows.get(i), name + ": flows of observation " + i);
    }
  }

  /** Replicates 0 .. GROUPS x LANES - 1, with every output the kernel can give. */
  private static Outputs run(Kernel kernel, CompiledScenario compiled, long seed) {
    int replicates = GROUPS * Kernel.LANES;
    int width = kernel.layout().width();
    Outputs outputs = new Outputs();
    outputs.metrics = new double[width * replicates];
    SeriesBlock series = new SeriesBlock(compiled.horizon * kernel.seriesCount(), replicates);
    int[] days = {0, compiled.horizon / 2, compiled.horizon - 1};
    outputs.covers = new double[replicates * days.length * compiled.materialCount];
    kernel.recordCover(days, outputs.covers);
    for (int first = 0; first < replicates; first += Kernel.LANES) {
      kernel.run(seed, first, Kernel.LANES, outputs.metrics, first * width, series, first,
          (replicate, day, flows) -> outputs.flows.add(snapshot(replicate, day, flows)));
    }
    return outputs;
  }

  private static double[] snapshot(int replicate, int day, DayFlows flows) {
    List<double[]> parts = List.of(flows.demand, flows.toServe, flows.arrivals, flows.recycled,
        flows.servedFromArrivals, flows.servedFromStock, flows.shortfall, flows.repaid, flows.unstoredBefore,
        flows.unstored, flows.stockBefore, flows.stockAfter, flows.price, flows.tierStock);
    int size = 2;
    for (double[] part : parts) {
      size += part.length;
    }
    double[] values = new double[size];
    values[0] = replicate;
    values[1] = day;
    int at = 2;
    for (double[] part : parts) {
      System.arraycopy(part, 0, values, at, part.length);
      at += part.length;
    }
    return values;
  }

  private static void assertBits(double[] expected, double[] actual, String what) {
    assertEquals(expected.length, actual.length, what + ": length");
    for (int i = 0; i < expected.length; i++) {
      if (Double.doubleToRawLongBits(expected[i]) != Double.doubleToRawLongBits(actual[i])) {
        throw new AssertionError(what + ": value " + i + " is " + actual[i] + " lane by lane, " + expected[i]
            + " on vectors");
      }
    }
  }

  private static final class Outputs {
    double[] metrics;
    double[] covers;
    final List<double[]> flows = new ArrayList<>();
  }
}
