package org.stockpile.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.stockpile.check.ScenarioException;
import org.stockpile.check.ValidScenario;
import org.stockpile.model.Scenario;
import org.stockpile.optimize.Decision;
import org.stockpile.optimize.OptimizationResult;
import org.stockpile.optimize.OptimizePlan;
import org.stockpile.optimize.Optimizer;
import org.stockpile.optimize.OptimizerSettings;
import org.stockpile.scenario.TemplateSetters;
import org.stockpile.sim.ScenarioFamily;
import org.stockpile.study.OptimizeStudy;

/**
 * The bundled Japan optimize spec over 10 years (its scenario's horizon set to 3,650 days) on all
 * cores: one candidate scored on 256 replicates ({@code evaluation}, in evaluations per second),
 * and the whole search with population 64, 50 generations and 256 replicates ({@code search},
 * single shot). Run from the repository's root (it reads {@code scenarios/}).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "--add-modules=jdk.incubator.vector"})
public class OptimizerBenchmark {
  private static final Path SPEC = Path.of("scenarios", "japan-rare-earths-2010.optimize.yaml");
  private static final int TEN_YEARS = 3650;

  private Optimizer optimizer;
  private OptimizerSettings settings;
  private double[] candidate;

  @Setup
  public void setUp() throws Exception {
    OptimizeStudy study = OptimizeStudy.load(SPEC);
    OptimizePlan spec = study.plan();
    List<String> paths = new ArrayList<>(spec.paths());
    paths.add("run.horizonDays");
    TemplateSetters setters = study.base().setters(paths);
    ScenarioFamily tenYears = new ScenarioFamily() {
      @Override
      public Scenario scenario(double[] values) throws ScenarioException {
        return valid(values).scenario();
      }

      @Override
      public ValidScenario valid(double[] values) throws ScenarioException {
        double[] withHorizon = java.util.Arrays.copyOf(values, values.length + 1);
        withHorizon[values.length] = TEN_YEARS;
        return setters.valid(withHorizon);
      }
    };
    List<Decision> decisions = spec.decisions();
    optimizer = Optimizer.of(tenYears, decisions, spec.objectiveFunctions()).withConstraints(spec.constraints());
    settings = new OptimizerSettings(64, 50, 256, 1, Runtime.getRuntime().availableProcessors());
    candidate = spec.baseline().orElseThrow();
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @Warmup(iterations = 2, time = 5)
  @Measurement(iterations = 3, time = 5)
  public double evaluation() throws Exception {
    return optimizer.score(candidate, settings);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public OptimizationResult search() throws Exception {
    return optimizer.run(settings);
  }
}
