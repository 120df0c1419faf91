package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A stockpile of one material held by one holder, measured in days of the material's reference
 * consumption. A tier without a release rule is drawn freely (like firms' own inventory) and is
 * drawn and refilled before tiers with a release rule.
 */
@JsonPropertyOrder({"targetDays", "basis", "unavailableShare", "initialDays", "capacityDays", "holdingCostPerUnitPerYear",
    "capitalCostRatePerYear", "release", "refill", "aheadDays", "reorderDays", "riskScaling"})
public record StockpileTier(
    @JsonProperty(required = true)
    @JsonPropertyDescription("Days the holder aims to keep: of reference consumption, or of net imports (basis).")
    double targetDays,
    @JsonProperty(defaultValue = "consumption")
    @JsonPropertyDescription("What the tier's days are days of: consumption (days of cover), or netImports (the "
        + "previous year's average daily net imports: demand less domestic supply and recycling; IEA's 90 days).")
    TargetBasis basis,
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Share of the stock counted as unavailable when judging the target (IEA: 0.1): the tier "
        + "holds target / (1 - share) to comply.")
    double unavailableShare,
    @JsonPropertyDescription("Days held at day 0; default: targetDays.")
    Double initialDays,
    @JsonPropertyDescription("Most days the tier can store; default: unlimited.")
    Double capacityDays,
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Storage: cost of holding one unit for a year, in the scenario currency.")
    double holdingCostPerUnitPerYear,
    @JsonPropertyDescription("This holder's cost of capital: a share of the stock's market value per year (0.04 = 4 %); "
        + "default: run.capitalCostRatePerYear.")
    Double capitalCostRatePerYear,
    @JsonPropertyDescription("When and how fast the tier releases stock; absent: drawn freely, first.")
    ReleaseRule release,
    @JsonPropertyDescription("How the tier buys back toward its target; absent: no limit on buying.")
    RefillRule refill,
    @JsonPropertyDescription("Buy ahead: days (on the tier's basis) it aims to hold while a shock that will hit the "
        + "material has been announced and has not yet taken effect; absent: its targetDays.")
    Double aheadDays,
    @JsonPropertyDescription("(s, S) refill: the tier buys back only once its stock has fallen below reorderDays, "
        + "then up to its target, and stops there; absent: it buys whenever it is below target.")
    Double reorderDays,
    @JsonPropertyDescription("A target scaled by a risk signal: targetDays x (1 + gain x risk), the risk being 1 while "
        + "a shock hits the material or one is announced, else the recent shortfall rate; absent: a fixed target.")
    RiskScaling riskScaling) {

  public StockpileTier {
    basis = basis == null ? TargetBasis.CONSUMPTION : basis;
  }

  /** The starting stock in days: {@code initialDays}, or the target when not given. */
  public double initialDaysOrTarget() {
    return initialDays != null ? initialDays : targetDays;
  }

  /** Storage capacity in days, {@code +Infinity} when unlimited. */
  public double capacityDaysOrUnlimited() {
    return capacityDays != null ? capacityDays : Double.POSITIVE_INFINITY;
  }

  /** A freely drawn tier (no release rule), starting at its target. */
  public static StockpileTier free(double targetDays) {
    return new StockpileTier(targetDays, TargetBasis.CONSUMPTION, 0, null, null, 0, null, null, null, null, null, null);
  }

  /** A tier that releases only under {@code release}, starting at its target. */
  public static StockpileTier ruled(double targetDays, ReleaseRule release) {
    return new StockpileTier(targetDays, TargetBasis.CONSUMPTION, 0, null, null, 0, null, release, null, null, null, null);
  }

  public StockpileTier withInitialDays(double days) {
    return new StockpileTier(targetDays, basis, unavailableShare, days, capacityDays, holdingCostPerUnitPerYear,
        capitalCostRatePerYear, release, refill, aheadDays, reorderDays, riskScaling);
  }

  public StockpileTier withCapacityDays(double days) {
    return new StockpileTier(targetDays, basis, unavailableShare, initialDays, days, holdingCostPerUnitPerYear,
        capitalCostRatePerYear, release, refill, aheadDays, reorderDays, riskScaling);
  }

  public StockpileTier withHoldingCost(double perUnitPerYear) {
    return new StockpileTier(targetDays, basis, unavailableShare, initialDays, capacityDays, perUnitPerYear,
        capitalCostRatePerYear, release, refill, aheadDays, reorderDays, riskScaling);
  }

  public StockpileTier withRefill(RefillRule rule) {
    return new StockpileTier(targetDays, basis, unavailableShare, initialDays, capacityDays, holdingCostPerUnitPerYear,
        capitalCostRatePerYear, release, rule, aheadDays, reorderDays, riskScaling);
  }

  /** This tier with its own cost of capital (a share of its stock's value per year). */
  public StockpileTier withCapitalCostRate(double perYear) {
    return new StockpileTier(targetDays, basis, unavailableShare, initialDays, capacityDays, holdingCostPerUnitPerYear,
        perYear, release, refill, aheadDays, reorderDays, riskScaling);
  }

  /** This tier with its days counted on {@code newBasis}, with {@code unavailable} of the stock not counted. */
  public StockpileTier withBasis(TargetBasis newBasis, double unavailable) {
    return new StockpileTier(targetDays, newBasis, unavailable, initialDays, capacityDays, holdingCostPerUnitPerYear,
        capitalCostRatePerYear, release, refill, aheadDays, reorderDays, riskScaling);
  }

  /** This tier buying ahead to {@code days} while a shock that will hit its material is announced. */
  public StockpileTier withAheadDays(double days) {
    return new StockpileTier(targetDays, basis, unavailableShare, initialDays, capacityDays, holdingCostPerUnitPerYear,
        capitalCostRatePerYear, release, refill, days, reorderDays, riskScaling);
  }

  /** This tier buying back only once below {@code days}, then up to its target ((s, S) refill). */
  public StockpileTier withReorderDays(double days) {
    return new StockpileTier(targetDays, basis, unavailableShare, initialDays, capacityDays, holdingCostPerUnitPerYear,
        capitalCostRatePerYear, release, refill, aheadDays, days, riskScaling);
  }

  /** This tier's target scaled by the risk signal {@code scaling}. */
  public StockpileTier withRiskScaling(RiskScaling scaling) {
    return new StockpileTier(targetDays, basis, unavailableShare, initialDays, capacityDays, holdingCostPerUnitPerYear,
        capitalCostRatePerYear, release, refill, aheadDays, reorderDays, scaling);
  }

  public StockpileTier withTargetDays(double days) {
    return new StockpileTier(days, basis, unavailableShare, initialDays, capacityDays, holdingCostPerUnitPerYear,
        capitalCostRatePerYear, release, refill, aheadDays, reorderDays, riskScaling);
  }
}
