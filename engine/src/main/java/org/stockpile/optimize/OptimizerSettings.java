package org.stockpile.optimize;

/**
 * How long and how wide the search runs, and on which sample of replicates candidates are scored.
 *
 * @param population  candidates per generation
 * @param generations generations to run
 * @param replicates  replicates every candidate is scored on (the same ones for all: common
 *                    random numbers)
 * @param seed        fixes the replicates and the search's own random choices
 * @param threads     threads a candidate's replicates run on; results do not depend on it
 */
public record OptimizerSettings(int population, int generations, int replicates, long seed, int threads) {
  public OptimizerSettings {
    if (population < 2) {
      throw new IllegalArgumentException("population must be at least 2, got " + population);
    }
    if (generations < 1) {
      throw new IllegalArgumentException("generations must be at least 1, got " + generations);
    }
    if (replicates < 1) {
      throw new IllegalArgumentException("replicates must be at least 1, got " + replicates);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }

  /** 64 candidates, 50 generations, 256 replicates, seed 1, every core. */
  public static OptimizerSettings defaults() {
    return new OptimizerSettings(64, 50, 256, 1, Runtime.getRuntime().availableProcessors());
  }

  public OptimizerSettings withPopulation(int size) {
    return new OptimizerSettings(size, generations, replicates, seed, threads);
  }

  public OptimizerSettings withGenerations(int count) {
    return new OptimizerSettings(population, count, replicates, seed, threads);
  }

  public OptimizerSettings withReplicates(int count) {
    return new OptimizerSettings(population, generations, count, seed, threads);
  }

  public OptimizerSettings withSeed(long value) {
    return new OptimizerSettings(population, generations, replicates, value, threads);
  }

  public OptimizerSettings withThreads(int count) {
    return new OptimizerSettings(population, generations, replicates, seed, count);
  }
}
