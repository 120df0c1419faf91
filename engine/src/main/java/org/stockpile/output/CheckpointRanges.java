package org.stockpile.output;

import java.util.ArrayList;
import java.util.List;
import org.stockpile.optimize.GenerationRecord;
import org.stockpile.optimize.SearchState;

/**
 * The ranges every field of a {@link Checkpoint} must be in, checked when one is read: a search
 * is resumed only from a state it could have saved.
 */
final class CheckpointRanges {
  private CheckpointRanges() {
  }

  /** What is out of range in {@code checkpoint}, or null. */
  static String problem(Checkpoint checkpoint) {
    if (!isSha256(checkpoint.specSha256()) || !isSha256(checkpoint.scenarioSha256())) {
      return "specSha256 and scenarioSha256 must be SHA-256 digests (64 hexadecimal digits)";
    }
    if (checkpoint.population() < 1 || checkpoint.replicates() < 1) {
      return "population and replicates must be at least 1, got " + checkpoint.population() + " and "
          + checkpoint.replicates();
    }
    SearchState state = checkpoint.state();
    if (state.nextGeneration() < 1) {
      return "state.nextGeneration must be at least 1, got " + state.nextGeneration();
    }
    if (state.engineStart() < 0 || state.simulations() < 0) {
      return "state.engineStart and state.simulations must not be negative, got " + state.engineStart() + " and "
          + state.simulations();
    }
    if (state.history().size() != state.nextGeneration() - 1) {
      return "state.history has " + state.history().size() + " generations, but state.nextGeneration says "
          + (state.nextGeneration() - 1) + " are done";
    }
    for (int i = 0; i < state.history().size(); i++) {
      GenerationRecord record = state.history().get(i);
      if (record.generation() != i + 1 || record.evaluations() < 0) {
        return "state.history[" + i + "] must be generation " + (i + 1) + " with evaluations >= 0, got generation "
            + record.generation() + " with " + record.evaluations();
      }
    }
    if (state.population().isEmpty()) {
      return "state.population is empty";
    }
    if (state.simulations() > state.scored().size()) {
      return "state.simulations (" + state.simulations() + ") exceeds the candidates scored ("
          + state.scored().size() + ")";
    }
    int genes = state.best().genes().size();
    List<SearchState.Member> members = new ArrayList<>(state.population());
    members.add(state.best());
    for (int i = 0; i < members.size(); i++) {
      String where = i < state.population().size() ? "state.population[" + i + "]" : "state.best";
      String wrong = problem(members.get(i), genes);
      if (wrong != null) {
        return where + ": " + wrong;
      }
    }
    for (int i = 0; i < state.scored().size(); i++) {
      List<Integer> levels = state.scored().get(i).levels();
      if (levels.size() != genes || levels.stream().anyMatch(level -> level < 0)) {
        return "state.scored[" + i + "].levels must be " + genes + " levels, none negative, got " + levels;
      }
    }
    return null;
  }

  private static String problem(SearchState.Member member, int genes) {
    if (genes == 0 || member.genes().size() != genes) {
      return "must have " + (genes == 0 ? "genes" : genes + " genes") + ", got " + member.genes().size();
    }
    for (double gene : member.genes()) {
      if (!(gene >= 0 && gene < 1)) {
        return "genes must be in [0, 1), got " + gene;
      }
    }
    if (member.born() < 0) {
      return "born must not be negative, got " + member.born();
    }
    if (member.violation() < 0) {
      return "violation must not be negative, got " + member.violation();
    }
    return null;
  }

  private static boolean isSha256(String text) {
    return text != null && text.matches("[0-9a-f]{64}");
  }
}
