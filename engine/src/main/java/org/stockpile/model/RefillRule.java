package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** How fast and with how much money a tier buys back toward its target. */
@JsonPropertyOrder({"maxBuyPerDay", "budgetPerYear", "buyWhileShocked"})
public record RefillRule(
    @JsonPropertyDescription("Most units the tier orders per day; default: unlimited.")
    Double maxBuyPerDay,
    @JsonPropertyDescription("Most money the tier spends on stock per year of the run (resets every 365 days); default: unlimited.")
    Double budgetPerYear,
    @JsonProperty(defaultValue = "true")
    @JsonPropertyDescription("If false, the tier neither orders nor takes in stock while a shock hits the material.")
    boolean buyWhileShocked) {

  public static RefillRule of(Double maxBuyPerDay, Double budgetPerYear, boolean buyWhileShocked) {
    return new RefillRule(maxBuyPerDay, budgetPerYear, buyWhileShocked);
  }

  public double maxBuyPerDayOrUnlimited() {
    return maxBuyPerDay != null ? maxBuyPerDay : Double.POSITIVE_INFINITY;
  }

  public double budgetPerYearOrUnlimited() {
    return budgetPerYear != null ? budgetPerYear : Double.POSITIVE_INFINITY;
  }
}
