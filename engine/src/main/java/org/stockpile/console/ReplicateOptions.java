package org.stockpile.console;

import org.stockpile.console.Failures.UsageException;
import org.stockpile.model.Scenario;
import org.stockpile.model.World;
import org.stockpile.sim.RunOptions;
import org.stockpile.sim.WorldMonteCarlo;
import picocli.CommandLine.Option;

/**
 * {@code --replicates}, {@code --seed} and {@code --threads} of the commands that run a scenario
 * ({@code run}, {@code value}): each overrides the scenario's {@code run} section. Commands mix it
 * in with {@code @Mixin}.
 */
public final class ReplicateOptions {
  @Option(names = "--replicates", paramLabel = "N", description = "Replicates (default: the scenario's run.replicates).")
  public Integer replicates;

  @Option(names = "--seed", paramLabel = "S", description = "Seed (default: the scenario's run.seed).")
  public Long seed;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: all cores); results do not depend on it.")
  public Integer threads;

  /** The scenario's run options with these overrides; a count below one is a usage error. */
  public RunOptions of(Scenario scenario) throws UsageException {
    return applied(RunOptions.of(scenario));
  }

  /** The world's run options with these overrides. */
  public RunOptions of(World world) throws UsageException {
    return applied(WorldMonteCarlo.options(world));
  }

  private RunOptions applied(RunOptions given) throws UsageException {
    RunOptions options = given;
    if (replicates != null) {
      options = options.withReplicates(Counts.replicates("--replicates", replicates));
    }
    if (threads != null) {
      options = options.withThreads(Counts.threads(threads));
    }
    if (seed != null) {
      options = options.withSeed(seed);
    }
    return options;
  }
}
