package org.stockpile.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stockpile.check.ScenarioException;

/**
 * Searches the decisions of several economies that share a world (docs/model.md, "Optimizing in a
 * world of others"), on each decision's grid, by coordinate descent: one decision at a time, every
 * value of its grid tried with the others held, the best kept (the current value on a tie), until
 * a sweep over the decisions changes nothing. Deterministic: every candidate is scored on the same
 * replicates (common random numbers), and a candidate already scored is not run again.
 *
 * <ul>
 *   <li>{@link #coalition}: every decision chosen together, for the least sum of the coalition's
 *       objectives.</li>
 *   <li>{@link #bestResponse}: each economy in turn chooses its own decisions for its own objective,
 *       the others' held at their current values; rounds repeat until no economy changes its
 *       decisions (it settled: no economy would move alone) or the round limit.</li>
 * </ul>
 * Candidates that break a sum limit are never chosen.
 */
public final class WorldSearch {
  /** A decision of economy {@code owner} (index into the economies scored). */
  public record WorldDecision(Decision grid, String label, int owner) {
  }

  /** Bounds on the sum of some decisions' values (a floor such as 60 days, a storage cap). */
  public record SumLimit(String name, int[] decisions, Double min, Double max) {
    boolean holds(double[] values) {
      double sum = 0;
      for (int d : decisions) {
        sum += values[d];
      }
      return (min == null || sum >= min - 1e-9) && (max == null || sum <= max + 1e-9);
    }
  }

  /** Scores a candidate: each economy's objective (lower is better), in the economies' order. */
  @FunctionalInterface
  public interface Scores {
    double[] byEconomy(double[] values) throws ScenarioException;
  }

  /** One round of a best response: the values after it, and each economy's objective there. */
  public record Round(int round, double[] values, double[] objectives) {
  }

  /** A best response's rounds (round 0: where it started) and whether it settled. */
  public record BestResponse(List<Round> rounds, boolean settled) {
    public Round last() {
      return rounds.getLast();
    }
  }

  private final List<WorldDecision> decisions;
  private final List<SumLimit> limits;
  private final Scores scores;
  private final Map<String, double[]> scored = new HashMap<>();
  private int runs;

  public WorldSearch(List<WorldDecision> decisions, List<SumLimit> limits, Scores scores) {
    this.decisions = List.copyOf(decisions);
    this.limits = List.copyOf(limits);
    this.scores = scores;
  }

  /** Candidates simulated so far (each distinct candidate once). */
  public int runs() {
    return runs;
  }

  /** Each economy's objective at {@code values} (scored once, then remembered). */
  public double[] objectives(double[] values) throws ScenarioException {
    String key = Arrays.toString(values);
    double[] known = scored.get(key);
    if (known == null) {
      known = scores.byEconomy(values.clone());
      scored.put(key, known);
      runs++;
    }
    return known;
  }

  /** The values every decision takes together for the least sum of the objectives of {@code coalition}. */
  public double[] coalition(double[] start, boolean[] coalition) throws ScenarioException {
    List<Integer> all = new ArrayList<>();
    for (int d = 0; d < decisions.size(); d++) {
      all.add(d);
    }
    return descend(start, all, coalition);
  }

  /** Each economy in turn best-responds to the others, from {@code start}, for at most {@code maxRounds} rounds. */
  public BestResponse bestResponse(double[] start, int economies, int maxRounds) throws ScenarioException {
    List<Round> rounds = new ArrayList<>();
    double[] values = start.clone();
    rounds.add(new Round(0, values.clone(), objectives(values)));
    for (int round = 1; round <= maxRounds; round++) {
      boolean moved = false;
      for (int e = 0; e < economies; e++) {
        List<Integer> own = new ArrayList<>();
        for (int d = 0; d < decisions.size(); d++) {
          if (decisions.get(d).owner() == e) {
            own.add(d);
          }
        }
        if (own.isEmpty()) {
          continue;
        }
        boolean[] self = new boolean[economies];
        self[e] = true;
        double[] chosen = descend(values, own, self);
        moved |= !Arrays.equals(chosen, values);
        values = chosen;
      }
      rounds.add(new Round(round, values.clone(), objectives(values)));
      if (!moved) {
        return new BestResponse(List.copyOf(rounds), true);
      }
    }
    return new BestResponse(List.copyOf(rounds), false);
  }

  /** Coordinate descent over {@code free}, for the least sum of the objectives of {@code counted}. */
  private double[] descend(double[] start, List<Integer> free, boolean[] counted) throws ScenarioException {
    double[] values = start.clone();
    double best = feasible(values) ? sum(objectives(values), counted) : Double.POSITIVE_INFINITY;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int d : free) {
        Decision grid = decisions.get(d).grid();
        double kept = values[d];
        double bestValue = kept;
        for (int level = 0; level < grid.levels(); level++) {
          values[d] = grid.value(level);
          if (values[d] == kept || !feasible(values)) {
            continue;
          }
          double score = sum(objectives(values), counted);
          if (score < best) {
            best = score;
            bestValue = values[d];
          }
        }
        values[d] = bestValue;
        changed |= bestValue != kept;
      }
    }
    return values;
  }

  private boolean feasible(double[] values) {
    for (SumLimit limit : limits) {
      if (!limit.holds(values)) {
        return false;
      }
    }
    return true;
  }

  private static double sum(double[] objectives, boolean[] counted) {
    double sum = 0;
    for (int e = 0; e < objectives.length; e++) {
      if (counted[e]) {
        sum += objectives[e];
      }
    }
    return sum;
  }
}
