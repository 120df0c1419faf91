package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * A stockpile a group holds together (a partners' reserve): sized in days of the members'
 * combined reference consumption, paid for by a key (each member holds, buys and stores its
 * share), drawn by members still short after their own tiers (docs/model.md, "Pooled tiers").
 */
@JsonPropertyOrder({"targetDays", "initialDays", "capacityDays", "holdingCostPerUnitPerYear", "key", "draw", "refill"})
public record PooledTier(
    @JsonProperty(required = true)
    @JsonPropertyDescription("Days of the members' combined reference consumption the pool aims to hold.")
    double targetDays,
    @JsonPropertyDescription("Days held at day 0; default: targetDays.")
    Double initialDays,
    @JsonPropertyDescription("Most days the pool can store; default: unlimited.")
    Double capacityDays,
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Storage: cost of holding one unit for a year.")
    double holdingCostPerUnitPerYear,
    @JsonPropertyDescription("Each member's share of the pool's stock and costs, adding up to 1; default: by reference "
        + "consumption.")
    Map<String, Double> key,
    @JsonProperty(defaultValue = "shortfall")
    @JsonPropertyDescription("How members still short divide the pool: by shortfall, or by contribution key.")
    PoolDraw draw,
    @JsonPropertyDescription("How each member buys its share back toward its target; absent: no limit on buying.")
    RefillRule refill) {

  public PooledTier {
    key = key == null ? Map.of() : OrderedMaps.orderedCopy(key);
    draw = draw == null ? PoolDraw.SHORTFALL : draw;
  }

  public static PooledTier of(double targetDays) {
    return new PooledTier(targetDays, null, null, 0, Map.of(), PoolDraw.SHORTFALL, null);
  }

  public PooledTier withKey(Map<String, Double> shares) {
    return new PooledTier(targetDays, initialDays, capacityDays, holdingCostPerUnitPerYear, shares, draw, refill);
  }

  public PooledTier withDraw(PoolDraw rule) {
    return new PooledTier(targetDays, initialDays, capacityDays, holdingCostPerUnitPerYear, key, rule, refill);
  }

  public PooledTier withInitialDays(double days) {
    return new PooledTier(targetDays, days, capacityDays, holdingCostPerUnitPerYear, key, draw, refill);
  }

  public double initialDaysOrTarget() {
    return initialDays != null ? initialDays : targetDays;
  }
}
