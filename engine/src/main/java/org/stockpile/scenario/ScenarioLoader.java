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
import org.stockpile.model.Scenario;

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
