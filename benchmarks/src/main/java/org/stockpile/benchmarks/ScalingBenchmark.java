package org.stockpile.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stockpile.model.RunSettings;
import org.stockpile.model.Scenario;
import org.stockpile.scenario.ScenarioLoader;
import org.stockpile.sim.CompiledScenario;
import org.stockpile.sim.Kernel;

/**
 * How the kernel's cost grows with the work: the benchmark scenario cut to R replicates, D days,
 * M materials and S sources per material (the first S of each material's four, their shares scaled
 * to sum to one), one factor at a time around 64 x 3,650 x 5 x 4, on one core. The score is the
 * time of one invocation (all R replicates); {@code benchmarks/scaling.py} fits it and draws the
 * plot in benchmarks/README.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class ScalingBenchmark {
  /** Replicates x days x materials x sources. */
  @Param({"8x3650x5x4", "16x3650x5x4", "32x3650x5x4", "64x3650x5x4", "128x3650x5x4",
      "64x365x5x4", "64x1825x5x4", "64x7300x5x4",
      "64x3650x1x4", "64x3650x2x4", "64x3650x3x4", "64x3650x4x4",
      "64x3650x5x1", "64x3650x5x2", "64x3650x5x3"})
  String shape;

  private Kernel kernel;
  private double[] metrics;
  private int replicates;
  private int replicate;

  @Setup
  public void setUp() throws Exception {
    String[] parts = shape.split("x");
    replicates = Integer.parseInt(parts[0]);
    int days = Integer.parseInt(parts[1]);
    Scenario scenario = cut(Integer.parseInt(parts[2]), Integer.parseInt(parts[3]))
        .withRun(RunSettings.of(replicates, 1, days));
    kernel = new Kernel(CompiledScenario.compile(scenario));
    metrics = new double[kernel.layout().width() * replicates];
  }

  @Benchmark
  public double replicates() {
    int width = kernel.layout().width();
    for (int i = 0; i < replicates; i += Kernel.LANES) {
      int count = Math.min(Kernel.LANES, replicates - i);
      kernel.run(1, replicate, count, metrics, i * width, null, i, null);
      replicate += count;
    }
    return metrics[0];
  }

  /** The benchmark scenario with its first {@code materials} materials and {@code sources} sources each. */
  static Scenario cut(int materials, int sources) throws Exception {
    YAMLMapper yaml = new YAMLMapper();
    ObjectNode root;
    try (InputStream in = ScalingBenchmark.class.getResourceAsStream("/five-materials.yaml")) {
      root = (ObjectNode) yaml.readTree(in);
    }
    ObjectNode all = (ObjectNode) root.get("materials");
    List<String> names = new ArrayList<>();
    all.fieldNames().forEachRemaining(names::add);
    for (String name : names.subList(materials, names.size())) {
      all.remove(name);
    }
    for (JsonNode material : all) {
      ArrayNode list = (ArrayNode) material.get("sources");
      while (list.size() > sources) {
        list.remove(list.size() - 1);
      }
      double total = 0;
      for (JsonNode source : list) {
        total += source.get("share").asDouble();
      }
      for (JsonNode source : list) {
        ((ObjectNode) source).put("share", source.get("share").asDouble() / total);
      }
    }
    Path file = Files.createTempFile("scaling", ".yaml");
    try {
      yaml.writeValue(file.toFile(), root);
      return ScenarioLoader.load(file);
    } finally {
      deleteQuietly(file);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a temporary file left behind
    }
  }
}
