package org.stockpile.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.stockpile.sweep.DesignSpec;
import org.stockpile.sweep.Interval;
import org.stockpile.sweep.MorrisEffects;
import org.stockpile.sweep.SobolIndices;
import org.stockpile.sweep.SpecSweep;
import org.stockpile.sweep.SweepResult;

/**
 * Writes what {@code stockpile sweep} computed: {@code points.csv} (each point's parameters and
 * metrics), {@code indices.json} (Sobol S1 and ST with bootstrap intervals, or Morris mu, mu*,
 * sigma, per metric and parameter) and {@code manifest.json}, all at once into a new folder.
 */
public final class SweepWriter {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SweepWriter() {
  }

  public static Path write(SpecSweep spec, DesignSpec design, SweepResult result, int threads, Instant start,
      Path destination, boolean force) throws OutputException {
    try (AtomicDirectory folder = AtomicDirectory.begin(destination, force)) {
      writePoints(spec, result, folder.file("points.csv"));
      JSON.writeValue(folder.file("indices.json").toFile(), indices(spec, design, result));
      JSON.writeValue(folder.file("manifest.json").toFile(), manifest(spec, design, threads, start));
      folder.commit();
      return folder.destination();
    } catch (IOException e) {
      throw new OutputException("cannot write results: " + e.getMessage(), e);
    }
  }

  static void writePoints(SpecSweep spec, SweepResult result, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      List<String> header = new ArrayList<>();
      header.add("point");
      spec.paths().forEach(path -> header.add(Csv.text(path)));
      result.metricNames(spec).forEach(name -> header.add(Csv.text(name)));
      out.write(String.join(",", header) + "\n");
      for (int p = 0; p < result.points().length; p++) {
        List<String> row = new ArrayList<>();
        row.add(Integer.toString(p));
        for (double value : result.points()[p]) {
          row.add(Csv.number(value));
        }
        for (double value : result.metrics()[p]) {
          row.add(Csv.number(value));
        }
        out.write(String.join(",", row) + "\n");
      }
    }
  }

  static ObjectNode indices(SpecSweep spec, DesignSpec design, SweepResult result) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("design", design.type().name());
    node.put("points", result.points().length);
    node.put("replicates", spec.replicates());
    node.put("seed", spec.seed());
    ObjectNode metrics = node.putObject("metrics");
    result.sobol().forEach((metric, indices) -> sobol(metrics.putObject(metric), indices));
    result.morris().forEach((metric, effects) -> morris(metrics.putObject(metric), effects));
    if (!result.sobol().isEmpty()) {
      node.put("method", "Saltelli design on a Sobol sequence; S1 by Saltelli (2010), ST by Jansen (1999); 95 % "
          + "intervals from 1,000 bootstrap resamples of the base samples");
    } else if (!result.morris().isEmpty()) {
      node.put("method", "Morris elementary effects per unit of [0, 1] of each parameter (its quantile), "
          + "mu, mu* (mean absolute effect) and sigma over the trajectories");
    }
    return node;
  }

  private static void sobol(ObjectNode node, SobolIndices indices) {
    for (int i = 0; i < indices.names().size(); i++) {
      ObjectNode parameter = node.putObject(indices.names().get(i));
      interval(parameter.putObject("S1"), indices.firstOrder().get(i));
      interval(parameter.putObject("ST"), indices.total().get(i));
    }
  }

  private static void interval(ObjectNode node, Interval interval) {
    node.put("estimate", interval.estimate());
    node.putArray("ci95").add(interval.low()).add(interval.high());
  }

  private static void morris(ObjectNode node, MorrisEffects effects) {
    for (int i = 0; i < effects.names().size(); i++) {
      ObjectNode parameter = node.putObject(effects.names().get(i));
      parameter.put("mu", effects.mu().get(i));
      parameter.put("muStar", effects.muStar().get(i));
      parameter.put("sigma", effects.sigma().get(i));
    }
  }

  static ObjectNode manifest(SpecSweep spec, DesignSpec design, int threads, Instant start) throws IOException {
    Instant end = Instant.now();
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("engineVersion", Manifest.currentEngineVersion());
    node.put("gitCommit", Manifest.currentGitCommit());
    node.put("specFile", spec.specFile().toString());
    node.put("specSha256", Manifest.sha256(spec.specFile()));
    node.put("scenarioFile", spec.base().file().toString());
    node.put("scenarioSha256", Manifest.sha256(spec.base().file()));
    node.put("design", design.type().name());
    node.put("replicates", spec.replicates());
    node.put("seed", spec.seed());
    node.put("threads", threads);
    node.put("jvm", Manifest.currentJvm());
    node.put("start", start.toString());
    node.put("end", end.toString());
    node.put("wallSeconds", Duration.between(start, end).toMillis() / 1000.0);
    return node;
  }
}
