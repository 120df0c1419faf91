package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The world market of one material: every economy pays its base price times one world index,
 * {@code 1 + priceElasticity x world unmet share + reservePressure x reserve buying / world normal supply}.
 */
@JsonPropertyOrder({"priceElasticity", "reservePressure"})
public record Market(
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Rise of the world price per unit of the world's unmet share of demand (all economies).")
    double priceElasticity,
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Rise of the world price per unit of reserve buying (every economy's tiers) as a share of "
        + "the world's normal supply.")
    double reservePressure) {

  public static Market of(double priceElasticity, double reservePressure) {
    return new Market(priceElasticity, reservePressure);
  }
}
