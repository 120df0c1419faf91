package org.stockpile.sim;

/**
 * How many replicates the kernel steps side by side, known without touching the Vector API: the
 * processor's widest vector of doubles ({@link Lanes#COUNT}) when the JVM has the Vector API
 * module, else 8 for the lane-by-lane path. A replicate's numbers are the same bits at any width.
 */
final class LaneWidth {
  /** Lanes of a kernel when the lane-by-lane path runs without the Vector API. */
  static final int WITHOUT_VECTORS = 8;
  static final int COUNT = VectorApi.available() ? Lanes.COUNT : WITHOUT_VECTORS;

  private LaneWidth() {
  }
}
