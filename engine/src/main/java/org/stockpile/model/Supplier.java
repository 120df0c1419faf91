package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A producer of one material shared by every economy that buys from it (a country's mines and
 * refineries, or a named company): its capacity and how fast it can surge are its own, not an
 * economy's; each economy reaches it through its own sources (route, share, lead time, premium).
 */
@JsonPropertyOrder({"name", "capacityPerDay", "surgeRatePerDay", "allocation"})
public record Supplier(
    @JsonPropertyDescription("Display name.")
    String name,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Most units per day the supplier ships, to every economy together.")
    double capacityPerDay,
    @JsonProperty(defaultValue = "1")
    @JsonPropertyDescription("How fast its total shipments above its normal flows (the sum over economies) can grow, as "
        + "a fraction of capacity per day; 1 (default) at once, 0 never.")
    double surgeRatePerDay,
    @JsonPropertyDescription("How it divides what it can ship when orders exceed it; default: the scenario's allocation.")
    AllocationRule allocation) {

  /** A supplier that can use all its capacity at once and allocates by the scenario's rule. */
  public static Supplier of(double capacityPerDay) {
    return new Supplier(null, capacityPerDay, 1, null);
  }

  public Supplier withSurgeRate(double fractionOfCapacityPerDay) {
    return new Supplier(name, capacityPerDay, fractionOfCapacityPerDay, allocation);
  }

  public Supplier withAllocation(AllocationRule rule) {
    return new Supplier(name, capacityPerDay, surgeRatePerDay, rule);
  }
}
