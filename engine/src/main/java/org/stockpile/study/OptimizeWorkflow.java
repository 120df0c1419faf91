package org.stockpile.study;

import java.util.Optional;
import java.util.function.Consumer;
import org.stockpile.check.ScenarioException;
import org.stockpile.optimize.Evaluation;
import org.stockpile.optimize.GenerationRecord;
import org.stockpile.optimize.OptimizationResult;
import org.stockpile.optimize.OptimizePlan;
import org.stockpile.optimize.OptimizerSettings;
import org.stockpile.optimize.SearchState;
import org.stockpile.optimize.Validation;
import org.stockpile.optimize.ValidationReport;

/**
 * An optimize study from start to end, file-free: the search (from a saved state when resuming,
 * handing its state over after every generation), the scenario as written scored on the same
 * replicates, and the best and the scenario as written re-scored on fresh replicates. Where the
 * state is saved and the results written is the caller's business ({@code output}).
 */
public final class OptimizeWorkflow {
  private OptimizeWorkflow() {
  }

  /**
   * What a study gives.
   *
   * @param result     the search's result
   * @param baseline   the scenario's own decisions on the search's replicates, when it writes them
   * @param validation the best and the baseline on fresh replicates
   * @param last       the search's state after its last generation (what a checkpoint keeps)
   */
  public record Outcome(OptimizationResult result, Optional<Evaluation> baseline, ValidationReport validation,
      SearchState last) {
  }

  /** A finished search: its result and its state after the last generation (what a checkpoint keeps). */
  public record Searched(OptimizationResult result, SearchState last) {
  }

  /**
   * Runs {@code plan} with {@code settings}: the search, then the scoring ({@link #search},
   * {@link #score}).
   */
  public static Outcome run(OptimizePlan plan, OptimizerSettings settings, SearchState resumeFrom,
      Consumer<GenerationRecord> progress, Consumer<SearchState> checkpoint, int validationReplicates)
      throws ScenarioException, StudyException {
    return score(plan, settings, search(plan, settings, resumeFrom, progress, checkpoint), validationReplicates);
  }

  /**
   * The search.
   *
   * @param resumeFrom the saved state to continue from, or null to start
   * @param progress   hears about each generation
   * @param checkpoint receives the state after each generation, to save it
   * @throws StudyException when no candidate made a valid scenario
   */
  public static Searched search(OptimizePlan plan, OptimizerSettings settings, SearchState resumeFrom,
      Consumer<GenerationRecord> progress, Consumer<SearchState> checkpoint)
      throws ScenarioException, StudyException {
    SearchState[] last = {resumeFrom};
    OptimizationResult result = plan.optimizer().run(settings, progress, resumeFrom, state -> {
      last[0] = state;
      checkpoint.accept(state);
    });
    if (result.best().invalid() != null) {
      throw new StudyException("no candidate made a valid scenario, e.g. " + result.best().values() + ": "
          + result.best().invalid());
    }
    return new Searched(result, last[0]);
  }

  /**
   * The scenario's own decisions on the search's replicates, and the best and those decisions on
   * {@code validationReplicates} fresh replicates.
   */
  public static Outcome score(OptimizePlan plan, OptimizerSettings settings, Searched searched,
      int validationReplicates) throws ScenarioException {
    OptimizationResult result = searched.result();
    Optional<double[]> baselineValues = plan.baseline();
    Optional<Evaluation> baseline = baselineValues.isPresent()
        ? Optional.of(evaluate(plan, baselineValues.get(), settings)) : Optional.empty();
    ValidationReport validation = Validation.run(plan.scenarios(), plan.objectiveFunctions(),
        result.best().valueArray(), baselineValues, validationReplicates, settings.seed(), settings.threads());
    return new Outcome(result, baseline, validation, searched.last());
  }

  private static Evaluation evaluate(OptimizePlan plan, double[] values, OptimizerSettings settings) {
    try {
      return plan.optimizer().evaluate(values, settings);
    } catch (ScenarioException e) {
      throw new IllegalStateException("the base scenario is valid, so is its own policy", e);
    }
  }
}
