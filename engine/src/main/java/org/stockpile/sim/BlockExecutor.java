package org.stockpile.sim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Runs a run's replicates as blocks somewhere: on this machine ({@link #local}) or as a cluster's
 * tasks (the Spark module's). A block's numbers depend on its replicates alone, so the
 * run {@link MonteCarlo#run(CompiledScenario, RunOptions, BlockExecutor)} combines is the same,
 * bit for bit, wherever and however split its blocks ran.
 */
public interface BlockExecutor {
  /** Replicates per block are a multiple of this (the kernel's lanes divide it). */
  int GRAIN = 64;

  /** Runs {@code blocks} of {@code options}' replicates and returns them, in any order. */
  Collection<RunBlock> run(CompiledScenario compiled, RunOptions options, List<ReplicateRange> blocks);

  /** How the executor splits {@code replicates} into blocks. */
  List<ReplicateRange> blocks(int replicates);

  /** Blocks run one after another on this machine, on one thread, at most {@code blocks} of them. */
  static BlockExecutor local(int blocks) {
    return new BlockExecutor() {
      @Override
      public Collection<RunBlock> run(CompiledScenario compiled, RunOptions options, List<ReplicateRange> ranges) {
        List<RunBlock> done = new ArrayList<>();
        for (ReplicateRange block : ranges) {
          done.add(MonteCarlo.runBlock(compiled, options, block.first(), block.count()));
        }
        return done;
      }

      @Override
      public List<ReplicateRange> blocks(int replicates) {
        return split(replicates, blocks);
      }
    };
  }

  /** At most {@code parts} blocks covering {@code replicates}, each a multiple of {@link #GRAIN} but the last. */
  static List<ReplicateRange> split(int replicates, int parts) {
    int size = Math.max(GRAIN, (replicates + parts - 1) / parts);
    size = (size + GRAIN - 1) / GRAIN * GRAIN;
    List<ReplicateRange> blocks = new ArrayList<>();
    for (int first = 0; first < replicates; first += size) {
      blocks.add(new ReplicateRange(first, Math.min(size, replicates - first)));
    }
    return blocks;
  }
}
