package org.stockpile.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stockpile.check.ScenarioException;
import org.stockpile.metrics.MetricLayout;
import org.stockpile.metrics.SeriesBlock;
import org.stockpile.metrics.TimeSeriesHistograms;
import org.stockpile.model.Scenario;
import org.stockpile.policy.Policies;

/**
 * Runs the replicates of a scenario on several threads. Each worker owns a {@link Kernel} and
 * takes blocks of replicate indices, which it runs {@link Kernel#LANES} at a time; a replicate's metrics go to its own row and its daily series
 * are added to shared histograms as integer counts, so the result is the same, bit for bit, for
 * any number of threads.
 */
public final class MonteCarlo {
  private static final Logger LOG = LoggerFactory.getLogger(MonteCarlo.class);
  /** Replicates a worker takes at a time (and buffers series for); a multiple of the kernel's lanes. */
  static final int BLOCK = 64;

  private MonteCarlo() {
  }

  /** Checks, compiles and runs {@code scenario} with its own settings on every core. */
  public static RunResult run(Scenario scenario) throws ScenarioException {
    return run(CompiledScenario.compile(scenario), RunOptions.of(scenario));
  }

  /** Checks, compiles and runs {@code scenario} with {@code options}. */
  public static RunResult run(Scenario scenario, RunOptions options) throws ScenarioException {
    return run(CompiledScenario.compile(scenario), options);
  }

  /**
   * Checks, compiles and runs {@code scenario} with {@code options}, the tiers {@code policies}
   * names deciding by their policies (see {@link Policies}).
   *
   * @throws IllegalArgumentException if {@code policies} names a tier the scenario does not have
   */
  public static RunResult run(Scenario scenario, RunOptions options, Policies policies) throws ScenarioException {
    return run(CompiledScenario.compile(scenario, policies), options);
  }

  public static RunResult run(CompiledScenario compiled, RunOptions options) {
    return run(compiled, options, (ShockDraws) null);
  }

  /**
   * Runs {@code compiled} with shocks drawn once by {@code draws} (when they fit its scenario and
   * the seed; otherwise drawn as usual): the same numbers, without drawing them again.
   */
  public static RunResult run(CompiledScenario compiled, RunOptions options, ShockDraws draws) {
    VectorApi.warnWithoutFusedMultiplyAdd();
    long start = System.nanoTime();
    ShockDraws usable = draws != null && draws.fits(compiled, options.seed()) ? draws : null;
    Kernel probe = new Kernel(compiled);
    probe.useDraws(usable);
    MetricLayout layout = probe.layout();
    int replicates = options.replicates();
    double[] metrics = new double[Math.multiplyExact(replicates, layout.width())];
    TimeSeriesHistograms histograms = options.timeSeries()
        ? new TimeSeriesHistograms(probe.seriesCount(), compiled.horizon)
        : null;
    int[] coverDays = options.coverDays();
    if (coverDays.length > 0 && coverDays[coverDays.length - 1] >= compiled.horizon) {
      throw new IllegalArgumentException("cover day " + coverDays[coverDays.length - 1] + " is past the horizon ("
          + compiled.horizon + " days)");
    }
    double[] covers = coverDays.length == 0 ? null
        : new double[Math.multiplyExact(replicates, coverDays.length * compiled.materialCount)];
    AtomicInteger nextBlock = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    int threads = Math.min(options.threads(), (replicates + BLOCK - 1) / BLOCK);
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < threads; w++) {
      Kernel kernel = w == 0 ? probe : new Kernel(compiled);
      kernel.useDraws(usable);
      if (covers != null) {
        kernel.recordCover(coverDays, covers);
      }
      Runnable work = () -> {
        try {
          runBlocks(kernel, options, layout, metrics, histograms, nextBlock, done, failure);
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      };
      Thread worker = threads == 1 ? null : Thread.ofPlatform().name("stockpile-worker-" + w).start(work);
      if (worker == null) {
        work.run();
      } else {
        workers.add(worker);
      }
    }
    for (Thread worker : workers) {
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure.compareAndSet(null, e);
      }
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a replicate failed: " + failure.get(), failure.get());
    }
    // Once per run, never per replicate or day: a sweep or a search logs each of its runs at DEBUG.
    LOG.debug("ran {} replicates x {} days, seed {}, on {} threads{} in {} ms", replicates, compiled.horizon,
        options.seed(), threads, usable != null ? " (shocks drawn earlier)" : "",
        (System.nanoTime() - start) / 1_000_000);
    return new RunResult(compiled, options, layout, metrics, histograms, probe.seriesOffsets(), covers);
  }

  private static void runBlocks(Kernel kernel, RunOptions options, MetricLayout layout, double[] metrics,
      TimeSeriesHistograms histograms, AtomicInteger nextBlock, AtomicInteger done,
      AtomicReference<Throwable> failure) {
    int replicates = options.replicates();
    SeriesBlock series = histograms == null ? null : new SeriesBlock(kernel.seriesCount() * histograms.days(), BLOCK);
    while (failure.get() == null) {
      int first = nextBlock.getAndIncrement() * BLOCK;
      if (first >= replicates) {
        if (histograms != null) {
          histograms.addExtremes(series);
        }
        return;
      }
      int count = Math.min(BLOCK, replicates - first);
      for (int i = 0; i < count; i += Kernel.LANES) {
        int replicate = first + i;
        kernel.run(options.seed(), replicate, Math.min(Kernel.LANES, count - i), metrics, replicate * layout.width(),
            series, i, null);
      }
      if (histograms != null) {
        histograms.add(series, count);
      }
      options.progress().replicatesDone(done.addAndGet(count));
    }
  }

  /**
   * Runs replicates {@code first} to {@code first + count - 1} of {@code options} alone, on one
   * thread: one block of a run split across machines (see {@link #combine}).
   */
  public static RunBlock runBlock(CompiledScenario compiled, RunOptions options, int first, int count) {
    VectorApi.warnWithoutFusedMultiplyAdd();
    if (first < 0 || count < 1 || first + count > options.replicates()) {
      throw new IllegalArgumentException("no block of " + count + " replicates from " + first + " in a run of "
          + options.replicates());
    }
    Kernel kernel = new Kernel(compiled);
    MetricLayout layout = kernel.layout();
    int[] coverDays = options.coverDays();
    double[] covers = coverDays.length == 0 ? null
        : new double[Math.multiplyExact(count, coverDays.length * compiled.materialCount)];
    if (covers != null) {
      kernel.recordCover(coverDays, covers, first);
    }
    double[] metrics = new double[Math.multiplyExact(count, layout.width())];
    TimeSeriesHistograms histograms = options.timeSeries()
        ? new TimeSeriesHistograms(kernel.seriesCount(), compiled.horizon)
        : null;
    runRange(kernel, options.seed(), layout, metrics, histograms, first, first + count);
    return new RunBlock(first, count, metrics, histograms == null ? null : histograms.toBytes(), covers);
  }

  /**
   * Runs {@code compiled} as the blocks {@code executor} splits it into, wherever it runs them,
   * and combines them: the bits of {@link #run(CompiledScenario, RunOptions)}.
   */
  public static RunResult run(CompiledScenario compiled, RunOptions options, BlockExecutor executor) {
    return combine(compiled, options, executor.run(compiled, options, executor.blocks(options.replicates())));
  }

  /** A run's result from its blocks ({@link #runBlock}), which must cover every replicate once. */
  public static RunResult combine(CompiledScenario compiled, RunOptions options, java.util.Collection<RunBlock> blocks) {
    Kernel probe = new Kernel(compiled);
    MetricLayout layout = probe.layout();
    int replicates = options.replicates();
    double[] metrics = new double[Math.multiplyExact(replicates, layout.width())];
    int[] coverDays = options.coverDays();
    int coverWidth = coverDays.length * compiled.materialCount;
    double[] covers = coverDays.length == 0 ? null : new double[Math.multiplyExact(replicates, coverWidth)];
    TimeSeriesHistograms histograms = options.timeSeries()
        ? new TimeSeriesHistograms(probe.seriesCount(), compiled.horizon)
        : null;
    boolean[] seen = new boolean[replicates];
    for (RunBlock block : blocks) {
      for (int r = block.first(); r < block.first() + block.count(); r++) {
        if (seen[r]) {
          throw new IllegalArgumentException("replicate " + r + " is in two blocks");
        }
        seen[r] = true;
      }
      System.arraycopy(block.metrics(), 0, metrics, block.first() * layout.width(), block.metrics().length);
      if (covers != null) {
        System.arraycopy(block.covers(), 0, covers, block.first() * coverWidth, block.covers().length);
      }
      if (histograms != null) {
        histograms.add(block.histograms());
      }
    }
    for (int r = 0; r < replicates; r++) {
      if (!seen[r]) {
        throw new IllegalArgumentException("replicate " + r + " is in no block");
      }
    }
    return new RunResult(compiled, options, layout, metrics, histograms, probe.seriesOffsets(), covers);
  }

  /**
   * Replicates {@code from} to {@code to - 1}, in blocks of {@link #BLOCK} as a worker runs them;
   * replicate r's metrics at row {@code r - from}.
   */
  private static void runRange(Kernel kernel, long seed, MetricLayout layout, double[] metrics,
      TimeSeriesHistograms histograms, int from, int to) {
    SeriesBlock series = histograms == null ? null : new SeriesBlock(kernel.seriesCount() * histograms.days(), BLOCK);
    for (int first = from; first < to; first += BLOCK) {
      int count = Math.min(BLOCK, to - first);
      for (int i = 0; i < count; i += Kernel.LANES) {
        int replicate = first + i;
        kernel.run(seed, replicate, Math.min(Kernel.LANES, count - i), metrics, (replicate - from) * layout.width(),
            series, i, null);
      }
      if (histograms != null) {
        histograms.add(series, count);
      }
    }
    if (histograms != null) {
      histograms.addExtremes(series);
    }
  }
}
