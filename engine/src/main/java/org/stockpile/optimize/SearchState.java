package org.stockpile.optimize;

import java.util.List;

/**
 * Everything a search needs to go on from the end of a generation exactly as if it had never
 * stopped: the next generation's number and starting population, the best candidate so far, the
 * history, and every candidate already scored (so nothing is simulated twice and the counts
 * agree). Saved after every generation ({@code checkpoint.json}) and given back to resume.
 *
 * @param nextGeneration the generation to run next (1 + generations done)
 * @param engineStart    Jenetics' number for that generation's start (ages of members count from it)
 * @param population     the population that generation starts from
 * @param best           the best candidate so far
 * @param history        one record per generation done
 * @param scored         every candidate scored so far, in the order first scored
 * @param simulations    candidates simulated so far
 */
public record SearchState(long nextGeneration, long engineStart, List<Member> population, Member best, List<GenerationRecord> history,
    List<Scored> scored, long simulations) {

  public SearchState {
    population = List.copyOf(population);
    history = List.copyOf(history);
    scored = List.copyOf(scored);
  }

  /**
   * A member of the population: its genes in [0, 1), the generation it was born in, and its
   * fitness (constraint violation, then objectives).
   */
  public record Member(List<Double> genes, long born, double violation, List<Double> scores) {
    public Member {
      genes = List.copyOf(genes);
      scores = List.copyOf(scores);
    }
  }

  /** A candidate scored: its grid levels and its evaluation. */
  public record Scored(List<Integer> levels, Evaluation evaluation) {
    public Scored {
      levels = List.copyOf(levels);
    }
  }
}
