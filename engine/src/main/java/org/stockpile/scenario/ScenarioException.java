package org.stockpile.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario (or a file meant to be one) with problems; carries every problem found. */
public final class ScenarioException extends Exception {
  private final transient List<Problem> problems;

  public ScenarioException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
