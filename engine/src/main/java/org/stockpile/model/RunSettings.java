package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * How a scenario is run: seed, replicates, horizon, the calendar date of day 0, and the two rates
 * of its cost model: the cost of capital tied up in stock and the discount rate of money over time
 * (docs/model.md, "Costs").
 */
public record RunSettings(
    @JsonProperty(defaultValue = "1")
    @JsonPropertyDescription("Seed of every random stream; same seed, same numbers.")
    long seed,
    @JsonProperty(defaultValue = "1000")
    @JsonPropertyDescription("Number of Monte Carlo replicates.")
    int replicates,
    @JsonProperty(defaultValue = "3650")
    @JsonPropertyDescription("Days simulated in each replicate.")
    int horizonDays,
    @JsonProperty(defaultValue = "2026-01-01")
    @JsonPropertyDescription("Calendar date of day 0; dates in the file are counted from it.")
    LocalDate startDate,
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Cost of capital: a share of the stock's market value charged per year of holding (0.02 = 2 %).")
    double capitalCostRatePerYear,
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Discount rate per year: every cost is a present value at day 0 (0.03 = 3 %).")
    double discountRatePerYear) {
  /** The most replicates a run may have (in a file or on the command line). */
  public static final int MAX_REPLICATES = 10_000_000;


  public static final LocalDate DEFAULT_START = LocalDate.of(2026, 1, 1);

  public RunSettings {
    startDate = startDate == null ? DEFAULT_START : startDate;
  }

  public static RunSettings defaults() {
    return new RunSettings(1, 1000, 3650, DEFAULT_START, 0, 0);
  }

  public static RunSettings of(long seed, int replicates, int horizonDays) {
    return new RunSettings(seed, replicates, horizonDays, DEFAULT_START, 0, 0);
  }

  /** These settings with the run's seed {@code value} (with a replicate's index, it fixes every draw). */
  public RunSettings withSeed(long value) {
    return new RunSettings(value, replicates, horizonDays, startDate, capitalCostRatePerYear, discountRatePerYear);
  }

  /** These settings running {@code count} replicates. */
  public RunSettings withReplicates(int count) {
    return new RunSettings(seed, count, horizonDays, startDate, capitalCostRatePerYear, discountRatePerYear);
  }

  /** These settings simulating {@code days} days. */
  public RunSettings withHorizonDays(int days) {
    return new RunSettings(seed, replicates, days, startDate, capitalCostRatePerYear, discountRatePerYear);
  }

  /** These settings with day 0 on {@code date}. */
  public RunSettings withStartDate(LocalDate date) {
    return new RunSettings(seed, replicates, horizonDays, date, capitalCostRatePerYear, discountRatePerYear);
  }

  /** These settings with a cost of capital and a discount rate (shares per year). */
  public RunSettings withRates(double capitalCostPerYear, double discountPerYear) {
    return new RunSettings(seed, replicates, horizonDays, startDate, capitalCostPerYear, discountPerYear);
  }
}
