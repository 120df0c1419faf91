package org.stockpile.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.stockpile.metrics.Metric;
import org.stockpile.metrics.MetricLayout;
import org.stockpile.sim.RunResult;
import org.stockpile.sim.RunResult.Series;

/** Writes a run's four files into a folder, atomically. */
public final class RunWriter {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final double[] BANDS = {0.05, 0.50, 0.95};
  private static final String[] BAND_NAMES = {"p5", "p50", "p95"};
  /** The scenario as run, kept in the results. */
  public static final String SCENARIO_YAML = "scenario.yaml";
  public static final String SCENARIO_JSON = "scenario.json";

  private RunWriter() {
  }

  /** Writes {@code result} and {@code manifest} into {@code destination}. */
  public static Path write(RunResult result, Manifest manifest, Path destination, boolean force) throws OutputException {
    return write(result, manifest, null, destination, force);
  }

  /**
   * Writes {@code result} and {@code manifest} into {@code destination}, with {@code scenarioAsRun}
   * (the scenario with its variants applied, as YAML) as {@code scenario.yaml}; when null, a copy of
   * the scenario file.
   */
  public static Path write(RunResult result, Manifest manifest, String scenarioAsRun, Path destination,
      boolean force) throws OutputException {
    try (AtomicDirectory folder = AtomicDirectory.begin(destination, force)) {
      JSON.writeValue(folder.file("summary.json").toFile(), SummaryJson.of(result));
      writeReplicates(result, folder.file("replicates.csv"));
      if (result.hasTimeSeries()) {
        writeTimeSeries(result, folder.file("timeseries.csv"));
      }
      if (scenarioAsRun != null) {
        Files.writeString(folder.file(SCENARIO_YAML), scenarioAsRun, StandardCharsets.UTF_8);
      } else {
        copyScenario(manifest, folder);
      }
      JSON.writeValue(folder.file("manifest.json").toFile(), manifest.toJson());
      folder.commit();
      return folder.destination();
    } catch (IOException e) {
      throw new OutputException("cannot write results: " + e.getMessage(), e);
    }
  }

  /**
   * Keeps a copy of the scenario file as it was run ({@code scenario.yaml} or {@code scenario.json}),
   * so that the results explain themselves (the report reads tiers and shocks from it); skipped
   * when the file has changed since the run read it.
   */
  private static void copyScenario(Manifest manifest, AtomicDirectory folder) throws IOException {
    Path source = Path.of(manifest.scenarioFile());
    if (!Files.isRegularFile(source) || !Manifest.sha256(source).equals(manifest.scenarioSha256())) {
      return;
    }
    String name = source.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    Files.copy(source, folder.file(name.endsWith(".json") ? SCENARIO_JSON : SCENARIO_YAML));
  }

  /** Serialises {@code node} the way result files are written (indented, stable order). */
  public static String json(ObjectNode node) throws IOException {
    return JSON.writeValueAsString(node);
  }

  static void writeReplicates(RunResult result, Path file) throws IOException {
    MetricLayout layout = result.layout();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      StringBuilder line = new StringBuilder("replicate,material");
      for (Metric metric : Metric.MATERIAL) {
        line.append(',').append(metric.key());
      }
      out.write(line.append('\n').toString());
      List<String> materials = result.materials();
      for (int r = 0; r < result.replicates(); r++) {
        for (int m = 0; m <= materials.size(); m++) {
          line.setLength(0);
          line.append(r).append(',').append(m < materials.size() ? Csv.text(materials.get(m)) : "total");
          for (Metric metric : Metric.MATERIAL) {
            int offset = m < materials.size() ? layout.material(m, metric) : layout.total(metric);
            line.append(',').append(Csv.number(result.value(r, offset)));
          }
          out.write(line.append('\n').toString());
        }
      }
    }
  }

  static void writeTimeSeries(RunResult result, Path file) throws IOException {
    List<String> materials = result.materials();
    Set<String> allTiers = new LinkedHashSet<>();
    for (int m = 0; m < materials.size(); m++) {
      allTiers.addAll(result.tiers(m));
    }
    List<String> header = new ArrayList<>(List.of("day", "date", "material"));
    for (String column : List.of("daysOfCover", "stock", "shortfall", "price", "released", "loansOutstanding")) {
      for (String band : BAND_NAMES) {
        header.add(column + "_" + band);
      }
    }
    for (String tier : allTiers) {
      for (String band : BAND_NAMES) {
        header.add("daysOfCover_" + tier + "_" + band);
      }
    }
    LocalDate start = result.compiled().scenario().run().startDate();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(String.join(",", header.stream().map(Csv::text).toList()));
      out.write('\n');
      StringBuilder line = new StringBuilder();
      double[] bands = new double[BANDS.length];
      for (int t = 0; t < result.horizonDays(); t++) {
        String date = start.plusDays(t).toString();
        for (int m = 0; m < materials.size(); m++) {
          double reference = result.compiled().referencePerDay(m);
          line.setLength(0);
          line.append(t).append(',').append(date).append(',').append(Csv.text(materials.get(m)));
          result.percentiles(m, Series.DAYS_OF_COVER, -1, t, BANDS, bands);
          for (double value : bands) {
            line.append(',').append(Csv.number(value));
          }
          for (double value : bands) {
            line.append(',').append(Csv.number(value * reference));
          }
          result.percentiles(m, Series.SHORTFALL, -1, t, BANDS, bands);
          for (double value : bands) {
            line.append(',').append(Csv.number(value));
          }
          for (Series series : List.of(Series.PRICE, Series.RELEASED, Series.LOANS_OUTSTANDING)) {
            result.percentiles(m, series, -1, t, BANDS, bands);
            for (double value : bands) {
              line.append(',').append(Csv.number(value));
            }
          }
          List<String> tiers = result.tiers(m);
          for (String tier : allTiers) {
            int i = tiers.indexOf(tier);
            if (i >= 0) {
              result.percentiles(m, Series.DAYS_OF_COVER, i, t, BANDS, bands);
            }
            for (double value : bands) {
              line.append(',');
              if (i >= 0) {
                line.append(Csv.number(value));
              }
            }
          }
          out.write(line.append('\n').toString());
        }
      }
    }
  }
}
