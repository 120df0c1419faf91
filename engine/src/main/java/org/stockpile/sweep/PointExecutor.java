package org.stockpile.sweep;

import java.util.List;
import org.stockpile.check.ScenarioException;

/**
 * Runs a sweep's points somewhere: on this machine's threads ({@link #local}) or as a cluster's
 * tasks (the Spark module's). A point's outputs depend on the point alone, so the sweep is the
 * same, bit for bit, wherever its points ran; {@link Sweep#run(SweepPlan, PointExecutor, double[][],
 * Sweep.PointListener)} does the rest (the points, what is already known, the indices).
 */
public interface PointExecutor {
  /**
   * Runs the points whose indices are {@code toRun} and hands each one's outputs to
   * {@code listener} (one call at a time, in any order), returning once all are done.
   *
   * @param points     every point's values, in design order
   * @param knownCount points done before (the listener's count starts after them)
   * @throws ScenarioException when a point makes an invalid scenario (the lowest such point)
   */
  void run(SweepPlan plan, double[][] points, List<Integer> toRun, int knownCount, Sweep.PointListener listener)
      throws ScenarioException;

  /** Points on {@code threads} threads of this machine. */
  static PointExecutor local(int threads) {
    return new LocalPoints(threads);
  }
}
