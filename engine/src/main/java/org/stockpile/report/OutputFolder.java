package org.stockpile.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stockpile.output.FileDigests;
import org.stockpile.output.Manifest;
import org.stockpile.output.RunWriter;
import org.stockpile.output.WorldWriter;

/**
 * A result folder of {@code stockpile run} (of one economy, or of a world of several),
 * {@code optimize} or {@code sweep}, checked before anything reads it: its manifest says what
 * wrote it ({@code kind}) in which layout ({@code outputFormat}, refused when newer than this
 * engine's), every file its kind always has is there (a half-written folder is refused, with
 * what is missing), and every file its manifest lists has the size and SHA-256 written there (a
 * file cut short or edited is refused, naming it).
 */
public final class OutputFolder {
  /** The kinds of result folder. */
  public enum Kind {
    RUN("run", List.of("summary.json", "replicates.csv", "replicate-totals.csv", "timeseries.csv", "manifest.json"),
        3),
    OPTIMIZE("optimize", List.of("best.json", "history.csv", "validation.json", "manifest.json"), 1),
    SWEEP("sweep", List.of("points.csv", "indices.json", "manifest.json"), 1),
    /**
     * A run of several economies: the world's files, and each economy's a run folder of its own in
     * {@code economies/<id>/} (its manifest says {@code run} and names the economies).
     */
    WORLD("world", List.of(WorldWriter.WORLD_JSON, RunWriter.SCENARIO_YAML, "manifest.json"), 1);

    private final String key;
    private final List<String> files;
    /** The oldest output format this version reads for this kind. */
    private final int oldestFormat;

    Kind(String key, List<String> files, int oldestFormat) {
      this.key = key;
      this.files = files;
      this.oldestFormat = oldestFormat;
    }

    public String key() {
      return key;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CsvMapper CSV = new CsvMapper();

  private final Path path;
  private final Kind kind;
  private final JsonNode manifest;

  private OutputFolder(Path path, Kind kind, JsonNode manifest) {
    this.path = path;
    this.kind = kind;
    this.manifest = manifest;
  }

  /** Opens {@code path} as a result folder, or says what was expected. */
  public static OutputFolder open(Path path) throws ReportException {
    if (!Files.isDirectory(path)) {
      throw new ReportException(path + " is not a folder; expected the results folder of a stockpile run, optimize "
          + "or sweep (holding manifest.json)");
    }
    Path manifestFile = path.resolve("manifest.json");
    if (!Files.isRegularFile(manifestFile)) {
      String name = path.getFileName() == null ? "" : path.getFileName().toString();
      throw new ReportException(path + " is not a Stockpile results folder (no manifest.json)"
          + (name.contains(".partial") ? ": it is the work folder of an unfinished run" : "")
          + "; expected the folder a stockpile run, optimize or sweep wrote");
    }
    JsonNode manifest;
    try {
      manifest = JSON.readTree(manifestFile.toFile());
    } catch (IOException e) {
      throw new ReportException(manifestFile + " is not readable JSON (" + e.getMessage()
          + "); the folder may be half-written");
    }
    int format = manifest.path("outputFormat").asInt(1);
    if (format > Manifest.OUTPUT_FORMAT) {
      throw new ReportException(path + " was written by a newer Stockpile (" + manifest.path("engineVersion").asText()
          + ", output format " + format + "); this one (" + Manifest.currentEngineVersion() + ") reads format "
          + Manifest.OUTPUT_FORMAT + " and earlier: report it with that version");
    }
    Kind kind = kindOf(path, manifest);
    if (format < kind.oldestFormat) {
      throw new ReportException(path + " was written by an older Stockpile (" + manifest.path("engineVersion").asText()
          + ", output format " + format + ", before the net cost and its parts); this one reads " + kind.key
          + " folders of format " + kind.oldestFormat + " and later: run it again with this version");
    }
    List<String> missing = new ArrayList<>();
    for (String file : kind.files) {
      if (!Files.isRegularFile(path.resolve(file))) {
        missing.add(file);
      }
    }
    if (!missing.isEmpty()) {
      throw new ReportException(path + " is a half-written " + kind.key + " folder: " + String.join(", ", missing)
          + (missing.size() == 1 ? " is" : " are") + " missing (a " + kind.key + " writes " + String.join(", ",
          kind.files) + ")");
    }
    List<String> damage;
    try {
      damage = FileDigests.problems(manifest, path);
    } catch (IOException e) {
      throw new ReportException("cannot read " + path + " to check it against its manifest: " + e.getMessage());
    }
    if (!damage.isEmpty()) {
      throw new ReportException(path + " is damaged: " + String.join("; ", damage)
          + ". Its numbers cannot be trusted: run it again (or restore the folder from a copy)");
    }
    return new OutputFolder(path, kind, manifest);
  }

  private static Kind kindOf(Path path, JsonNode manifest) throws ReportException {
    String written = manifest.path("kind").asText("");
    if (written.equals(Kind.RUN.key) && manifest.path("economies").isArray()) {
      return Kind.WORLD;
    }
    for (Kind kind : Kind.values()) {
      if (kind.key.equals(written)) {
        return kind;
      }
    }
    if (!written.isEmpty()) {
      throw new ReportException(path + " holds results of a kind this version does not know: " + written);
    }
    // Folders written before manifests named their kind.
    if (Files.exists(path.resolve("summary.json"))) {
      return Kind.RUN;
    }
    if (Files.exists(path.resolve("best.json"))) {
      return Kind.OPTIMIZE;
    }
    if (Files.exists(path.resolve("indices.json"))) {
      return Kind.SWEEP;
    }
    throw new ReportException(path + " has a manifest.json but none of summary.json, best.json or indices.json: "
        + "not a run, optimize or sweep folder");
  }

  public Path path() {
    return path;
  }

  public Kind kind() {
    return kind;
  }

  public JsonNode manifest() {
    return manifest;
  }

  /** Whether the folder holds {@code name}. */
  public boolean has(String name) {
    return Files.isRegularFile(path.resolve(name));
  }

  /** A JSON file of the folder. */
  public JsonNode json(String name) throws ReportException {
    try {
      return JSON.readTree(path.resolve(name).toFile());
    } catch (IOException e) {
      throw new ReportException("cannot read " + path.resolve(name) + ": " + e.getMessage(), e);
    }
  }

  /** The rows of a CSV file of the folder, each by its header's names. */
  public List<Map<String, String>> csv(String name) throws ReportException {
    try (var rows = CSV.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader())
        .<Map<String, String>>readValues(path.resolve(name).toFile())) {
      return rows.readAll();
    } catch (IOException | RuntimeException e) {
      throw new ReportException("cannot read " + path.resolve(name) + ": " + e.getMessage(), e);
    }
  }
}
