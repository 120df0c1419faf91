package org.stockpile.optimize;

import java.util.List;
import java.util.Optional;
import org.stockpile.sim.ScenarioFamily;

/**
 * An optimization, file-free: the inputs it decides, the scenarios their values make, the
 * constraints and objectives, and what reports need of the base scenario (the decisions as it has
 * them, its currency, each objective's unit). Reading a spec file into a plan is the {@code study}
 * layer's work; an {@link Optimizer} runs it with {@link OptimizerSettings}.
 *
 * @param baseline       the decisions as the base scenario has them (the policy as written, to
 *                       compare with), when it writes a number at every decision's path
 * @param currency       the currency of the base scenario's money
 * @param objectiveUnits each objective's unit, in order: the currency, days, share, or the unit of
 *                       the materials' shortfall
 */
public record OptimizePlan(List<DecidedInput> inputs, ScenarioFamily scenarios, List<Constraint> constraints,
    List<ObjectiveName> objectives, Optional<double[]> baseline, String currency, List<String> objectiveUnits) {

  public OptimizePlan {
    inputs = List.copyOf(inputs);
    constraints = List.copyOf(constraints);
    objectives = List.copyOf(objectives);
    baseline = baseline.map(double[]::clone);
    objectiveUnits = List.copyOf(objectiveUnits);
  }

  /** The decisions' paths, in order. */
  public List<String> paths() {
    return inputs.stream().map(DecidedInput::path).toList();
  }

  /** The decisions' labels, in order. */
  public List<String> labels() {
    return inputs.stream().map(DecidedInput::label).toList();
  }

  /** The decisions' grids, in order. */
  public List<Decision> decisions() {
    return inputs.stream().map(DecidedInput::decision).toList();
  }

  @Override
  public Optional<double[]> baseline() {
    return baseline.map(double[]::clone);
  }

  /** The optimizer this plan describes. */
  public Optimizer optimizer() {
    return Optimizer.of(scenarios, decisions(), objectiveFunctions()).withConstraints(constraints);
  }

  /** The objectives as functions, in order. */
  public List<Objective> objectiveFunctions() {
    return objectives.stream().map(ObjectiveName::objective).toList();
  }
}
