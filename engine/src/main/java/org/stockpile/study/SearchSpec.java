package org.stockpile.study;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The search settings of a spec file; the command line's options override them. */
@JsonPropertyOrder({"population", "generations", "replicates", "seed", "validationReplicates", "rounds"})
public record SearchSpec(
    @JsonProperty(defaultValue = "64")
    @JsonPropertyDescription("Candidates per generation.")
    int population,
    @JsonProperty(defaultValue = "50")
    @JsonPropertyDescription("Generations.")
    int generations,
    @JsonProperty(defaultValue = "256")
    @JsonPropertyDescription("Replicates every candidate is scored on (the same for all).")
    int replicates,
    @JsonProperty(defaultValue = "1")
    @JsonPropertyDescription("Fixes the replicates and the search's random choices.")
    long seed,
    @JsonProperty(defaultValue = "1024")
    @JsonPropertyDescription("Fresh replicates the best (and the scenario's own policy) are scored on again after "
        + "the search, for validation.json.")
    int validationReplicates,
    @JsonProperty(defaultValue = "10")
    @JsonPropertyDescription("For a scenario with several economies: most rounds of the best response (optimize "
        + "--best-response) before it is reported as not settled.")
    int rounds) {
  /**
   * The most candidates a generation may have: a search of more would hold more candidates than
   * memory and time allow (each is a whole simulation).
   */
  public static final int MAX_POPULATION = 100_000;


  public static SearchSpec defaults() {
    return new SearchSpec(64, 50, 256, 1, 1024, 10);
  }
}
