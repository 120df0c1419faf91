package org.stockpile.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.stockpile.check.Finding;
import org.stockpile.check.ScenarioException;
import org.stockpile.check.ScenarioValidator;
import org.stockpile.check.TreePaths;
import org.stockpile.check.ValidScenario;
import org.stockpile.check.ValidWorld;
import org.stockpile.check.WorldValidator;
import org.stockpile.model.Scenario;
import org.stockpile.model.World;

/**
 * Reads a scenario file (YAML, or JSON by its {@code .json} ending), with any
 * {@link ScenarioVariant variants} applied, and checks it completely.
 */
public final class ScenarioLoader {
  private ScenarioLoader() {
  }

  /**
   * The scenario in {@code file}, or an exception listing every problem found, each with the
   * file, line, column and path it comes from.
   */
  public static Scenario load(Path file) throws ScenarioException {
    return load(file, List.of());
  }

  /**
   * The scenario in {@code file} with {@code variants} applied in order (overlays merged, values
   * set), checked like a file; or an exception listing every problem found, each located where
   * its value came from: the file, an overlay (file, line, column) or a setting
   * ({@code --set PATH=VALUE}).
   */
  public static Scenario load(Path file, ScenarioVariant... variants) throws ScenarioException {
    return load(file, List.of(variants));
  }

  /** As {@link #load(Path, ScenarioVariant...)}. */
  public static Scenario load(Path file, List<ScenarioVariant> variants) throws ScenarioException {
    return bind(read(file, variants)).scenario();
  }

  /**
   * Whether {@code file} declares several economies ({@code economies:}, a {@link World}) rather
   * than one ({@code economy:}); problems reading it are left to the load that follows.
   */
  public static boolean declaresEconomies(Path file) {
    try {
      return TreeReader.read(file).root().has(WORLD_KEY);
    } catch (ScenarioException e) {
      return false;
    }
  }

  /** The key that makes a file a world of several economies. */
  static final String WORLD_KEY = "economies";

  /**
   * The scenario of several economies in {@code file} with {@code variants} applied, checked like
   * a single economy's file: or an exception listing every problem, located.
   */
  public static ValidWorld loadWorld(Path file, List<ScenarioVariant> variants) throws ScenarioException {
    return bindWorld(read(file, variants));
  }

  /** The world {@code tree} holds, checked, or every problem, located. */
  static ValidWorld bindWorld(LocatedTree tree) throws ScenarioException {
    TreeBinder binder = new TreeBinder();
    List<Finding> mixed = new ArrayList<>();
    for (String single : List.of("economy", "materials")) {
      if (tree.root().has(single)) {
        mixed.add(Finding.at(single, "a scenario with 'economies' gives each economy its materials under "
            + "economies.<id>.materials: remove '" + single + "' (or 'economies', for one economy)"));
      }
    }
    com.fasterxml.jackson.databind.JsonNode root = tree.root();
    if (root instanceof com.fasterxml.jackson.databind.node.ObjectNode object && !mixed.isEmpty()) {
      root = object.deepCopy().without(List.of("economy", "materials"));
    }
    World world = binder.bind(root, World.class);
    List<Finding> problems = new ArrayList<>(mixed);
    problems.addAll(binder.problems());
    WorldValidator.Checked checked = WorldValidator.check(world);
    for (Finding problem : checked.problems()) {
      boolean echo = binder.problems().stream().anyMatch(broken -> TreePaths.related(broken.path(), problem.path()));
      if (!echo) {
        problems.add(problem);
      }
    }
    List<Finding> parsing = tree.problems();
    if (!problems.isEmpty() || !parsing.isEmpty()) {
      throw new ScenarioException(tree.sorted(Stream.concat(parsing.stream(), problems.stream().map(tree::place))
          .toList()));
    }
    return checked.valid();
  }

  /** The tree of {@code file} with {@code variants} applied, not yet checked. */
  static LocatedTree read(Path file, List<ScenarioVariant> variants) throws ScenarioException {
    return VariedTree.apply(TreeReader.read(file), variants);
  }

  /** The scenario {@code tree} holds, checked, or every problem, located and in order of their sources. */
  static ValidScenario bind(LocatedTree tree) throws ScenarioException {
    TreeBinder binder = new TreeBinder();
    Scenario scenario = binder.bind(tree.root(), Scenario.class);
    List<Finding> problems = new ArrayList<>(binder.problems());
    List<Finding> parsing = tree.problems();
    // Meaning is checked even when some values were broken, but a problem next to a broken value
    // would only echo it, so those are left out.
    ScenarioValidator.Checked checked = ScenarioValidator.check(scenario);
    for (Finding problem : checked.problems()) {
      boolean echo = binder.problems().stream().anyMatch(broken -> TreePaths.related(broken.path(), problem.path()));
      if (!echo) {
        problems.add(problem);
      }
    }
    if (!problems.isEmpty() || !parsing.isEmpty()) {
      throw new ScenarioException(tree.sorted(Stream.concat(parsing.stream(), problems.stream().map(tree::place))
          .toList()));
    }
    return checked.valid();
  }
}
