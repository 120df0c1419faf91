package org.stockpile.console;

import java.io.PrintWriter;
import java.util.Locale;
import org.stockpile.console.Failures.UsageException;
import org.stockpile.sim.RunFootprint;
import org.stockpile.sweep.Sweep;
import org.stockpile.sweep.SweepPlan;

/**
 * Limits refused before the work, not after: a run whose estimated memory ({@link RunFootprint})
 * exceeds what this JVM may still take is refused with the estimate and how to raise the heap;
 * one that will take long says roughly how long before it starts.
 */
public final class Footprints {
  /**
   * Material-days a thread simulates a second, on the slow side of what the benchmarks measure
   * (benchmarks/README.md: 10 to 20 million on vectors, 3 lane by lane): an estimate's yardstick.
   */
  static final double MATERIAL_DAYS_PER_SECOND = 5e6;
  /** Random shock events drawn a second (a few arithmetic operations and an inverse CDF each). */
  static final double EVENTS_PER_SECOND = 2e7;
  /** Estimated seconds from which a run says how long it may take. */
  static final double LONG_SECONDS = 60;

  private Footprints() {
  }

  /**
   * Refuses {@code footprint} when it needs more memory than this JVM may still take; says on
   * {@code err} how long it may take on {@code threads} threads when that is long.
   */
  public static void check(String what, RunFootprint footprint, int threads, PrintWriter err) throws UsageException {
    long available = available();
    if (footprint.bytes() > available) {
      throw new UsageException(what + " needs about " + bytes(footprint.bytes()) + " of memory (results "
          + bytes(footprint.resultBytes()) + ", daily series " + bytes(footprint.seriesBytes()) + ", workers "
          + bytes(footprint.workerBytes()) + "), more than the " + bytes(available) + " this JVM may still take: run "
          + "fewer replicates, a shorter horizon, fewer materials or fewer random shocks, or raise the heap "
          + heapFor(footprint.bytes()));
    }
    double seconds = seconds(footprint, threads);
    if (seconds >= LONG_SECONDS) {
      err.println("stockpile: " + what + " is about " + String.format(Locale.ROOT, "%.2g", footprint.materialDays())
          + " material-days" + (footprint.events() >= 1e6 ? String.format(Locale.ROOT, " and %.2g random shock events",
          footprint.events()) : "") + ": it may take about " + duration(seconds) + " on " + threads
          + (threads == 1 ? " thread" : " threads") + " (Ctrl-C stops it; nothing is written before it ends)");
      err.flush();
    }
  }

  /**
   * Refuses a sweep whose design has more than {@link Sweep#MAX_POINTS} points, or whose design
   * and outputs would not fit in what this JVM may still take, before a point is made.
   */
  public static void checkSweep(SweepPlan plan) throws UsageException {
    double points = Sweep.pointCount(plan);
    String size = String.format(Locale.ROOT, "%.3g", points);
    if (points > Sweep.MAX_POINTS) {
      throw new UsageException("the sweep's design has " + size + " points (" + plan.design() + " over "
          + plan.parameters().size() + " parameters), more than the " + String.format(Locale.ROOT, "%.0f",
          Sweep.MAX_POINTS) + " a sweep may have: ask for fewer samples, levels or trajectories");
    }
    // Each point's values in [0, 1] and mapped, its outputs, and the journal's copy of them.
    long bytes = (long) (points * (2.0 * plan.parameters().size() + 2.0 * plan.outputNames().size() + 8) * Double.BYTES);
    long available = available();
    if (bytes > available) {
      throw new UsageException("the sweep's " + size + " points need about " + bytes(bytes) + " of memory, more than "
          + "the " + bytes(available) + " this JVM may still take: ask for fewer samples, or raise the heap "
          + heapFor(bytes));
    }
  }

  /** The heap this JVM may still take. */
  private static long available() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
  }

  /** How to give a JVM room for {@code bytes} (and a margin). */
  private static String heapFor(long bytes) {
    return "(JAVA_TOOL_OPTIONS=-Xmx" + Math.max(1, (long) Math.ceil(bytes * 1.3 / (1L << 30))) + "g ./stockpile ...)";
  }

  /** Roughly how long {@code footprint} takes on {@code threads} threads, in seconds. */
  static double seconds(RunFootprint footprint, int threads) {
    return (footprint.materialDays() / MATERIAL_DAYS_PER_SECOND + footprint.events() / EVENTS_PER_SECOND)
        / Math.max(1, threads);
  }

  static String bytes(long bytes) {
    if (bytes == Long.MAX_VALUE) {
      return "more than 9 EB";
    }
    double gb = bytes / (double) (1L << 30);
    return gb >= 0.1 ? String.format(Locale.ROOT, "%.1f GB", gb)
        : String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
  }

  static String duration(double seconds) {
    if (seconds < 120) {
      return Math.round(seconds) + " s";
    }
    if (seconds < 2 * 3600) {
      return Math.round(seconds / 60) + " min";
    }
    if (seconds < 72 * 3600) {
      return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }
    return String.format(Locale.ROOT, "%.0f days", seconds / 86400);
  }
}
