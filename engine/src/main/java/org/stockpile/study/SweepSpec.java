package org.stockpile.study;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A sweep spec file ({@code stockpile sweep SPEC}), as written. */
@JsonPropertyOrder({"scenario", "parameters", "design", "metrics", "timeIndices", "replicates", "seed"})
public record SweepSpec(
    @JsonProperty(required = true)
    @JsonPropertyDescription("The base scenario file, relative to this spec.")
    String scenario,
    @JsonProperty(required = true)
    @JsonPropertyDescription("The inputs swept, each a path into the scenario with a distribution or levels.")
    List<ParameterSpec> parameters,
    @JsonProperty(required = true)
    @JsonPropertyDescription("How the points are chosen.")
    DesignSpec design,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Metrics analysed: names from summary.json (shortfallUnits, netCost...) for the total, "
        + "or material.metric (rare-earths.shortfallDays); on a scenario with several economies, after the economy "
        + "(JP/netCost, KR/rare-earths.shortfallUnits) or the world market (world/rare-earths.priceIndexMean, "
        + "world/rare-earths.priceIndexMax); each point's value is the mean over its replicates.")
    List<String> metrics,
    @JsonPropertyDescription("Days of cover analysed over time: each material's cover at the end of chosen days is a "
        + "column of points.csv and, for sobol and morris designs, gets its indices in timeindices.csv (not on a "
        + "scenario with several economies).")
    TimeIndicesSpec timeIndices,
    @JsonProperty(defaultValue = "64")
    @JsonPropertyDescription("Replicates per point (the same for every point: common random numbers).")
    int replicates,
    @JsonProperty(defaultValue = "1")
    @JsonPropertyDescription("Fixes the replicates and the design's random choices.")
    long seed) {

  public SweepSpec {
    parameters = parameters == null ? List.of() : List.copyOf(parameters);
    metrics = metrics == null ? List.of() : List.copyOf(metrics);
  }
}
