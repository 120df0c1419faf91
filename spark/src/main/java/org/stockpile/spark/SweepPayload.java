package org.stockpile.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.stockpile.check.ScenarioException;
import org.stockpile.scenario.ScenarioVariant;
import org.stockpile.study.SweepStudy;
import org.stockpile.sweep.SweepPlan;

/**
 * What a Spark task needs to rebuild a sweep spec on any executor: the spec's and its base
 * scenario's bytes (with --overlay or --set, the varied base as YAML), and the command line's --samples, --replicates and --seed. Executors load it
 * once per JVM (from copies in a temporary folder) and keep it.
 *
 * @param spec       the spec file's bytes
 * @param scenario   the base scenario file's bytes
 * @param samples    --samples, or null
 * @param replicates --replicates, or null
 * @param seed       --seed, or null
 */
public record SweepPayload(byte[] spec, byte[] scenario, Integer samples, Integer replicates, Long seed)
    implements Serializable {
  private static final Map<String, SweepStudy> LOADED = new ConcurrentHashMap<>();

  /** Reads the spec at {@code specFile} and the base scenario it names. */
  public static SweepPayload of(Path specFile, Integer samples, Integer replicates, Long seed)
      throws ScenarioException, IOException {
    return of(specFile, List.of(), samples, replicates, seed);
  }

  /**
   * Reads the spec at {@code specFile} and the base scenario it names with {@code variants}
   * (--overlay, --set) applied: the payload holds the varied base as YAML, so executors need
   * neither the overlays nor the settings.
   */
  public static SweepPayload of(Path specFile, List<ScenarioVariant> variants, Integer samples, Integer replicates,
      Long seed) throws ScenarioException, IOException {
    SweepStudy spec = SweepStudy.load(specFile, variants);
    byte[] scenario = variants.isEmpty() ? Files.readAllBytes(spec.base().file())
        : spec.base().yaml().getBytes(StandardCharsets.UTF_8);
    return new SweepPayload(Files.readAllBytes(specFile), scenario, samples, replicates, seed);
  }

  /** The spec with its overrides, loaded once per JVM. */
  public SweepStudy load() throws ScenarioException {
    String key = key();
    SweepStudy loaded = LOADED.get(key);
    if (loaded != null) {
      return loaded;
    }
    try {
      Path folder = Files.createTempDirectory("stockpile-sweep-");
      Path specFile = Files.write(folder.resolve("spec.sweep.yaml"), spec);
      Path scenarioFile = Files.write(folder.resolve("scenario.yaml"), scenario);
      SweepStudy read = withOverrides(SweepStudy.load(specFile, scenarioFile));
      LOADED.put(key, read);
      return read;
    } catch (IOException e) {
      throw new IllegalStateException("cannot copy the sweep spec into a temporary folder: " + e.getMessage(), e);
    }
  }

  /**
   * The spec read from where it was given on the driver (same bytes as the payload's, so the
   * same points), with the overrides: what the results' manifest names.
   */
  public SweepStudy loadAt(Path specFile) throws ScenarioException {
    return loadAt(specFile, List.of());
  }

  /** As {@link #loadAt(Path)}, with the variants the payload was made with. */
  public SweepStudy loadAt(Path specFile, List<ScenarioVariant> variants) throws ScenarioException {
    return withOverrides(SweepStudy.load(specFile, variants));
  }

  private SweepStudy withOverrides(SweepStudy read) {
    SweepPlan plan = read.plan();
    if (replicates != null) {
      plan = plan.withReplicates(replicates);
    }
    if (seed != null) {
      plan = plan.withSeed(seed);
    }
    if (samples != null) {
      plan = plan.withSamples(samples);
    }
    return read.withPlan(plan);
  }

  private String key() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(spec);
      digest.update((byte) 0);
      digest.update(scenario);
      digest.update((samples + "/" + replicates + "/" + seed).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
