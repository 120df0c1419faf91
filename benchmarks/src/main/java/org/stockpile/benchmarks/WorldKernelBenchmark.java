package org.stockpile.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stockpile.check.WorldValidator;
import org.stockpile.model.RunSettings;
import org.stockpile.sim.CompiledWorld;
import org.stockpile.sim.Kernel;
import org.stockpile.sim.WorldKernel;

/**
 * The world's daily kernel on one core: 8 replicates of 3,650 days of the benchmark world (four
 * economies, each with the five materials of {@link KernelBenchmark}'s scenario) per invocation.
 * The score is in economy-material-days per second (an invocation counts 8 x 3,650 x 4 x 5), to
 * set beside {@link KernelBenchmark}'s material-days per second (without daily series).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class WorldKernelBenchmark {
  static final int DAYS = KernelBenchmark.DAYS;
  static final int MATERIALS = KernelBenchmark.MATERIALS;
  static final int REPLICATES = KernelBenchmark.REPLICATES;
  static final int ECONOMIES = 4;

  private WorldKernel kernel;
  private double[][] metrics;
  private double[] world;
  private int replicate;

  @Setup
  public void setUp() throws Exception {
    CompiledWorld compiled = CompiledWorld.compile(WorldValidator.validated(
        BenchmarkWorld.fourEconomies(MATERIALS).withRun(RunSettings.of(1, 1, DAYS))));
    kernel = new WorldKernel(compiled);
    metrics = new double[compiled.economyCount()][];
    for (int e = 0; e < metrics.length; e++) {
      metrics[e] = new double[kernel.economy(e).layout().width() * REPLICATES];
    }
    world = new double[kernel.layout().width() * REPLICATES];
  }

  @Benchmark
  @OperationsPerInvocation(REPLICATES * DAYS * MATERIALS * ECONOMIES)
  public double replicates() {
    for (int i = 0; i < REPLICATES; i += Kernel.LANES) {
      int count = Math.min(Kernel.LANES, REPLICATES - i);
      kernel.run(1, replicate, count, metrics, i, null, 0, world);
      replicate += count;
    }
    return world[0];
  }
}
