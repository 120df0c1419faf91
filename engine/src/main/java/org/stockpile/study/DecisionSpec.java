package org.stockpile.study;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A decision variable as written in a spec file. */
@JsonPropertyOrder({"path", "label", "min", "max", "step"})
public record DecisionSpec(
    @JsonProperty(required = true)
    @JsonPropertyDescription("Where in the base scenario the number goes, e.g. "
        + "materials.rare-earths.stockpiles.jogmec.targetDays; list entries by id (sources.drc) or index "
        + "(sources[0]).")
    String path,
    @JsonPropertyDescription("A readable name for outputs and reports (default: made from the path and the scenario, e.g. "
        + "'rare-earths, public tier: target (days)').")
    String label,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Smallest value.")
    double min,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Largest value; max - min must be a whole number of steps.")
    double max,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Spacing of the values tried.")
    double step) {
}
