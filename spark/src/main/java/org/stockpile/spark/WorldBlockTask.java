package org.stockpile.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.stockpile.check.ScenarioException;
import org.stockpile.sim.ReplicateRange;
import org.stockpile.sim.WorldBlock;
import org.stockpile.sim.WorldMonteCarlo;

/**
 * A Spark task: runs blocks of a world's replicates with the engine's kernel and returns each
 * block's metrics (every economy's and the world's) and histograms. A pure function of the
 * payload and the blocks, so a retried task returns the same numbers.
 */
public class WorldBlockTask implements FlatMapFunction<Iterator<ReplicateRange>, WorldBlock> {
  private final WorldRunPayload payload;

  public WorldBlockTask(WorldRunPayload payload) {
    this.payload = payload;
  }

  @Override
  public Iterator<WorldBlock> call(Iterator<ReplicateRange> blocks) throws ScenarioException {
    WorldRunPayload.Loaded loaded = payload.load();
    List<WorldBlock> done = new ArrayList<>();
    while (blocks.hasNext()) {
      ReplicateRange block = blocks.next();
      done.add(WorldMonteCarlo.runBlock(loaded.compiled(), loaded.options(), block.first(), block.count()));
    }
    return done.iterator();
  }
}
