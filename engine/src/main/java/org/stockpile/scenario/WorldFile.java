package org.stockpile.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.stockpile.check.ScenarioException;
import org.stockpile.check.ValidWorld;
import org.stockpile.check.WorldValidator;
import org.stockpile.model.RunSettings;
import org.stockpile.model.World;

/**
 * A scenario file with several economies, read with its variants and checked: the world, the
 * scenario as run (YAML) that its results keep, and its tree, in which a search sets numbers by
 * path ({@code economies.JP.materials.rare-earths.stockpiles.public.targetDays}) to make
 * candidates, each bound and checked like a file.
 */
public final class WorldFile implements StudyBase {
  private final Path file;
  private final List<ScenarioVariant> variants;
  private final ValidWorld valid;
  private final String yaml;
  private final JsonNode root;

  private WorldFile(Path file, List<ScenarioVariant> variants, ValidWorld valid, String yaml, JsonNode root) {
    this.file = file;
    this.variants = List.copyOf(variants);
    this.valid = valid;
    this.yaml = yaml;
    this.root = root;
  }

  /** The world in {@code file} with {@code variants} applied, or every problem, located. */
  public static WorldFile load(Path file, List<ScenarioVariant> variants) throws ScenarioException {
    LocatedTree tree = ScenarioLoader.read(file, variants);
    ValidWorld valid = ScenarioLoader.bindWorld(tree);
    String yaml;
    try {
      yaml = variants.isEmpty() ? Files.readString(file) : ScenarioTemplate.asRunYaml(tree.root());
    } catch (java.io.IOException e) {
      yaml = ScenarioTemplate.asRunYaml(tree.root());
    }
    return new WorldFile(file, variants, valid, yaml, tree.root());
  }

  @Override
  public Path file() {
    return file;
  }

  @Override
  public List<ScenarioVariant> variants() {
    return variants;
  }

  public ValidWorld valid() {
    return valid;
  }

  public World world() {
    return valid.world();
  }

  @Override
  public RunSettings run() {
    return valid.world().run();
  }

  /** The scenario as run: the file, or with variants the varied tree, as YAML. */
  @Override
  public String yaml() {
    return yaml;
  }

  /** What is wrong with {@code path} as a place to set a number, if anything. */
  @Override
  public Optional<String> problemWith(String path) {
    return ScenarioPath.problemWith(root, path);
  }

  /**
   * A readable label for {@code path}: the economy, then what a single economy's label says
   * ("JP, rare-earths, public tier: target (days)"), or the supplier, market or group it belongs to.
   */
  @Override
  public String label(String path) {
    return WorldPathLabels.label(root, path);
  }

  /** The number the file writes at {@code path}, if it writes one there (not a default). */
  @Override
  public OptionalDouble number(String path) {
    return ScenarioPath.number(root, path);
  }

  /** The world with {@code values[i]} set at {@code paths.get(i)}, bound and checked. */
  public ValidWorld with(List<String> paths, double[] values) throws ScenarioException {
    JsonNode tree = apply(paths, values);
    TreeBinder binder = new TreeBinder();
    World world = binder.bind(tree, World.class);
    if (!binder.problems().isEmpty()) {
      throw new ScenarioException(binder.problems());
    }
    return WorldValidator.validated(world);
  }

  /** The file with the values set, as YAML (runnable with {@code stockpile run}). */
  public String yaml(List<String> paths, double[] values) {
    return ScenarioTemplate.asRunYaml(apply(paths, values));
  }

  private JsonNode apply(List<String> paths, double[] values) {
    if (paths.size() != values.length) {
      throw new IllegalArgumentException(paths.size() + " paths for " + values.length + " values");
    }
    JsonNode copy = root.deepCopy();
    for (int i = 0; i < values.length; i++) {
      ScenarioPath.Slot slot = ScenarioPath.slot(copy, paths.get(i));
      slot.parent().set(slot.key(), ScenarioTemplate.numberNode(values[i]));
    }
    return copy;
  }
}
