package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Substitution and thrifting: during supply stress demand falls by up to {@code maxShare},
 * reached linearly after {@code responseDays} of stress, and recovers at the same pace.
 */
public record Substitution(
    @JsonProperty(required = true)
    @JsonPropertyDescription("Largest share of demand that can be substituted, in [0, 1].")
    double maxShare,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Days of supply stress needed to reach maxShare (and to unwind it).")
    int responseDays) {
}
