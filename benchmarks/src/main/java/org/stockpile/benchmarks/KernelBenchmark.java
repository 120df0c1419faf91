package org.stockpile.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stockpile.metrics.SeriesBlock;
import org.stockpile.model.RunSettings;
import org.stockpile.model.Scenario;
import org.stockpile.policy.Policies;
import org.stockpile.sim.CompiledScenario;
import org.stockpile.sim.Kernel;

/**
 * The daily kernel on one core: 8 replicates of 3,650 days of the 5-material benchmark scenario
 * per invocation (one group of lanes with AVX-512, two with AVX2). The score is in material-days
 * per second (an invocation counts 8 x 3,650 x 5). Run with {@code -prof gc} to see the
 * allocation per simulated day (expected: 0 B). {@code -p vectors=false} times the lane-by-lane path;
 * {@code -p releases=policies} has every tier's release rule decided by the same rule as a
 * {@link org.stockpile.policy.ReleasePolicy} (the same numbers: the cost of a custom policy).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class KernelBenchmark {
  static final int DAYS = 3650;
  static final int MATERIALS = 5;
  static final int REPLICATES = 8;

  /** Whether the replicate records its daily series (as a run keeping time series does). */
  @Param({"false", "true"})
  boolean series;

  /** Whether the kernel steps its lanes on vectors (else lane by lane: the same numbers). */
  @Param({"true", "false"})
  boolean vectors;

  /**
   * Who decides the public tiers' releases: their rules, in the kernel's own arithmetic, or the
   * same rules as policies called lane by lane ({@code policies}: what a researcher's own policy costs).
   */
  @Param({"rules", "policies"})
  String releases;

  private Kernel kernel;
  private double[] metrics;
  private SeriesBlock daily;
  private int replicate;

  @Setup
  public void setUp() throws Exception {
    Scenario scenario = BenchmarkScenario.fiveMaterials().withRun(RunSettings.of(1, 1, DAYS));
    Policies policies = Policies.none();
    if (releases.equals("policies")) {
      for (var material : scenario.materials().entrySet()) {
        for (var tier : material.getValue().stockpiles().entrySet()) {
          if (tier.getValue().release() != null) {
            policies = policies.release(material.getKey(), tier.getKey(), tier.getValue().release().asPolicy());
          }
        }
      }
    }
    kernel = new Kernel(CompiledScenario.compile(scenario, policies), vectors);
    metrics = new double[kernel.layout().width() * REPLICATES];
    daily = series ? new SeriesBlock(kernel.seriesCount() * DAYS, REPLICATES) : null;
  }

  @Benchmark
  @OperationsPerInvocation(REPLICATES * DAYS * MATERIALS)
  public double replicates() {
    int width = kernel.layout().width();
    for (int i = 0; i < REPLICATES; i += Kernel.LANES) {
      int count = Math.min(Kernel.LANES, REPLICATES - i);
      kernel.run(1, replicate, count, metrics, i * width, daily, i, null);
      replicate += count;
    }
    return metrics[0];
  }
}
