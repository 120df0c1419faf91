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
import org.stockpile.sim.CompiledScenario;
import org.stockpile.sim.Kernel;

/**
 * The daily kernel on one core: one replicate of 3,650 days of the 5-material benchmark scenario
 * per invocation. The score is in material-days per second (an invocation counts 3,650 x 5).
 * Run with {@code -prof gc} to see the allocation per simulated day (expected: 0 B).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KernelBenchmark {
  static final int DAYS = 3650;
  static final int MATERIALS = 5;

  /** Whether the replicate records its daily series (as a run keeping time series does). */
  @Param({"false", "true"})
  boolean series;

  private Kernel kernel;
  private double[] metrics;
  private SeriesBlock daily;
  private int replicate;

  @Setup
  public void setUp() throws Exception {
    Scenario scenario = BenchmarkScenario.fiveMaterials().withRun(RunSettings.of(1, 1, DAYS));
    kernel = new Kernel(CompiledScenario.compile(scenario));
    metrics = new double[kernel.layout().width()];
    daily = series ? new SeriesBlock(kernel.seriesCount() * DAYS, 1) : null;
  }

  @Benchmark
  @OperationsPerInvocation(DAYS * MATERIALS)
  public double replicate() {
    kernel.run(1, replicate++, metrics, 0, daily, 0, null);
    return metrics[0];
  }
}
