package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How members short of supply divide what a pooled tier holds. */
public enum PoolDraw {
  /** In proportion to each member's remaining shortfall. */
  @JsonProperty("shortfall")
  SHORTFALL,
  /** In proportion to each member's contribution key (what one cannot use goes to the others). */
  @JsonProperty("contribution")
  CONTRIBUTION
}
