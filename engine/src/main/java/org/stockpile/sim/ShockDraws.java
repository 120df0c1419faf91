package org.stockpile.sim;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stockpile.model.Scenario;
import org.stockpile.model.Source;

/**
 * The random shocks of replicates 0 to {@code replicates - 1} of a seed, drawn once and reused by
 * every scenario with the same shocks, for example every candidate of an optimizer that only
 * changes reserves: the draws depend on the seed, the replicate and the shocks alone, so reusing
 * them gives the same numbers as drawing again, without the work.
 *
 * <p>Two scenarios have the same shocks when their economy, countries, scheduled shocks, shock
 * processes, horizon, start date, and each material's sources (ids and routes, in order) are
 * equal: then their compiled effects line up one to one.
 */
public final class ShockDraws {
  private final Object shocks;
  private final long seed;
  private final int[][] effect;
  private final int[][] start;
  private final int[][] duration;
  private final double[][] severity;
  private final int[][] announced;

  private ShockDraws(Object shocks, long seed, int replicates) {
    this.shocks = shocks;
    this.seed = seed;
    effect = new int[replicates][];
    start = new int[replicates][];
    duration = new int[replicates][];
    severity = new double[replicates][];
    announced = new int[replicates][];
  }

  /** Draws the shocks of replicates 0 to {@code replicates - 1} of {@code seed}. */
  public static ShockDraws of(CompiledScenario compiled, long seed, int replicates) {
    ShockDraws draws = new ShockDraws(shocksOf(compiled.scenario()), seed, replicates);
    Map<ShockEffect, Integer> index = new IdentityHashMap<>();
    ShockEffect[] table = effects(compiled);
    for (int i = 0; i < table.length; i++) {
      index.put(table[i], i);
    }
    ShockTimeline timeline = new ShockTimeline();
    for (int r = 0; r < replicates; r++) {
      timeline.draw(compiled, seed, r);
      int size = timeline.size();
      draws.effect[r] = new int[size];
      for (int i = 0; i < size; i++) {
        draws.effect[r][i] = index.get(timeline.sortedEffect[i]);
      }
      draws.start[r] = java.util.Arrays.copyOf(timeline.sortedStart, size);
      draws.duration[r] = java.util.Arrays.copyOf(timeline.sortedDuration, size);
      draws.severity[r] = java.util.Arrays.copyOf(timeline.sortedSeverity, size);
      draws.announced[r] = java.util.Arrays.copyOf(timeline.sortedAnnounced, size);
    }
    return draws;
  }

  /** Replicates drawn. */
  public int replicates() {
    return effect.length;
  }

  /** Whether these draws are those {@code compiled} would make with {@code seed}. */
  public boolean fits(CompiledScenario compiled, long seed) {
    return this.seed == seed && shocks.equals(shocksOf(compiled.scenario()));
  }

  /** Fills {@code timeline} with replicate {@code replicate}'s shocks, as {@code compiled}'s effects. */
  void fill(ShockTimeline timeline, CompiledScenario compiled, int replicate) {
    timeline.copyOf(effects(compiled), effect[replicate], start[replicate], duration[replicate], severity[replicate],
        announced[replicate]);
  }

  /** Every effect an instance can have: the scheduled shocks', then each process group's. */
  static ShockEffect[] effects(CompiledScenario compiled) {
    List<ShockEffect> all = new ArrayList<>(List.of(compiled.scheduledEffects));
    for (ProcessSpec process : compiled.processes) {
      all.addAll(List.of(process.groups()));
    }
    return all.toArray(ShockEffect[]::new);
  }

  /** What the draws depend on besides the seed. */
  private static Object shocksOf(Scenario scenario) {
    List<Object> sources = new ArrayList<>();
    scenario.materials().forEach((id, material) -> {
      sources.add(id);
      for (Source source : material.sources()) {
        sources.add(List.of(Objects.toString(source.id()), source.route()));
      }
    });
    return List.of(scenario.economy(), scenario.countries(), scenario.shocks(), scenario.shockProcesses(), sources,
        scenario.run().horizonDays(), scenario.run().startDate());
  }
}
