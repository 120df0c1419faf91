package org.stockpile.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.stockpile.check.ScenarioException;
import org.stockpile.sim.MonteCarlo;
import org.stockpile.sim.ReplicateRange;
import org.stockpile.sim.RunBlock;

/**
 * A Spark task: runs blocks of replicates with the engine's kernel and returns
 * each block's metrics and histograms. A pure function of the payload and the blocks, so a
 * retried task returns the same numbers.
 */
public class BlockTask implements FlatMapFunction<Iterator<ReplicateRange>, RunBlock> {
  private final RunPayload payload;

  public BlockTask(RunPayload payload) {
    this.payload = payload;
  }

  @Override
  public Iterator<RunBlock> call(Iterator<ReplicateRange> blocks) throws ScenarioException {
    RunPayload.Loaded loaded = payload.load();
    List<RunBlock> done = new ArrayList<>();
    while (blocks.hasNext()) {
      ReplicateRange block = blocks.next();
      done.add(MonteCarlo.runBlock(loaded.compiled(), loaded.options(), block.first(), block.count()));
    }
    return done.iterator();
  }
}
