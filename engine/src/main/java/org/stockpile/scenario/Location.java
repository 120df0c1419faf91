package org.stockpile.scenario;

/** A 1-based line and column in a file. */
record Location(int line, int column) {
  static final Location UNKNOWN = new Location(0, 0);
}
