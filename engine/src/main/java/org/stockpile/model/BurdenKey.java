package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a group shares a collective release among its members. */
public enum BurdenKey {
  /** In proportion to each member's normal consumption of the material that day. */
  @JsonProperty("consumption")
  CONSUMPTION,
  /** By the rule's quota table (shares that add up to 1 over the members taking part). */
  @JsonProperty("quota")
  QUOTA
}
