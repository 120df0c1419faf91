package org.stockpile.sweep;

import java.util.List;

/** Mapping designs from [0, 1] per parameter onto the parameters. */
final class Designs {
  private Designs() {
  }

  static double[][] map(List<Parameter> parameters, double[][] unit) {
    double[][] points = new double[unit.length][parameters.size()];
    for (int p = 0; p < unit.length; p++) {
      for (int i = 0; i < parameters.size(); i++) {
        points[p][i] = parameters.get(i).at(unit[p][i]);
      }
    }
    return points;
  }
}
