package org.stockpile.check;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario (or a file meant to be one) with problems; carries every problem found. */
public final class ScenarioException extends Exception {
  private final transient List<Finding> problems;

  public ScenarioException(List<Finding> problems) {
    super(problems.stream().map(Finding::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Finding> problems() {
    return problems;
  }
}
