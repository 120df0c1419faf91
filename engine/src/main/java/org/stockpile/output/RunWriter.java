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

/**
 * Writes a run's files into a folder, atomically: {@code summary.json}, {@code replicates.csv}
 * (one row per replicate and material), {@code replicate-totals.csv} (one row per replicate: the
 * metrics with a total over materials), {@code timeseries.csv}, a copy of the scenario and
 * {@code manifest.json} (with the unit of every column).
 */
public final class RunWriter {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final double[] BANDS = {0.05, 0.50, 0.95};
  private static final String[] BAND_NAMES = {"p5", "p50", "p95"};
  /** The scenario as run, kept in the results. */
  public static final String SCENARIO_YAML = "scenario.yaml";
  public static final String SCENARIO_JSON = "scenario.json";
  /** Every replicate's metrics per material. */
  public static final String REPLICATES = "replicates.csv";
  /** Every replicate's totals over materials. */
  public static final String REPLICATE_TOTALS = "replicate-totals.csv";
  /** Percentile bands of the daily series. */
  static final String TIME_SERIES = "timeseries.csv";

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
      ObjectNode manifestJson = manifest.toJson();
      writeResults(result, manifestJson, folder.file(""));
      if (scenarioAsRun != null) {
        Files.writeString(folder.file(SCENARIO_YAML), scenarioAsRun, StandardCharsets.UTF_8);
      } else {
        copyScenario(manifest, folder);
      }
      writeManifest(manifestJson, folder.file(""));
      folder.commit();
      return folder.destination();
    } catch (IOException e) {
      throw new OutputException("cannot write results: " + e.getMessage(), e);
    }
  }

  /**
   * A run's result files ({@code summary.json}, the replicate tables, {@code timeseries.csv}) into
   * {@code folder}, which exists: a run's own folder, or an economy's folder inside a world's
   * results; the units go into {@code manifestJson}, to write last ({@link #writeManifest}).
   */
  static void writeResults(RunResult result, ObjectNode manifestJson, Path folder) throws IOException {
    JSON.writeValue(folder.resolve("summary.json").toFile(),
        FiniteNumbers.json(SummaryJson.of(result), "summary.json"));
    writeReplicates(result, folder.resolve(REPLICATES));
    writeReplicateTotals(result, folder.resolve(REPLICATE_TOTALS));
    if (result.hasTimeSeries()) {
      writeTimeSeries(result, folder.resolve("timeseries.csv"));
    }
    manifestJson.set("units", units(result));
  }

  /** Writes {@code manifestJson} into {@code folder}, last, with the size and SHA-256 of every file there. */
  static void writeManifest(ObjectNode manifestJson, Path folder) throws IOException {
    JSON.writeValue(folder.resolve("manifest.json").toFile(), FileDigests.addTo(manifestJson, folder));
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

  /** One row per replicate and material (tidy: a group-by on material gives each material's means). */
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
        for (int m = 0; m < materials.size(); m++) {
          line.setLength(0);
          line.append(r).append(',').append(Csv.text(materials.get(m)));
          for (Metric metric : Metric.MATERIAL) {
            line.append(',').append(FiniteNumbers.csv(result.value(r, layout.material(m, metric)),
                REPLICATES));
          }
          out.write(line.append('\n').toString());
        }
      }
    }
  }

  /** One row per replicate: the metrics with a total over all materials ({@link Metric#TOTAL}). */
  static void writeReplicateTotals(RunResult result, Path file) throws IOException {
    MetricLayout layout = result.layout();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      StringBuilder line = new StringBuilder("replicate");
      for (Metric metric : Metric.TOTAL) {
        line.append(',').append(metric.key());
      }
      out.write(line.append('\n').toString());
      for (int r = 0; r < result.replicates(); r++) {
        line.setLength(0);
        line.append(r);
        for (Metric metric : Metric.TOTAL) {
          line.append(',').append(FiniteNumbers.csv(result.value(r, layout.total(metric)), REPLICATE_TOTALS));
        }
        out.write(line.append('\n').toString());
      }
    }
  }

  /** The unit of every number the run's files hold: the manifest's {@code units}. */
  static ObjectNode units(RunResult result) {
    ObjectNode units = JSON.createObjectNode();
    units.put("currency", result.currency());
    ObjectNode materials = units.putObject("materials");
    result.materials().forEach(id -> materials.put(id, result.unit(id)));
    ObjectNode files = units.putObject("files");
    ObjectNode replicates = files.putObject(REPLICATES);
    replicates.put("replicate", "index");
    replicates.put("material", "id (quantities in the unit of that material)");
    for (Metric metric : Metric.MATERIAL) {
      replicates.put(metric.key(), metric.dimension().description());
    }
    ObjectNode totals = files.putObject(REPLICATE_TOTALS);
    totals.put("replicate", "index");
    for (Metric metric : Metric.TOTAL) {
      totals.put(metric.key(), metric.dimension().description());
    }
    ObjectNode series = files.putObject("timeseries.csv");
    series.put("day", "days from the start");
    series.put("date", "ISO date");
    series.put("material", "id (quantities in the unit of that material)");
    series.put("daysOfCover_*", "days of reference consumption");
    series.put("stock_*", "material's unit");
    series.put("shortfall_*", "material's unit per day");
    series.put("price_*", "currency per unit of the material");
    series.put("released_*", "material's unit per day");
    series.put("loansOutstanding_*", "material's unit");
    series.put("unstored_*", "material's unit");
    series.put("daysOfCover_TIER_*", "days of reference consumption");
    return units;
  }

  static void writeTimeSeries(RunResult result, Path file) throws IOException {
    List<String> materials = result.materials();
    Set<String> allTiers = new LinkedHashSet<>();
    for (int m = 0; m < materials.size(); m++) {
      allTiers.addAll(result.tiers(m));
    }
    List<String> header = new ArrayList<>(List.of("day", "date", "material"));
    for (String column : List.of("daysOfCover", "stock", "shortfall", "price", "released", "loansOutstanding",
        "unstored")) {
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
            line.append(',').append(FiniteNumbers.csv(value, TIME_SERIES));
          }
          for (double value : bands) {
            line.append(',').append(FiniteNumbers.csv(value * reference, TIME_SERIES));
          }
          result.percentiles(m, Series.SHORTFALL, -1, t, BANDS, bands);
          for (double value : bands) {
            line.append(',').append(FiniteNumbers.csv(value, TIME_SERIES));
          }
          for (Series series : List.of(Series.PRICE, Series.RELEASED, Series.LOANS_OUTSTANDING, Series.UNSTORED)) {
            result.percentiles(m, series, -1, t, BANDS, bands);
            for (double value : bands) {
              line.append(',').append(FiniteNumbers.csv(value, TIME_SERIES));
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
                line.append(FiniteNumbers.csv(value, TIME_SERIES));
              }
            }
          }
          out.write(line.append('\n').toString());
        }
      }
    }
  }
}
