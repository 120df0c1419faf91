package org.stockpile.study;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.stockpile.optimize.ObjectiveName;

/** An optimize spec file ({@code stockpile optimize SPEC}), as written. */
@JsonPropertyOrder({"scenario", "objective", "objectives", "coalition", "decisions", "constraints", "search"})
public record OptimizeSpec(
    @JsonProperty(required = true)
    @JsonPropertyDescription("The base scenario file, relative to this spec.")
    String scenario,
    @JsonProperty(defaultValue = "expectedNetCost")
    @JsonPropertyDescription("What to minimise, over all materials.")
    ObjectiveName objective,
    @JsonPropertyDescription("Two or more objectives to minimise together instead (NSGA-II): the answer is the front of "
        + "candidates no other beats on all of them, in pareto.csv.")
    List<ObjectiveName> objectives,
    @JsonPropertyDescription("For a scenario with several economies: the economies whose objectives are summed for the "
        + "optimum they choose together (default: every economy).")
    List<String> coalition,
    @JsonProperty(required = true)
    @JsonPropertyDescription("The numbers the optimizer chooses, each on a grid.")
    List<DecisionSpec> decisions,
    @JsonPropertyDescription("What every answer must meet: sums of decisions within bounds (legal floors, storage), "
        + "a spending limit. Candidates that meet them all rank before those that do not.")
    List<ConstraintSpec> constraints,
    @JsonPropertyDescription("Search settings (population, generations, replicates, seed).")
    SearchSpec search) {

  public OptimizeSpec {
    decisions = decisions == null ? List.of() : List.copyOf(decisions);
    objectives = objectives == null ? List.of() : List.copyOf(objectives);
    coalition = coalition == null ? List.of() : List.copyOf(coalition);
    constraints = constraints == null ? List.of() : List.copyOf(constraints);
    search = search == null ? SearchSpec.defaults() : search;
  }
}
