package org.stockpile.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stockpile.check.Checks;
import org.stockpile.check.Finding;
import org.stockpile.check.ScenarioException;
import org.stockpile.check.TreePaths;

/**
 * A file other than a scenario (an optimize or sweep spec) read and bound to its record type
 * like a scenario is: every problem found, each with file, line, column and path. Checks the
 * caller makes afterwards are located with {@link #place} and reported together.
 *
 * @param <T> the record type of the document
 */
public final class LoadedDocument<T> {
  private final T value;
  private final LocatedTree tree;
  private final List<Finding> problems;

  private LoadedDocument(T value, LocatedTree tree, List<Finding> problems) {
    this.value = value;
    this.tree = tree;
    this.problems = List.copyOf(problems);
  }

  /**
   * Reads {@code file} (YAML, or JSON by its ending) as a {@code type}. Throws when the file
   * cannot be parsed at all; problems binding it are kept in {@link #problems()}, so that the
   * caller's own checks can be reported with them (where a value was broken, the value holds a
   * neutral placeholder).
   */
  public static <T> LoadedDocument<T> read(Path file, Class<T> type) throws ScenarioException {
    LocatedTree tree = TreeReader.read(file);
    TreeBinder binder = new TreeBinder();
    T value = binder.bind(tree.root(), type);
    List<Finding> problems = new ArrayList<>(tree.problems());
    binder.problems().stream().map(tree::place).forEach(problems::add);
    return new LoadedDocument<>(value, tree, problems);
  }

  public T value() {
    return value;
  }

  /** Problems found reading and binding the file, located. */
  public List<Finding> problems() {
    return problems;
  }

  /** Whether a problem was found at {@code path} or inside it. */
  public boolean brokenAt(String path) {
    return problems.stream().anyMatch(problem -> TreePaths.related(problem.path(), path));
  }

  /** The problem at {@code path} of this document, placed at its file, line and column. */
  public Finding place(Finding problem) {
    return tree.place(problem);
  }

  /** Problems in file order. */
  public static List<Finding> sorted(List<Finding> problems) {
    return problems.stream()
        .sorted(Comparator.comparing((Finding p) -> p.file() == null ? "" : p.file())
            .thenComparingInt(Finding::line).thenComparingInt(Finding::column))
        .toList();
  }
}
