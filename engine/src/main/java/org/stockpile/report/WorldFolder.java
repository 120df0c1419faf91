package org.stockpile.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockpile.check.ScenarioException;
import org.stockpile.model.World;
import org.stockpile.output.RunWriter;
import org.stockpile.output.WorldWriter;
import org.stockpile.scenario.ScenarioLoader;

/**
 * A world run's results folder, checked before anything reads it: {@code world.json}, and every
 * economy its manifest names as a whole run folder in {@code economies/<id>/}, whose
 * {@code summary.json} gives each material's unit.
 */
final class WorldFolder {
  private final OutputFolder folder;
  private final JsonNode world;
  private final Map<String, OutputFolder> economies;
  private final Map<String, JsonNode> summaries;

  private WorldFolder(OutputFolder folder, JsonNode world, Map<String, OutputFolder> economies,
      Map<String, JsonNode> summaries) {
    this.folder = folder;
    this.world = world;
    this.economies = economies;
    this.summaries = summaries;
  }

  /** Opens {@code folder} (a {@link OutputFolder.Kind#WORLD} folder) and each of its economies' folders. */
  static WorldFolder open(OutputFolder folder) throws ReportException {
    if (folder.kind() != OutputFolder.Kind.WORLD) {
      throw new ReportException(folder.path() + " holds the results of a " + folder.kind().key()
          + ", not of a world of several economies");
    }
    List<String> ids = new ArrayList<>();
    folder.manifest().path("economies").forEach(id -> ids.add(id.asText()));
    if (ids.isEmpty()) {
      throw new ReportException(folder.path().resolve("manifest.json") + " names no economy: not the folder of a "
          + "world run");
    }
    Map<String, OutputFolder> economies = new LinkedHashMap<>();
    Map<String, JsonNode> summaries = new LinkedHashMap<>();
    for (String id : ids) {
      Path path = folder.path().resolve(WorldWriter.ECONOMIES).resolve(id);
      if (!Files.isDirectory(path)) {
        throw new ReportException(folder.path() + " is a half-written world folder: its manifest names economy " + id
            + " but " + WorldWriter.ECONOMIES + "/" + id + " is missing");
      }
      OutputFolder economy = OutputFolder.open(path);
      if (economy.kind() != OutputFolder.Kind.RUN) {
        throw new ReportException(path + " holds the results of a " + economy.kind().key() + "; an economy of a "
            + "world run holds a run's");
      }
      economies.put(id, economy);
      summaries.put(id, economy.json("summary.json"));
    }
    return new WorldFolder(folder, folder.json(WorldWriter.WORLD_JSON), economies, summaries);
  }

  Path path() {
    return folder.path();
  }

  OutputFolder folder() {
    return folder;
  }

  /** {@code world.json}. */
  JsonNode world() {
    return world;
  }

  String name() {
    return world.path("scenario").asText();
  }

  String currency() {
    return world.path("currency").asText("");
  }

  /** The economies' ids, in the world's order. */
  List<String> economies() {
    return List.copyOf(economies.keySet());
  }

  OutputFolder economy(String id) {
    return economies.get(id);
  }

  /** The world's materials, in the order {@code world.json} gives them. */
  List<String> materials() {
    List<String> materials = new ArrayList<>();
    world.path("materials").fieldNames().forEachRemaining(materials::add);
    return materials;
  }

  /** Whether {@code economy} uses {@code material}. */
  boolean uses(String economy, String material) {
    return summaries.containsKey(economy) && summaries.get(economy).path("materials").has(material);
  }

  /** The unit {@code economy} measures {@code material} in (its summary.json's). */
  String unit(String economy, String material) {
    JsonNode summary = summaries.get(economy);
    return summary == null ? "units" : summary.path("materials").path(material).path("unit").asText("units");
  }

  /** {@code economy}'s summary.json. */
  JsonNode summary(String economy) {
    return summaries.get(economy);
  }

  /** The first economy using {@code material}: the one whose price {@code prices.csv} holds. */
  String firstUser(String material) {
    return economies.keySet().stream().filter(id -> uses(id, material)).findFirst().orElse(null);
  }

  /** The rows of {@code prices.csv} by material, or an empty map when the run wrote no time series. */
  Map<String, List<Map<String, String>>> prices() throws ReportException {
    Map<String, List<Map<String, String>>> byMaterial = new LinkedHashMap<>();
    if (folder.has(WorldWriter.PRICES_CSV)) {
      for (Map<String, String> row : folder.csv(WorldWriter.PRICES_CSV)) {
        byMaterial.computeIfAbsent(row.get("material"), key -> new ArrayList<>()).add(row);
      }
    }
    return byMaterial;
  }

  /** The scenario as it ran ({@code scenario.yaml}), or null when this version cannot read it. */
  World scenario() {
    try {
      return ScenarioLoader.loadWorld(folder.path().resolve(RunWriter.SCENARIO_YAML), List.of()).world();
    } catch (ScenarioException | RuntimeException e) {
      return null;
    }
  }
}
