package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One way a material reaches the economy: a route through countries (mine, refinery, component
 * maker...), its normal share of supply, its capacity, lead time and how fast it can surge.
 */
@JsonPropertyOrder({"id", "route", "share", "capacityPerDay", "leadTimeDays", "surgeRatePerDay", "costPremium"})
public record Source(
    @JsonProperty(required = true)
    @JsonPropertyDescription("Identifier, unique within the material.")
    String id,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Countries the material passes through, in order (e.g. [MM, CN, JP]); the economy follows the last hop.")
    List<String> route,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Normal share of the economy's supply, in [0, 1]; shares of a material sum to 1.")
    double share,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Most units per day this source can ship to the economy.")
    double capacityPerDay,
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Days from shipment to arrival.")
    int leadTimeDays,
    @JsonProperty(defaultValue = "1")
    @JsonPropertyDescription("How fast shipments above the normal flow (share x baseline demand) can grow, as a fraction of capacity per day: 0.02 reaches full capacity in 50 days; 1 (default) at once; 0 never.")
    double surgeRatePerDay,
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Landed cost above the base price, as a fraction (0.1 = 10 % dearer).")
    double costPremium) {

  public Source {
    route = route == null ? List.of() : List.copyOf(route);
  }

  /** A source with no lead time or premium that can use all its capacity at once; chain {@link #withLeadTime} and friends. */
  public static Source of(String id, double share, double capacityPerDay, String... route) {
    return new Source(id, List.of(route), share, capacityPerDay, 0, 1, 0);
  }

  public Source withLeadTime(int days) {
    return new Source(id, route, share, capacityPerDay, days, surgeRatePerDay, costPremium);
  }

  public Source withSurgeRate(double fractionOfCapacityPerDay) {
    return new Source(id, route, share, capacityPerDay, leadTimeDays, fractionOfCapacityPerDay, costPremium);
  }

  public Source withCostPremium(double fraction) {
    return new Source(id, route, share, capacityPerDay, leadTimeDays, surgeRatePerDay, fraction);
  }
}
