package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/** How a scenario is run: seed, replicates, horizon and the calendar date of day 0. */
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
    LocalDate startDate) {

  public static final LocalDate DEFAULT_START = LocalDate.of(2026, 1, 1);

  public RunSettings {
    startDate = startDate == null ? DEFAULT_START : startDate;
  }

  public static RunSettings defaults() {
    return new RunSettings(1, 1000, 3650, DEFAULT_START);
  }

  public static RunSettings of(long seed, int replicates, int horizonDays) {
    return new RunSettings(seed, replicates, horizonDays, DEFAULT_START);
  }
}
