package org.stockpile.sim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stockpile.check.ScenarioException;
import org.stockpile.check.WorldValidator;
import org.stockpile.metrics.MetricLayout;
import org.stockpile.metrics.SeriesBlock;
import org.stockpile.metrics.TimeSeriesHistograms;
import org.stockpile.model.World;

/**
 * Runs the replicates of a world of several economies on several threads, as {@link MonteCarlo}
 * runs one economy's: each worker owns a {@link WorldKernel} and takes blocks of replicates; every
 * replicate's metrics go to its own rows and its series to integer histograms, so the result is
 * the same bits for any number of threads, and for blocks of replicates run apart (as Spark tasks,
 * {@link #runBlock}) and put together ({@link #combine}).
 */
public final class WorldMonteCarlo {
  private static final Logger LOG = LoggerFactory.getLogger(WorldMonteCarlo.class);

  private WorldMonteCarlo() {
  }

  /** Checks, compiles and runs {@code world} with its own settings on every core. */
  public static WorldResult run(World world) throws ScenarioException {
    return run(CompiledWorld.compile(WorldValidator.validated(world)), options(world));
  }

  /** The run options a world's own settings give. */
  public static RunOptions options(World world) {
    return new RunOptions(world.run().replicates(), world.run().seed(), Runtime.getRuntime().availableProcessors(),
        true, RunOptions.Progress.NONE);
  }

  public static WorldResult run(CompiledWorld compiled, RunOptions options) {
    VectorApi.require();
    if (options.coverDays().length > 0) {
      throw new IllegalArgumentException("cover days are not recorded for a world of several economies");
    }
    long start = System.nanoTime();
    WorldKernel probe = new WorldKernel(compiled);
    int economies = compiled.economyCount();
    int replicates = options.replicates();
    double[][] metrics = new double[economies][];
    TimeSeriesHistograms[] histograms = new TimeSeriesHistograms[economies];
    for (int e = 0; e < economies; e++) {
      Kernel kernel = probe.economy(e);
      metrics[e] = new double[Math.multiplyExact(replicates, kernel.layout().width())];
      histograms[e] = options.timeSeries() ? new TimeSeriesHistograms(kernel.seriesCount(), compiled.horizon) : null;
    }
    double[] world = new double[Math.multiplyExact(replicates, probe.layout().width())];
    AtomicInteger nextBlock = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    int threads = Math.min(options.threads(), (replicates + MonteCarlo.BLOCK - 1) / MonteCarlo.BLOCK);
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < threads; w++) {
      WorldKernel kernel = w == 0 ? probe : new WorldKernel(compiled);
      Runnable work = () -> {
        try {
          runBlocks(kernel, options, metrics, histograms, world, nextBlock, done, failure);
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      };
      if (threads == 1) {
        work.run();
      } else {
        workers.add(Thread.ofPlatform().name("stockpile-worker-" + w).start(work));
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
    LOG.debug("ran {} replicates x {} days x {} economies, seed {}, on {} threads in {} ms", replicates,
        compiled.horizon, economies, options.seed(), threads, (System.nanoTime() - start) / 1_000_000);
    return result(compiled, options, probe, metrics, histograms, world);
  }

  private static WorldResult result(CompiledWorld compiled, RunOptions options, WorldKernel probe, double[][] metrics,
      TimeSeriesHistograms[] histograms, double[] world) {
    List<RunResult> results = new ArrayList<>();
    for (int e = 0; e < compiled.economyCount(); e++) {
      Kernel kernel = probe.economy(e);
      MetricLayout layout = kernel.layout();
      results.add(new RunResult(compiled.economy(e), options, layout, metrics[e], histograms[e],
          kernel.seriesOffsets(), null));
    }
    return new WorldResult(compiled, options, List.copyOf(results), probe.layout(), world);
  }

  /**
   * Runs replicates {@code first} to {@code first + count - 1} of {@code options} alone, on one
   * thread: one block of a world's run split across machines (see {@link #combine}).
   */
  public static WorldBlock runBlock(CompiledWorld compiled, RunOptions options, int first, int count) {
    VectorApi.require();
    if (first < 0 || count < 1 || first + count > options.replicates()) {
      throw new IllegalArgumentException("no block of " + count + " replicates from " + first + " in a run of "
          + options.replicates());
    }
    WorldKernel kernel = new WorldKernel(compiled);
    int economies = compiled.economyCount();
    double[][] metrics = new double[economies][];
    TimeSeriesHistograms[] histograms = new TimeSeriesHistograms[economies];
    SeriesBlock[] series = options.timeSeries() ? new SeriesBlock[economies] : null;
    for (int e = 0; e < economies; e++) {
      Kernel economy = kernel.economy(e);
      metrics[e] = new double[Math.multiplyExact(count, economy.layout().width())];
      if (series != null) {
        histograms[e] = new TimeSeriesHistograms(economy.seriesCount(), compiled.horizon);
        series[e] = new SeriesBlock(economy.seriesCount() * histograms[e].days(), MonteCarlo.BLOCK);
      }
    }
    double[] world = new double[Math.multiplyExact(count, kernel.layout().width())];
    for (int from = first; from < first + count; from += MonteCarlo.BLOCK) {
      int size = Math.min(MonteCarlo.BLOCK, first + count - from);
      for (int i = 0; i < size; i += Kernel.LANES) {
        kernel.run(options.seed(), from + i, Math.min(Kernel.LANES, size - i), metrics, from + i - first, series, i,
            world);
      }
      if (series != null) {
        for (int e = 0; e < economies; e++) {
          histograms[e].add(series[e], size);
        }
      }
    }
    byte[][] bytes = null;
    if (series != null) {
      bytes = new byte[economies][];
      for (int e = 0; e < economies; e++) {
        histograms[e].addExtremes(series[e]);
        bytes[e] = histograms[e].toBytes();
      }
    }
    return new WorldBlock(first, count, metrics, bytes, world);
  }

  /** A world's result from its blocks ({@link #runBlock}), which must cover every replicate once. */
  public static WorldResult combine(CompiledWorld compiled, RunOptions options, Collection<WorldBlock> blocks) {
    VectorApi.require();
    WorldKernel probe = new WorldKernel(compiled);
    int economies = compiled.economyCount();
    int replicates = options.replicates();
    double[][] metrics = new double[economies][];
    TimeSeriesHistograms[] histograms = new TimeSeriesHistograms[economies];
    for (int e = 0; e < economies; e++) {
      Kernel kernel = probe.economy(e);
      metrics[e] = new double[Math.multiplyExact(replicates, kernel.layout().width())];
      histograms[e] = options.timeSeries() ? new TimeSeriesHistograms(kernel.seriesCount(), compiled.horizon) : null;
    }
    int worldWidth = probe.layout().width();
    double[] world = new double[Math.multiplyExact(replicates, worldWidth)];
    boolean[] seen = new boolean[replicates];
    for (WorldBlock block : blocks) {
      for (int r = block.first(); r < block.first() + block.count(); r++) {
        if (seen[r]) {
          throw new IllegalArgumentException("replicate " + r + " is in two blocks");
        }
        seen[r] = true;
      }
      for (int e = 0; e < economies; e++) {
        int width = probe.economy(e).layout().width();
        System.arraycopy(block.metrics()[e], 0, metrics[e], block.first() * width, block.metrics()[e].length);
        if (histograms[e] != null) {
          histograms[e].add(block.histograms()[e]);
        }
      }
      System.arraycopy(block.world(), 0, world, block.first() * worldWidth, block.world().length);
    }
    for (int r = 0; r < replicates; r++) {
      if (!seen[r]) {
        throw new IllegalArgumentException("replicate " + r + " is in no block");
      }
    }
    return result(compiled, options, probe, metrics, histograms, world);
  }

  private static void runBlocks(WorldKernel kernel, RunOptions options, double[][] metrics,
      TimeSeriesHistograms[] histograms, double[] world, AtomicInteger nextBlock, AtomicInteger done,
      AtomicReference<Throwable> failure) {
    int replicates = options.replicates();
    int economies = metrics.length;
    SeriesBlock[] series = null;
    if (options.timeSeries()) {
      series = new SeriesBlock[economies];
      for (int e = 0; e < economies; e++) {
        series[e] = new SeriesBlock(kernel.economy(e).seriesCount() * histograms[e].days(), MonteCarlo.BLOCK);
      }
    }
    while (failure.get() == null) {
      int first = nextBlock.getAndIncrement() * MonteCarlo.BLOCK;
      if (first >= replicates) {
        if (series != null) {
          for (int e = 0; e < economies; e++) {
            histograms[e].addExtremes(series[e]);
          }
        }
        return;
      }
      int count = Math.min(MonteCarlo.BLOCK, replicates - first);
      for (int i = 0; i < count; i += Kernel.LANES) {
        kernel.run(options.seed(), first + i, Math.min(Kernel.LANES, count - i), metrics, first + i, series, i, world);
      }
      if (series != null) {
        for (int e = 0; e < economies; e++) {
          histograms[e].add(series[e], count);
        }
      }
      options.progress().replicatesDone(done.addAndGet(count));
    }
  }
}
