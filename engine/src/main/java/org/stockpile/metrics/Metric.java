package org.stockpile.metrics;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The headline metrics of one replicate, per material, per stockpile tier and in total. Each
 * knows which direction is worse, so that CVaR95 always averages the worst 5 % of replicates.
 */
public enum Metric {
  SHORTFALL_UNITS("shortfallUnits", true),
  SHORTFALL_SHARE("shortfallShare", true),
  SHORTFALL_DAYS("shortfallDays", true),
  LONGEST_SHORTFALL_RUN_DAYS("longestShortfallRunDays", true),
  FIRST_SHORTFALL_DAY("firstShortfallDay", false),
  MIN_DAYS_OF_COVER("minDaysOfCover", false),
  DAYS_BELOW_TARGET("daysBelowTarget", true),
  COMPLIANCE("compliance", false),
  FILL_RATE("fillRate", false),
  ACQUISITION_COST("acquisitionCost", true),
  HOLDING_COST("holdingCost", true),
  SHORTAGE_COST("shortageCost", true),
  TOTAL_COST("totalCost", true),
  RELEASED_UNITS("releasedUnits", true),
  RELEASE_DAYS("releaseDays", true),
  MAX_LOANS_OUTSTANDING("maxLoansOutstanding", true);

  /** Metrics reported for each stockpile tier. */
  public static final List<Metric> TIER = List.of(MIN_DAYS_OF_COVER, DAYS_BELOW_TARGET, COMPLIANCE,
      ACQUISITION_COST, HOLDING_COST, RELEASED_UNITS, RELEASE_DAYS, MAX_LOANS_OUTSTANDING);

  /** Metrics reported for each material and in total. */
  public static final List<Metric> MATERIAL = List.of(values());

  private static final Set<Metric> TIER_SET = EnumSet.copyOf(TIER);

  private final String key;
  private final boolean higherIsWorse;

  Metric(String key, boolean higherIsWorse) {
    this.key = key;
    this.higherIsWorse = higherIsWorse;
  }

  /** The name used in files ({@code shortfallUnits}). */
  public String key() {
    return key;
  }

  /** True when a larger value is a worse outcome (shortfall, cost); false for cover, fill rate. */
  public boolean higherIsWorse() {
    return higherIsWorse;
  }

  public boolean appliesToTiers() {
    return TIER_SET.contains(this);
  }
}
