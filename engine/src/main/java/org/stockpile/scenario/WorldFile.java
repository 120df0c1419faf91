package org.stockpile.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.stockpile.check.ScenarioException;
import org.stockpile.check.ValidWorld;
import org.stockpile.model.World;

/**
 * A scenario file with several economies, read with its variants and checked: the world, and the
 * scenario as run (YAML) that its results keep.
 */
public record WorldFile(Path file, List<ScenarioVariant> variants, ValidWorld valid, String yaml) {

  public WorldFile {
    variants = List.copyOf(variants);
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
    return new WorldFile(file, variants, valid, yaml);
  }

  public World world() {
    return valid.world();
  }
}
