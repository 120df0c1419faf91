package org.stockpile.sim;

import org.stockpile.model.Scenario;

/**
 * How to run a compiled scenario: replicates, seed, threads (results do not depend on it),
 * whether to keep the daily percentile series, who hears about progress, and the days at whose
 * end every replicate's days of cover are kept (ascending day numbers, none by default; see
 * {@link RunResult#cover}).
 */
public record RunOptions(int replicates, long seed, int threads, boolean timeSeries, Progress progress,
    int[] coverDays) {

  /** Told how many replicates are done; called from worker threads. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = done -> { };

    void replicatesDone(int done);
  }

  public RunOptions {
    if (replicates < 1) {
      throw new IllegalArgumentException("replicates must be at least 1, got " + replicates);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    progress = progress == null ? Progress.NONE : progress;
    coverDays = coverDays == null ? new int[0] : coverDays.clone();
    for (int d = 0; d < coverDays.length; d++) {
      if (coverDays[d] < 0 || d > 0 && coverDays[d] <= coverDays[d - 1]) {
        throw new IllegalArgumentException("cover days must be ascending day numbers, got "
            + java.util.Arrays.toString(coverDays));
      }
    }
  }

  public RunOptions(int replicates, long seed, int threads, boolean timeSeries, Progress progress) {
    this(replicates, seed, threads, timeSeries, progress, null);
  }

  @Override
  public int[] coverDays() {
    return coverDays.clone();
  }

  /** The scenario's own replicates and seed, on every core, with time series. */
  public static RunOptions of(Scenario scenario) {
    return new RunOptions(scenario.run().replicates(), scenario.run().seed(),
        Runtime.getRuntime().availableProcessors(), true, Progress.NONE, null);
  }

  public RunOptions withThreads(int count) {
    return new RunOptions(replicates, seed, count, timeSeries, progress, coverDays);
  }

  public RunOptions withReplicates(int count) {
    return new RunOptions(count, seed, threads, timeSeries, progress, coverDays);
  }

  public RunOptions withSeed(long value) {
    return new RunOptions(replicates, value, threads, timeSeries, progress, coverDays);
  }

  public RunOptions withTimeSeries(boolean keep) {
    return new RunOptions(replicates, seed, threads, keep, progress, coverDays);
  }

  public RunOptions withProgress(Progress listener) {
    return new RunOptions(replicates, seed, threads, timeSeries, listener, coverDays);
  }

  /** Keeps every replicate's days of cover at the end of {@code days} (ascending day numbers). */
  public RunOptions withCoverDays(int... days) {
    return new RunOptions(replicates, seed, threads, timeSeries, progress, days);
  }
}
