package org.stockpile.sim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Runs a run's replicates as blocks somewhere: on this machine's threads ({@link #local}) or as a
 * cluster's tasks (the Spark module's). A block's numbers depend on its replicates alone, so the
 * run {@link MonteCarlo#run(CompiledScenario, RunOptions, BlockExecutor)} combines is the same,
 * bit for bit, wherever and however split its blocks ran.
 */
public interface BlockExecutor {
  /** Replicates per block are a multiple of this (the kernel's lanes divide it). */
  int GRAIN = 64;

  /** Runs {@code blocks} (each {first, count}) of {@code options}' replicates and returns them, in any order. */
  Collection<RunBlock> run(CompiledScenario compiled, RunOptions options, List<int[]> blocks);

  /** How the executor splits {@code replicates}: {first, count} of each block. */
  List<int[]> blocks(int replicates);

  /** Blocks run one after another on this machine, at most {@code blocks} of them. */
  static BlockExecutor local(int blocks) {
    return new BlockExecutor() {
      @Override
      public Collection<RunBlock> run(CompiledScenario compiled, RunOptions options, List<int[]> ranges) {
        List<RunBlock> done = new ArrayList<>();
        for (int[] block : ranges) {
          done.add(MonteCarlo.runBlock(compiled, options, block[0], block[1]));
        }
        return done;
      }

      @Override
      public List<int[]> blocks(int replicates) {
        return split(replicates, blocks);
      }
    };
  }

  /** {first, count} of at most {@code parts} blocks covering {@code replicates}, each a multiple of {@link #GRAIN}. */
  static List<int[]> split(int replicates, int parts) {
    int size = Math.max(GRAIN, (replicates + parts - 1) / parts);
    size = (size + GRAIN - 1) / GRAIN * GRAIN;
    List<int[]> blocks = new ArrayList<>();
    for (int first = 0; first < replicates; first += size) {
      blocks.add(new int[] {first, Math.min(size, replicates - first)});
    }
    return blocks;
  }
}
