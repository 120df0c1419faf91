package org.stockpile.optimize;

/**
 * How the search ranks candidates: first by how much they miss their constraints (0 when they
 * meet them all), then by objective.
 *
 * @param violation total shortfall of slack over the constraints, 0 when feasible
 * @param score     the objective, NaN for a candidate not simulated because its decisions
 *                  already break a constraint
 */
record Fitness(double violation, double score) implements Comparable<Fitness> {
  boolean feasible() {
    return violation == 0;
  }

  @Override
  public int compareTo(Fitness other) {
    int byViolation = Double.compare(violation, other.violation);
    return byViolation != 0 ? byViolation : Double.compare(score, other.score);
  }
}
