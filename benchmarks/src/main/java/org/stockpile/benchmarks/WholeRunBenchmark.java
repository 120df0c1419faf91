package org.stockpile.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stockpile.metrics.Metric;
import org.stockpile.model.Scenario;
import org.stockpile.sim.CompiledScenario;
import org.stockpile.sim.MonteCarlo;
import org.stockpile.sim.RunOptions;
import org.stockpile.sim.RunResult;

/**
 * A whole run: 10,000 replicates x 3,650 days x 5 materials on all cores, with daily percentile
 * series and the summary statistics of every metric, as {@code stockpile run} computes them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "--add-modules=jdk.incubator.vector"})
public class WholeRunBenchmark {
  @Param({"10000"})
  int replicates;

  private CompiledScenario compiled;

  @Setup
  public void setUp() throws Exception {
    Scenario scenario = BenchmarkScenario.fiveMaterials();
    compiled = CompiledScenario.compile(scenario);
  }

  @Benchmark
  public double run() {
    RunOptions options = new RunOptions(replicates, 1, Runtime.getRuntime().availableProcessors(), true, null);
    RunResult result = MonteCarlo.run(compiled, options);
    double sum = 0;
    for (String material : result.materials()) {
      for (Metric metric : Metric.MATERIAL) {
        sum += result.stats(material, metric).mean();
      }
    }
    for (int m = 0; m < result.materials().size(); m++) {
      for (int t = 0; t < result.horizonDays(); t++) {
        sum += result.percentile(m, RunResult.Series.DAYS_OF_COVER, t, 0.5);
      }
    }
    return sum;
  }
}
