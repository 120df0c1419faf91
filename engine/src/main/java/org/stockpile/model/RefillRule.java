package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** How fast and with how much money a tier buys back toward its target. */
@JsonPropertyOrder({"maxBuyPerDay", "budgetPerYear", "buyWhileShocked", "delayDays", "maxPriceMultiple"})
public record RefillRule(
    @JsonPropertyDescription("Most units the tier orders per day; default: unlimited.")
    Double maxBuyPerDay,
    @JsonPropertyDescription("Most money the tier spends on stock per year of the run (resets every 365 days); default: unlimited.")
    Double budgetPerYear,
    @JsonProperty(defaultValue = "true")
    @JsonPropertyDescription("If false, the tier neither orders nor takes in stock while a shock hits the material.")
    boolean buyWhileShocked,
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Days after the material was last shocked before the tier orders or takes in stock again "
        + "(staggers refills: an economy that waits does not buy against the others); 0: at once.")
    int delayDays,
    @JsonPropertyDescription("Price cap: the tier buys nothing on a day the market price is above maxPriceMultiple x "
        + "the material's base price (1.5: at most 50 % above); default: no cap.")
    Double maxPriceMultiple) {

  public static RefillRule of(Double maxBuyPerDay, Double budgetPerYear, boolean buyWhileShocked) {
    return new RefillRule(maxBuyPerDay, budgetPerYear, buyWhileShocked, 0, null);
  }

  /** This rule, waiting {@code days} after the material was last shocked before buying again. */
  public RefillRule withDelayDays(int days) {
    return new RefillRule(maxBuyPerDay, budgetPerYear, buyWhileShocked, days, maxPriceMultiple);
  }

  /** This rule, buying nothing on a day the price is above {@code multiple} x the base price. */
  public RefillRule withMaxPriceMultiple(double multiple) {
    return new RefillRule(maxBuyPerDay, budgetPerYear, buyWhileShocked, delayDays, multiple);
  }

  public double maxBuyPerDayOrUnlimited() {
    return maxBuyPerDay != null ? maxBuyPerDay : Double.POSITIVE_INFINITY;
  }

  public double budgetPerYearOrUnlimited() {
    return budgetPerYear != null ? budgetPerYear : Double.POSITIVE_INFINITY;
  }
}
