package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A tier's target scaled by a risk signal: {@code targetDays x (1 + gain x risk)}, the risk being 1
 * while a shock hits the material or one is announced, else the recent shortfall rate.
 */
@JsonPropertyOrder({"gain", "halfLifeDays"})
public record RiskScaling(
    @JsonProperty(required = true)
    @JsonPropertyDescription("How much the target rises at full risk: 1 doubles it.")
    double gain,
    @JsonProperty(defaultValue = "90")
    @JsonPropertyDescription("Days over which a day's shortfall loses half its weight in the recent shortfall rate.")
    Integer halfLifeDays) {

  public RiskScaling {
    halfLifeDays = halfLifeDays == null ? 90 : halfLifeDays;
  }

  /** A target rising by {@code gain} at full risk, the shortfall rate with a 90-day half-life. */
  public static RiskScaling withGain(double gain) {
    return new RiskScaling(gain, 90);
  }

  /** This scaling with the shortfall rate's half-life {@code days}. */
  public RiskScaling withHalfLifeDays(int days) {
    return new RiskScaling(gain, days);
  }
}
