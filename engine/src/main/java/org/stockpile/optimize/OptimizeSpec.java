package org.stockpile.optimize;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** An optimize spec file ({@code stockpile optimize SPEC}), as written. */
@JsonPropertyOrder({"scenario", "objective", "decisions", "search"})
public record OptimizeSpec(
    @JsonProperty(required = true)
    @JsonPropertyDescription("The base scenario file, relative to this spec.")
    String scenario,
    @JsonProperty(defaultValue = "expectedTotalCost")
    @JsonPropertyDescription("What to minimise, over all materials.")
    ObjectiveName objective,
    @JsonProperty(required = true)
    @JsonPropertyDescription("The numbers the optimizer chooses, each on a grid.")
    List<DecisionSpec> decisions,
    @JsonPropertyDescription("Search settings (population, generations, replicates, seed).")
    SearchSpec search) {

  public OptimizeSpec {
    decisions = decisions == null ? List.of() : List.copyOf(decisions);
    search = search == null ? SearchSpec.defaults() : search;
  }
}
