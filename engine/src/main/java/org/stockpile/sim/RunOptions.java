package org.stockpile.sim;

import org.stockpile.model.Scenario;

/**
 * How to run a compiled scenario: replicates, seed, threads (results do not depend on it),
 * whether to keep the daily percentile series, and who hears about progress.
 */
public record RunOptions(int replicates, long seed, int threads, boolean timeSeries, Progress progress) {

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
  }

  /** The scenario's own replicates and seed, on every core, with time series. */
  public static RunOptions of(Scenario scenario) {
    return new RunOptions(scenario.run().replicates(), scenario.run().seed(),
        Runtime.getRuntime().availableProcessors(), true, Progress.NONE);
  }

  public RunOptions withThreads(int count) {
    return new RunOptions(replicates, seed, count, timeSeries, progress);
  }

  public RunOptions withReplicates(int count) {
    return new RunOptions(count, seed, threads, timeSeries, progress);
  }

  public RunOptions withSeed(long value) {
    return new RunOptions(replicates, value, threads, timeSeries, progress);
  }

  public RunOptions withTimeSeries(boolean keep) {
    return new RunOptions(replicates, seed, threads, keep, progress);
  }

  public RunOptions withProgress(Progress listener) {
    return new RunOptions(replicates, seed, threads, timeSeries, listener);
  }
}
