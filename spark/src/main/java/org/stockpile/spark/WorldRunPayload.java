package org.stockpile.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.stockpile.check.ScenarioException;
import org.stockpile.model.World;
import org.stockpile.scenario.WorldFile;
import org.stockpile.sim.CompiledWorld;
import org.stockpile.sim.RunOptions;
import org.stockpile.sim.WorldMonteCarlo;

/**
 * What a Spark task needs to run replicates of a scenario with several economies on any executor,
 * as {@link RunPayload} for one economy: the file's bytes (and whether it is JSON), or with
 * --overlay or --set the varied world as YAML, and the command line's --replicates and --seed.
 * Executors compile it once per JVM.
 *
 * @param scenario   the scenario file's bytes
 * @param json       whether the file is JSON
 * @param replicates --replicates, or null
 * @param seed       --seed, or null
 */
public record WorldRunPayload(byte[] scenario, boolean json, Integer replicates, Long seed) implements Serializable {
  private static final Map<WorldRunPayload, Loaded> LOADED = new ConcurrentHashMap<>();

  /** A world compiled with the options of the run. */
  public record Loaded(World world, CompiledWorld compiled, RunOptions options) {
  }

  /**
   * The world as varied (--overlay, --set): the file's bytes when it has no variants, else the
   * varied world as YAML, so executors need neither the overlays nor the settings.
   */
  public static WorldRunPayload of(WorldFile world, Integer replicates, Long seed) throws IOException {
    if (world.variants().isEmpty()) {
      return new WorldRunPayload(Files.readAllBytes(world.file()), world.file().getFileName().toString()
          .toLowerCase(Locale.ROOT).endsWith(".json"), replicates, seed);
    }
    return new WorldRunPayload(world.yaml().getBytes(StandardCharsets.UTF_8), false, replicates, seed);
  }

  /** The world as the driver read it (file and variants, already checked), with the run's options. */
  public Loaded loadFrom(WorldFile world) {
    World read = world.world();
    RunOptions options = WorldMonteCarlo.options(read).withThreads(1);
    if (replicates != null) {
      options = options.withReplicates(replicates);
    }
    if (seed != null) {
      options = options.withSeed(seed);
    }
    return new Loaded(read, CompiledWorld.compile(world.valid()), options);
  }

  /** The world, compiled, with the run's options; once per JVM. */
  public Loaded load() throws ScenarioException {
    Loaded loaded = LOADED.get(this);
    if (loaded != null) {
      return loaded;
    }
    try {
      Path file = Files.write(Files.createTempDirectory("stockpile-world-").resolve(json ? "scenario.json"
          : "scenario.yaml"), scenario);
      loaded = loadFrom(WorldFile.load(file, List.of()));
      LOADED.put(this, loaded);
      return loaded;
    } catch (IOException e) {
      throw new IllegalStateException("cannot copy the scenario into a temporary folder: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WorldRunPayload that && Arrays.equals(scenario, that.scenario) && json == that.json
        && Objects.equals(replicates, that.replicates) && Objects.equals(seed, that.seed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(scenario), json, replicates, seed);
  }
}
