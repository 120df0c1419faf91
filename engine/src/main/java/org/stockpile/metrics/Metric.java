package org.stockpile.metrics;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The headline metrics of one replicate, per material, per stockpile tier and, where a total has
 * a meaning, over all materials. Each knows which direction is worse, so that CVaR95 always
 * averages the worst 5 % of replicates, and what it is measured in ({@link Dimension}).
 */
public enum Metric {
  SHORTFALL_UNITS("shortfallUnits", true, Dimension.QUANTITY, "shortfall"),
  /** Shortfall on days when some tier of the material still held stock at the end of the day. */
  SHORTFALL_WITH_STOCK_UNITS("shortfallWithStockUnits", true, Dimension.QUANTITY, "shortfall while stock was held"),
  /** Shortfall on days when every tier of the material was empty at the end of the day. */
  SHORTFALL_STOCK_EMPTY_UNITS("shortfallStockEmptyUnits", true, Dimension.QUANTITY, "shortfall with stocks empty"),
  SHORTFALL_SHARE("shortfallShare", true, Dimension.SHARE, "share of demand unmet"),
  SHORTFALL_DAYS("shortfallDays", true, Dimension.DAYS, "days short"),
  LONGEST_SHORTFALL_RUN_DAYS("longestShortfallRunDays", true, Dimension.DAYS, "longest run of days short"),
  FIRST_SHORTFALL_DAY("firstShortfallDay", false, Dimension.DAYS, "first day short"),
  MIN_DAYS_OF_COVER("minDaysOfCover", false, Dimension.DAYS, "lowest days of cover"),
  DAYS_BELOW_TARGET("daysBelowTarget", true, Dimension.DAYS, "days below target"),
  COMPLIANCE("compliance", false, Dimension.SHARE, "compliance"),
  FILL_RATE("fillRate", false, Dimension.SHARE, "fill rate"),
  /** Buying every tier's starting stock at day 0's market price. */
  INITIAL_STOCK_COST("initialStockCost", true, Dimension.MONEY, "starting stock bought"),
  /** What units put into tiers during the run cost (refills and loan repayments), landed. */
  ACQUISITION_COST("acquisitionCost", true, Dimension.MONEY, "stock bought"),
  /** Storage: each tier's {@code holdingCostPerUnitPerYear} on its stock, day by day. */
  HOLDING_COST("holdingCost", true, Dimension.MONEY, "storage cost"),
  /**
   * The cost of capital tied up in stock: each tier's {@code capitalCostRatePerYear} (by default
   * {@code run.capitalCostRatePerYear}) on its market value.
   */
  CAPITAL_COST("capitalCost", true, Dimension.MONEY, "cost of capital"),
  SHORTAGE_COST("shortageCost", true, Dimension.MONEY, "shortage cost"),
  /**
   * Stock drawn to serve demand, at the base price: a credit, so that consumption costs nothing
   * whether arrivals or stock serve it (consumption served from arrivals is in no cost either).
   */
  STOCK_USED_VALUE("stockUsedValue", false, Dimension.MONEY, "stock used, at base price"),
  /** Stock left in the tiers at the end, at the final market price: a credit. */
  END_STOCK_VALUE("endStockValue", false, Dimension.MONEY, "stock value at the end"),
  /** Starting stock + acquisition + storage + capital + shortage - stock used - stock value at the end. */
  NET_COST("netCost", true, Dimension.MONEY, "net cost"),
  /** Loan premiums firms pay lending tiers: money moving inside the economy, not in the net cost. */
  LOAN_PREMIUMS("loanPremiums", true, Dimension.MONEY, "loan premiums"),
  RELEASED_UNITS("releasedUnits", true, Dimension.QUANTITY, "drawn from stock"),
  RELEASE_DAYS("releaseDays", true, Dimension.DAYS, "days drawing stock"),
  MAX_LOANS_OUTSTANDING("maxLoansOutstanding", true, Dimension.QUANTITY, "most loans outstanding"),
  /** Supply put aside because no tier could take it (it waits, and serves demand first). */
  EXCESS_UNITS("excessUnits", true, Dimension.QUANTITY, "bought but not stored"),
  /** Of the excess: what a tier refused because it does not buy while the material is shocked. */
  EXCESS_SHOCKED_UNITS("excessShockedUnits", true, Dimension.QUANTITY, "not stored: refused while shocked"),
  /** Of the excess: what a tier could not pay for (budget spent) or take in (its daily buying cap). */
  EXCESS_LIMITED_UNITS("excessLimitedUnits", true, Dimension.QUANTITY, "not stored: budget or buying cap"),
  /** Of the excess: what came when every tier was at its target or its capacity. */
  EXCESS_FULL_UNITS("excessFullUnits", true, Dimension.QUANTITY, "not stored: tiers full");

  /** What a metric is measured in. */
  public enum Dimension {
    /** The material's own unit (t, kg...): never added across materials. */
    QUANTITY("material's unit"),
    /** The scenario's currency. */
    MONEY("currency"),
    /** Days (counts of days, day numbers, days of cover). */
    DAYS("days"),
    /** A share between 0 and 1. */
    SHARE("share (0 to 1)");

    private final String description;

    Dimension(String description) {
      this.description = description;
    }

    /** What files say the unit is, without a material: "material's unit", "currency", "days"... */
    public String description() {
      return description;
    }
  }

  /** Metrics reported for each stockpile tier. */
  public static final List<Metric> TIER = List.of(SHORTFALL_WITH_STOCK_UNITS, MIN_DAYS_OF_COVER, DAYS_BELOW_TARGET,
      COMPLIANCE, INITIAL_STOCK_COST, ACQUISITION_COST, HOLDING_COST, CAPITAL_COST, STOCK_USED_VALUE, END_STOCK_VALUE,
      LOAN_PREMIUMS,
      RELEASED_UNITS, RELEASE_DAYS, MAX_LOANS_OUTSTANDING);

  /** The parts of {@link #NET_COST}, in order; the stock used and the end value are credits. */
  public static final List<Metric> COST_PARTS = List.of(INITIAL_STOCK_COST, ACQUISITION_COST, HOLDING_COST,
      CAPITAL_COST, SHORTAGE_COST, STOCK_USED_VALUE, END_STOCK_VALUE);

  /** Metrics reported for each material. */
  public static final List<Metric> MATERIAL = List.of(values());

  /**
   * Metrics with a total over all materials: money (summed), days and shares (on days when any
   * material is short or below target; fill rate and shortfall share weighted by value at base
   * prices). Quantities have none: kilograms of gallium are not added to tonnes of graphite.
   */
  public static final List<Metric> TOTAL = Arrays.stream(values())
      .filter(metric -> metric.dimension != Dimension.QUANTITY).toList();

  private static final Set<Metric> TIER_SET = EnumSet.copyOf(TIER);

  private final String key;
  private final boolean higherIsWorse;
  private final Dimension dimension;
  private final String label;

  Metric(String key, boolean higherIsWorse, Dimension dimension, String label) {
    this.key = key;
    this.higherIsWorse = higherIsWorse;
    this.dimension = dimension;
    this.label = label;
  }

  /** +1 for a part of {@link #NET_COST} that adds to it, -1 for a credit, 0 for other metrics. */
  public int signInNetCost() {
    return this == END_STOCK_VALUE || this == STOCK_USED_VALUE ? -1 : COST_PARTS.contains(this) ? 1 : 0;
  }

  /** What people call it in reports and in the terminal ({@code days short}). */
  public String label() {
    return label;
  }

  /** The name used in files ({@code shortfallUnits}). */
  public String key() {
    return key;
  }

  /** True when a larger value is a worse outcome (shortfall, cost); false for cover, fill rate. */
  public boolean higherIsWorse() {
    return higherIsWorse;
  }

  public Dimension dimension() {
    return dimension;
  }

  public boolean appliesToTiers() {
    return TIER_SET.contains(this);
  }

  /** Whether a total over all materials is reported (everything but quantities in units). */
  public boolean hasTotal() {
    return dimension != Dimension.QUANTITY;
  }

  /** The unit of this metric's values: {@code materialUnit} for quantities, {@code currency} for money. */
  public String unit(String materialUnit, String currency) {
    return switch (dimension) {
      case QUANTITY -> materialUnit;
      case MONEY -> currency;
      case DAYS -> "days";
      case SHARE -> "share";
    };
  }

  /** The metric written {@code key} in files, if any. */
  public static Optional<Metric> byKey(String key) {
    return Arrays.stream(values()).filter(metric -> metric.key.equals(key)).findFirst();
  }
}
