package org.stockpile.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stockpile.check.WorldValidator;
import org.stockpile.model.RunSettings;
import org.stockpile.output.SummaryJson;
import org.stockpile.sim.CompiledWorld;
import org.stockpile.sim.RunOptions;
import org.stockpile.sim.RunResult;
import org.stockpile.sim.WorldMonteCarlo;
import org.stockpile.sim.WorldResult;

/**
 * A whole world run on all cores: 10,000 replicates x 3,650 days x 4 economies x 3 materials,
 * with every economy's summary statistics (single shot, warm JVM, 4 GiB heap). Issue 14's target:
 * under 30 s on 2 cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx4g"})
public class WorldRunBenchmark {
  private CompiledWorld compiled;
  private RunOptions options;

  @Setup
  public void setUp() throws Exception {
    compiled = CompiledWorld.compile(WorldValidator.validated(
        BenchmarkWorld.fourEconomies(3).withRun(RunSettings.of(1, 10_000, 3650))));
    options = new RunOptions(10_000, 1, Runtime.getRuntime().availableProcessors(), false, null);
  }

  @Benchmark
  public int run() {
    WorldResult result = WorldMonteCarlo.run(compiled, options);
    int size = 0;
    for (RunResult economy : result.economies()) {
      size += SummaryJson.of(economy).size();
    }
    return size;
  }
}
