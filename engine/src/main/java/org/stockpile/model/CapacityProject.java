package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** New capacity for an existing source: decided on {@code start}, online {@code leadTimeDays} later. */
public record CapacityProject(
    @JsonProperty(required = true)
    @JsonPropertyDescription("Id of the material's source that gains the capacity.")
    String source,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Units per day added to the source's capacity once online.")
    double addCapacityPerDay,
    @JsonPropertyDescription("Day number or date the project starts; default: day 0.")
    DayRef start,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Days from start until the capacity is online.")
    int leadTimeDays) {

  /** Day the capacity comes online, in a run starting at {@code startDate}. */
  public long onlineDay(java.time.LocalDate startDate) {
    return (start == null ? 0 : start.resolve(startDate)) + leadTimeDays;
  }
}
