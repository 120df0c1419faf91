package org.stockpile.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.stockpile.study.SweepStudy;
import org.stockpile.sweep.Indices;
import org.stockpile.sweep.Interval;
import org.stockpile.sweep.MorrisDesign;
import org.stockpile.sweep.MorrisEffects;
import org.stockpile.sweep.SobolDesign;
import org.stockpile.sweep.SobolIndices;
import org.stockpile.sweep.SweepPlan;
import org.stockpile.sweep.SweepResult;

/**
 * Writes what {@code stockpile sweep} computed: {@code points.csv} (each point's parameters and
 * outputs: metrics, then days of cover on the cover days), {@code indices.json} (Sobol S1 and ST
 * with bootstrap intervals, or Morris mu, mu*, sigma, per metric and parameter),
 * {@code timeindices.csv} (the same for each material's days of cover on each cover day, when
 * the design has indices and the plan follows cover days) and {@code manifest.json}, all at once into a
 * new folder.
 */
public final class SweepWriter {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SweepWriter() {
  }

  public static Path write(SweepStudy study, SweepResult result, int threads, Instant start, int resumedPoints,
      Path destination, boolean force) throws OutputException {
    SweepPlan plan = study.plan();
    try (AtomicDirectory folder = AtomicDirectory.begin(destination, force)) {
      writePoints(plan, result, folder.file("points.csv"));
      JSON.writeValue(folder.file("indices.json").toFile(), FiniteNumbers.nullsForNonFinite(indices(plan, result)));
      if (!plan.coverDays().isEmpty() && !result.indices().isEmpty()) {
        writeTimeIndices(plan, startDate(study), result, folder.file("timeindices.csv"));
      }
      JSON.writeValue(folder.file("manifest.json").toFile(),
          FileDigests.addTo(manifest(study, result, threads, start, resumedPoints), folder.file("")));
      folder.commit();
      return folder.destination();
    } catch (IOException e) {
      throw new OutputException("cannot write results: " + e.getMessage(), e);
    }
  }

  static void writePoints(SweepPlan plan, SweepResult result, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      List<String> header = new ArrayList<>();
      header.add("point");
      plan.paths().forEach(path -> header.add(Csv.text(path)));
      plan.outputNames().forEach(name -> header.add(Csv.text(name)));
      out.write(String.join(",", header) + "\n");
      for (int p = 0; p < result.points().length; p++) {
        List<String> row = new ArrayList<>();
        row.add(Integer.toString(p));
        for (double value : result.points()[p]) {
          row.add(Csv.number(value));
        }
        for (double value : result.outputs()[p]) {
          row.add(Csv.number(value));
        }
        out.write(String.join(",", row) + "\n");
      }
    }
  }

  /** One row per cover day, material and parameter (in that order), with its indices. */
  static void writeTimeIndices(SweepPlan plan, LocalDate startDate, SweepResult result, Path file) throws IOException {
    boolean sobol = plan.design() instanceof SobolDesign;
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(sobol ? "material,day,date,parameter,label,S1,S1Low,S1High,ST,STLow,STHigh\n"
          : "material,day,date,parameter,label,mu,muStar,sigma\n");
      for (int day : plan.coverDays()) {
        for (String material : plan.coverMaterials()) {
          Indices indices = result.indices().get(SweepPlan.coverName(material, day));
          for (int i = 0; i < indices.names().size(); i++) {
            List<String> row = new ArrayList<>(List.of(Csv.text(material), Integer.toString(day),
                startDate.plusDays(day).toString(), Csv.text(indices.names().get(i)), Csv.text(labelOf(plan,
                indices.names().get(i)))));
            switch (indices) {
              case SobolIndices s -> {
                addInterval(row, s.firstOrder().get(i));
                addInterval(row, s.total().get(i));
              }
              case MorrisEffects m -> {
                row.add(Csv.number(m.mu().get(i)));
                row.add(Csv.number(m.muStar().get(i)));
                row.add(Csv.number(m.sigma().get(i)));
              }
            }
            out.write(String.join(",", row) + "\n");
          }
        }
      }
    }
  }

  /** The label of the parameter at {@code path}. */
  private static String labelOf(SweepPlan plan, String path) {
    int index = plan.paths().indexOf(path);
    return index < 0 ? path : plan.labels().get(index);
  }

  private static LocalDate startDate(SweepStudy study) {
    return study.base().run().startDate();
  }

  private static void addInterval(List<String> row, Interval interval) {
    row.add(Csv.number(interval.estimate()));
    row.add(Csv.number(interval.low()));
    row.add(Csv.number(interval.high()));
  }

  static ObjectNode indices(SweepPlan plan, SweepResult result) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("design", plan.design().name());
    node.put("points", result.points().length);
    node.put("replicates", plan.replicates());
    node.put("seed", plan.seed());
    ObjectNode labels = node.putObject("labels");
    for (int i = 0; i < plan.paths().size(); i++) {
      labels.put(plan.paths().get(i), plan.labels().get(i));
    }
    ObjectNode metrics = node.putObject("metrics");
    for (String metric : plan.metricNames()) {
      Indices indices = result.indices().get(metric);
      if (indices instanceof SobolIndices sobol) {
        sobol(metrics.putObject(metric), sobol);
      } else if (indices instanceof MorrisEffects morris) {
        morris(metrics.putObject(metric), morris);
      }
    }
    if (plan.design() instanceof SobolDesign) {
      node.put("method", "Saltelli design on a Sobol sequence; S1 by Saltelli (2010), ST by Jansen (1999); 95 % "
          + "intervals from 1,000 bootstrap resamples of the base samples");
    } else if (plan.design() instanceof MorrisDesign) {
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

  static ObjectNode manifest(SweepStudy study, SweepResult result, int threads, Instant start, int resumedPoints)
      throws IOException {
    SweepPlan plan = study.plan();
    Instant end = Instant.now();
    ObjectNode node = Manifest.header("sweep");
    node.put("engineVersion", Manifest.currentEngineVersion());
    node.put("gitCommit", Manifest.currentGitCommit());
    Manifest.putStudyFiles(node, study.specFile(), study.base());
    node.put("design", plan.design().name());
    node.put("designSettings", plan.design().toString());
    node.put("points", result.points().length);
    node.put("replicates", plan.replicates());
    node.put("seed", plan.seed());
    ArrayNode parameters = node.putArray("parameters");
    plan.paths().forEach(parameters::add);
    ArrayNode labels = node.putArray("labels");
    plan.labels().forEach(labels::add);
    ArrayNode metrics = node.putArray("metrics");
    plan.metricNames().forEach(metrics::add);
    ArrayNode days = node.putArray("coverDays");
    plan.coverDays().forEach(days::add);
    node.put("threads", threads);
    node.put("pointsFromJournal", resumedPoints);
    node.put("jvm", Manifest.currentJvm());
    node.put("start", start.toString());
    node.put("end", end.toString());
    node.put("wallSeconds", Duration.between(start, end).toMillis() / 1000.0);
    return node;
  }
}
