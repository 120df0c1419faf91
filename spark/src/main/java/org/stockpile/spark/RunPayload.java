package org.stockpile.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.stockpile.check.ScenarioException;
import org.stockpile.check.ValidScenario;
import org.stockpile.model.Scenario;
import org.stockpile.scenario.ScenarioTemplate;
import org.stockpile.sim.CompiledScenario;
import org.stockpile.sim.RunOptions;

/**
 * What a Spark task needs to run replicates of a scenario on any executor: the scenario file's
 * bytes (and its name's ending, YAML or JSON), or with --overlay or --set the varied scenario as
 * YAML, and the command line's --replicates and --seed.
 * Executors compile it once per JVM.
 *
 * @param scenario   the scenario file's bytes
 * @param json       whether the file is JSON
 * @param replicates --replicates, or null
 * @param seed       --seed, or null
 */
public record RunPayload(byte[] scenario, boolean json, Integer replicates, Long seed) implements Serializable {
  private static final Map<RunPayload, Loaded> LOADED = new ConcurrentHashMap<>();

  /** A scenario compiled with the options of the run. */
  public record Loaded(Scenario scenario, CompiledScenario compiled, RunOptions options) {
  }

  public static RunPayload of(Path file, Integer replicates, Long seed) throws IOException {
    return new RunPayload(Files.readAllBytes(file), file.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
        .endsWith(".json"), replicates, seed);
  }

  /**
   * The scenario as varied (--overlay, --set): the file's bytes when it has no variants, else the
   * varied scenario as YAML, so executors need neither the overlays nor the settings.
   */
  public static RunPayload of(ScenarioTemplate scenario, Integer replicates, Long seed) throws IOException {
    if (scenario.variants().isEmpty()) {
      return of(scenario.file(), replicates, seed);
    }
    return new RunPayload(scenario.yaml().getBytes(StandardCharsets.UTF_8), false, replicates, seed);
  }

  /** The scenario as the driver read it (file and variants, already checked), with the run's options. */
  public Loaded loadFrom(ScenarioTemplate scenario) throws ScenarioException {
    return loaded(scenario.valid());
  }

  /** Reads the scenario from {@code file} (the payload's bytes, where the driver found them). */
  public Loaded loadAt(Path file) throws ScenarioException {
    return loaded(ScenarioTemplate.load(file).valid());
  }

  /** The scenario, compiled, with the run's options; once per JVM. */
  public Loaded load() throws ScenarioException {
    Loaded loaded = LOADED.get(this);
    if (loaded != null) {
      return loaded;
    }
    try {
      Path file = Files.write(Files.createTempDirectory("stockpile-run-").resolve(json ? "scenario.json"
          : "scenario.yaml"), scenario);
      loaded = loadAt(file);
      LOADED.put(this, loaded);
      return loaded;
    } catch (IOException e) {
      throw new IllegalStateException("cannot copy the scenario into a temporary folder: " + e.getMessage(), e);
    }
  }

  private Loaded loaded(ValidScenario valid) {
    Scenario read = valid.scenario();
    RunOptions options = RunOptions.of(read).withThreads(1);
    if (replicates != null) {
      options = options.withReplicates(replicates);
    }
    if (seed != null) {
      options = options.withSeed(seed);
    }
    return new Loaded(read, CompiledScenario.compile(valid), options);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RunPayload that && java.util.Arrays.equals(scenario, that.scenario) && json == that.json
        && java.util.Objects.equals(replicates, that.replicates) && java.util.Objects.equals(seed, that.seed);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(java.util.Arrays.hashCode(scenario), json, replicates, seed);
  }
}
