package org.stockpile.benchmarks;

import java.nio.file.Path;
import java.util.List;
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
import org.stockpile.check.ValidScenario;
import org.stockpile.scenario.ScenarioTemplate;
import org.stockpile.scenario.TemplateSetters;
import org.stockpile.study.OptimizeStudy;
import org.stockpile.study.SweepStudy;

/**
 * Making one checked candidate from a spec's base file and values at its paths, on one core:
 * {@code tree} sets the values in a copy of the file's tree and binds and checks it
 * ({@code ScenarioTemplate.valid}), {@code records} sets them on the base scenario's records and
 * checks it ({@code TemplateSetters.valid}, what sweeps and the optimizer use); in microseconds
 * per candidate. The Japan optimize spec sets four tier and release numbers; the nightly sweep
 * sets eight, two of them source shares that rescale the others. Run from the repository's root.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@BenchmarkMode(Mode.AverageTime)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CandidateBenchmark {
  @Param({"japan-rare-earths-2010.optimize.yaml", "multi-material-correlated-nightly.sweep.yaml"})
  public String spec;

  private ScenarioTemplate base;
  private List<String> paths;
  private TemplateSetters setters;
  private double[] values;

  @Setup
  public void setUp() throws Exception {
    Path file = Path.of("scenarios", spec);
    if (spec.endsWith(".optimize.yaml")) {
      OptimizeStudy study = OptimizeStudy.load(file);
      base = study.base();
      paths = study.plan().paths();
      values = study.plan().inputs().stream().mapToDouble(input -> input.decision().value(1)).toArray();
    } else {
      SweepStudy study = SweepStudy.load(file);
      base = (ScenarioTemplate) study.base(); // the benchmarked specs are single-economy
      paths = study.plan().inputs().stream().map(input -> input.path()).toList();
      values = study.plan().inputs().stream().mapToDouble(input -> input.valueAt(0.4)).toArray();
    }
    setters = base.setters(paths);
    if (!setters.pathsSetInTheTree().isEmpty() || !base.valid(paths, values).scenario().equals(setters.valid(values)
        .scenario())) {
      throw new IllegalStateException("the two ways do not make the same candidate");
    }
  }

  @Benchmark
  public ValidScenario tree() throws Exception {
    return base.valid(paths, values);
  }

  @Benchmark
  public ValidScenario records() throws Exception {
    return setters.valid(values);
  }
}
