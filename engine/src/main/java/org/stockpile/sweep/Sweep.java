package org.stockpile.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stockpile.check.ScenarioException;

/**
 * Runs a sweep plan: the design's points in [0, 1], mapped onto the parameters, each one a run of
 * the base scenario with those values on the same replicates (common random numbers: the shocks
 * are drawn once and reused while the parameters leave them alone), then each output's indices.
 *
 * <p>Points run where a {@link PointExecutor} runs them: on this machine's threads, one point per
 * worker (when there are fewer points than threads, a point's replicates share the rest), or as a
 * cluster's tasks. A point's outputs depend on the point alone, so the result is the same, bit for
 * bit, wherever its points ran, for any number of threads, and whichever points were run earlier
 * (a resumed sweep gives the points it already has in {@code known}).
 */
public final class Sweep {
  private static final Logger LOG = LoggerFactory.getLogger(Sweep.class);
  /** The log notes progress each time this share of the points is done. */
  private static final int PROGRESS_STEPS = 10;

  private Sweep() {
  }

  /** Hears about each point as it completes; calls come from worker threads, one at a time. */
  @FunctionalInterface
  public interface PointListener {
    PointListener NONE = (point, outputs, done) -> { };

    /**
     * @param point   the point's index in design order
     * @param outputs its {@link SweepPlan#outputNames outputs}
     * @param done    points done so far, including those known before
     */
    void pointDone(int point, double[] outputs, int done);
  }

  /** The most points a sweep may have (its design and outputs are held in memory). */
  public static final double MAX_POINTS = 1e7;

  /** How many points {@code plan}'s design has, counted without making them. */
  public static double pointCount(SweepPlan plan) {
    return plan.design().pointCount(plan.parameters());
  }

  /** The design's points in [0, 1] per parameter. */
  public static double[][] unitDesign(SweepPlan plan) {
    return plan.design().unitPoints(plan.parameters(), plan.seed());
  }

  /** Runs every point on every core (see {@link #run(SweepPlan, int, double[][], PointListener)}). */
  public static SweepResult run(SweepPlan plan) throws ScenarioException {
    return run(plan, Runtime.getRuntime().availableProcessors(), null, PointListener.NONE);
  }

  /**
   * Runs the points not in {@code known} on {@code threads} threads and computes the indices.
   *
   * @param known    outputs already computed, by point (null rows, or a null array, for none)
   * @param listener hears about each point run here
   * @throws ScenarioException when the values of a point make an invalid scenario
   */
  public static SweepResult run(SweepPlan plan, int threads, double[][] known, PointListener listener)
      throws ScenarioException {
    return run(plan, PointExecutor.local(threads), known, listener);
  }

  /**
   * Runs the points not in {@code known} with {@code executor} (here, or on a cluster) and
   * computes the indices: the same numbers wherever the points ran.
   *
   * @param known    outputs already computed, by point (null rows, or a null array, for none)
   * @param listener hears about each point run here
   * @throws ScenarioException when the values of a point make an invalid scenario
   */
  public static SweepResult run(SweepPlan plan, PointExecutor executor, double[][] known, PointListener listener)
      throws ScenarioException {
    double[][] points = points(plan);
    double[][] outputs = new double[points.length][];
    List<Integer> missing = new ArrayList<>();
    for (int p = 0; p < points.length; p++) {
      if (known != null && p < known.length && known[p] != null) {
        outputs[p] = known[p].clone();
      } else {
        missing.add(p);
      }
    }
    int before = points.length - missing.size();
    LOG.info("sweep: {} points ({} to run, {} known) x {} replicates, seed {}, on {}", points.length,
        missing.size(), before, plan.replicates(), plan.seed(), executor);
    long start = System.nanoTime();
    if (!missing.isEmpty()) {
      PointListener logged = logged(listener, points.length, missing.size(), start);
      executor.run(plan, points, missing, before, (point, values, done) -> {
        outputs[point] = values.clone();
        logged.pointDone(point, values, done);
      });
    }
    long simulated = System.nanoTime();
    SweepResult result = assemble(plan, outputs);
    LOG.info("sweep: {} points simulated in {} s, indices computed in {} s", missing.size(),
        seconds(simulated - start), seconds(System.nanoTime() - simulated));
    return result;
  }

  /** {@code listener}, and a line in the log each time another tenth of the points to run is done. */
  private static PointListener logged(PointListener listener, int total, int toRun, long start) {
    int[] ran = {0};
    return (point, outputs, done) -> {
      listener.pointDone(point, outputs, done);
      ran[0]++;
      if ((long) ran[0] * PROGRESS_STEPS / toRun > (long) (ran[0] - 1) * PROGRESS_STEPS / toRun) {
        LOG.info("sweep: {} of {} points done ({} %) after {} s", done, total, Math.round(100.0 * done / total),
            seconds(System.nanoTime() - start));
      }
    };
  }

  private static double seconds(long nanos) {
    return Math.round(nanos / 1e6) / 1000.0;
  }

  /**
   * Checks that every point makes a valid scenario, without running any, for runners that must
   * refuse bad input before they start (the first invalid point is reported, as by {@link #run}).
   */
  public static void checkPoints(SweepPlan plan) throws ScenarioException {
    double[][] points = points(plan);
    PointFailure failure = new PointFailure();
    for (int p = 0; p < points.length && !failure.happened(); p++) {
      try {
        PointRunner.check(plan, points[p]);
      } catch (ScenarioException e) {
        failure.add(p, e);
      }
    }
    failure.rethrow(points, plan.paths());
  }

  /** Every point's parameter values, in design order (rounded where a field takes whole numbers). */
  public static double[][] points(SweepPlan plan) {
    double[][] unit = unitDesign(plan);
    int k = plan.parameters().size();
    double[][] points = new double[unit.length][k];
    for (int p = 0; p < unit.length; p++) {
      for (int i = 0; i < k; i++) {
        points[p][i] = plan.valueOf(i, unit[p][i]);
      }
    }
    return points;
  }

  /**
   * The result of a sweep from every point's outputs, in design order, wherever they were
   * computed: the points and each output's indices.
   */
  private static SweepResult assemble(SweepPlan plan, double[][] outputs) {
    double[][] unit = unitDesign(plan);
    if (outputs.length != unit.length) {
      throw new IllegalArgumentException("outputs of " + outputs.length + " points for a design of " + unit.length);
    }
    Map<String, Indices> indices = new LinkedHashMap<>();
    List<String> names = plan.outputNames();
    for (int o = 0; o < names.size(); o++) {
      double[] column = new double[unit.length];
      for (int p = 0; p < unit.length; p++) {
        column[p] = outputs[p][o];
      }
      int output = o;
      plan.design().indices(plan.parameters(), unit, column, plan.seed())
          .ifPresent(found -> indices.put(names.get(output), found));
    }
    double[][] copies = new double[outputs.length][];
    for (int p = 0; p < outputs.length; p++) {
      copies[p] = outputs[p].clone();
    }
    return new SweepResult(points(plan), copies, indices);
  }

}
