package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.stockpile.metrics.SeriesBlock;

/**
 * Everything a kernel gives for a few groups of replicates (metrics, every flow of every day,
 * recorded covers), to compare two kernels bit for bit.
 */
final class KernelOutputs {
  private static final int GROUPS = 2;

  double[] metrics;
  double[] covers;
  final List<double[]> flows = new ArrayList<>();

  /** Replicates 0 .. 2 x LANES - 1 of {@code compiled} on {@code kernel}, with every output the kernel can give. */
  static KernelOutputs run(Kernel kernel, CompiledScenario compiled, long seed) {
    int replicates = GROUPS * Kernel.LANES;
    int width = kernel.layout().width();
    KernelOutputs outputs = new KernelOutputs();
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

  /**
   * Fails unless {@code scenario} run with {@code policies} (deciding by the file's own rules, as
   * policies) gives the bits of the scenario alone, on vectors and lane by lane.
   */
  static void assertPoliciesKeepTheBits(org.stockpile.model.Scenario scenario, org.stockpile.policy.Policies policies,
      long seed, String name) throws Exception {
    CompiledScenario files = CompiledScenario.compile(scenario);
    CompiledScenario asPolicies = CompiledScenario.compile(scenario, policies);
    KernelOutputs expected = run(new Kernel(files, true), files, seed);
    assertSameBits(expected, run(new Kernel(asPolicies, true), asPolicies, seed), name + " (policies on vectors)");
    assertSameBits(expected, run(new Kernel(asPolicies, false), asPolicies, seed), name + " (policies lane by lane)");
  }

  /** Fails unless {@code actual} holds the same bits as {@code expected}, saying where. */
  static void assertSameBits(KernelOutputs expected, KernelOutputs actual, String name) {
    assertBits(expected.metrics, actual.metrics, name + ": metrics");
    assertBits(expected.covers, actual.covers, name + ": days of cover");
    assertEquals(expected.flows.size(), actual.flows.size(), name + ": observed days");
    for (int i = 0; i < expected.flows.size(); i++) {
      assertBits(expected.flows.get(i), actual.flows.get(i), name + ": flows of observation " + i);
    }
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
        throw new AssertionError(what + ": value " + i + " is " + actual[i] + ", expected " + expected[i]);
      }
    }
  }
}
