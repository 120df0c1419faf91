package org.stockpile.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stockpile.model.Scenario;

/** Reads a scenario file (YAML, or JSON by its {@code .json} ending) and checks it completely. */
public final class ScenarioLoader {
  private ScenarioLoader() {
  }

  /**
   * The scenario in {@code file}, or an exception listing every problem found, each with the
   * file, line, column and path it comes from.
   */
  public static Scenario load(Path file) throws ScenarioException {
    LocatedTree tree = TreeReader.read(file);
    TreeBinder binder = new TreeBinder();
    Scenario scenario = binder.bind(tree.root(), Scenario.class);
    List<Problem> problems = new ArrayList<>(binder.problems());
    List<Problem> parsing = tree.problems();
    // Meaning is checked even when some values were broken, but a problem next to a broken value
    // would only echo it, so those are left out.
    for (Problem problem : ScenarioValidator.problems(scenario)) {
      boolean echo = binder.problems().stream().anyMatch(broken -> Paths2.related(broken.path(), problem.path()));
      if (!echo) {
        problems.add(problem);
      }
    }
    if (!problems.isEmpty() || !parsing.isEmpty()) {
      throw new ScenarioException(java.util.stream.Stream.concat(parsing.stream(), problems.stream().map(tree::place))
          .sorted(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
          .toList());
    }
    return scenario;
  }
}
