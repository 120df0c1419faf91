package org.stockpile.sweep;

import java.util.List;
import org.stockpile.check.Finding;
import org.stockpile.check.ScenarioException;

/** The first failure by point index among those seen, rethrown once every worker has stopped. */
final class PointFailure {
  private int point = -1;
  private Throwable error;

  synchronized void add(int at, Throwable e) {
    if (error == null || at < point) {
      point = at;
      error = e;
    }
  }

  synchronized boolean happened() {
    return error != null;
  }

  synchronized void rethrow(double[][] points, List<String> paths) throws ScenarioException {
    if (error == null) {
      return;
    }
    if (error instanceof ScenarioException invalid) {
      StringBuilder where = new StringBuilder("point ").append(point).append(" (");
      for (int i = 0; i < paths.size(); i++) {
        where.append(i == 0 ? "" : ", ").append(paths.get(i)).append(" = ").append(points[point][i]);
      }
      String context = where.append(") makes an invalid scenario: ").toString();
      throw new ScenarioException(invalid.problems().stream().map(problem -> new Finding(problem.file(),
          problem.line(), problem.column(), problem.path(), context + problem.message())).toList());
    }
    if (error instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (error instanceof Error fatal) {
      throw fatal;
    }
    throw new IllegalStateException(error);
  }
}
