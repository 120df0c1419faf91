package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A share of what was consumed {@code lagDays} ago comes back as supply today. */
public record Recycling(
    @JsonProperty(required = true)
    @JsonPropertyDescription("Share of past consumption recovered, in [0, 1].")
    double share,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Days between consumption and the recycled material's return.")
    int lagDays) {
}
