package org.stockpile.sim;

/** Bounds the kernel relies on. */
final class ScenarioLimits {
  /** No drawn duration is longer than this (a century). */
  static final int MAX_DAYS = 36_500;

  private ScenarioLimits() {
  }
}
