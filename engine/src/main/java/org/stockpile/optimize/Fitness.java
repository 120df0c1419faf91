package org.stockpile.optimize;

import java.util.Arrays;
import java.util.Comparator;

/**
 * How the search ranks candidates: first by how much they miss their constraints (0 when they
 * meet them all), then by objective. With several objectives, one candidate dominates another
 * when it misses its constraints by less, or as little and is no worse on every objective and
 * better on one (Deb's constrained domination, for NSGA-II); the natural order (violation, then
 * objectives in turn) only picks a representative.
 *
 * @param violation total shortfall of slack over the constraints, 0 when feasible
 * @param scores    the objectives; NaN for a candidate not simulated because its decisions
 *                  already break a constraint
 */
record Fitness(double violation, double[] scores) implements Comparable<Fitness> {
  /** Constrained domination: negative when {@code a} dominates {@code b}, positive the other way. */
  static final Comparator<Fitness> DOMINANCE = (a, b) -> {
    int byViolation = Double.compare(a.violation, b.violation);
    if (byViolation != 0 || a.violation > 0) {
      return byViolation;
    }
    boolean aBetter = false;
    boolean bBetter = false;
    for (int i = 0; i < a.scores.length; i++) {
      int cmp = Double.compare(a.scores[i], b.scores[i]);
      aBetter |= cmp < 0;
      bBetter |= cmp > 0;
    }
    return aBetter == bBetter ? 0 : aBetter ? -1 : 1;
  };

  boolean feasible() {
    return violation == 0;
  }

  double score() {
    return scores[0];
  }

  @Override
  public int compareTo(Fitness other) {
    int byViolation = Double.compare(violation, other.violation);
    return byViolation != 0 ? byViolation : Arrays.compare(scores, other.scores);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fitness that && Double.compare(violation, that.violation) == 0
        && Arrays.equals(scores, that.scores);
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(violation) + Arrays.hashCode(scores);
  }

  @Override
  public String toString() {
    return "Fitness[violation=" + violation + ", scores=" + Arrays.toString(scores) + "]";
  }
}
