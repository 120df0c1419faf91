package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Lost capacity: a strike, accident, regulatory halt, sanction or conflict. It hits either every
 * source whose route passes through {@code country}, or the sources named {@code source}.
 */
@JsonPropertyOrder({"type", "name", "country", "source", "capacityLoss", "materials", "start",
    "durationDays", "rampUpDays", "recoveryDays"})
public record Outage(
    @JsonPropertyDescription("Optional label.")
    String name,
    @JsonPropertyDescription("Country whose capacity is lost (give this or source).")
    String country,
    @JsonPropertyDescription("Id of the source that loses capacity (give this or country).")
    String source,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Share of capacity lost at full severity, in [0, 1].")
    double capacityLoss,
    @JsonPropertyDescription("Materials covered; empty or absent: every material.")
    List<String> materials,
    @JsonPropertyDescription("First day (day number or date).")
    DayRef start,
    @JsonPropertyDescription("Days at full severity.")
    Integer durationDays,
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Days to reach full severity.")
    int rampUpDays,
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Days to recover after the duration.")
    int recoveryDays) implements Shock {

  public Outage {
    materials = materials == null ? List.of() : List.copyOf(materials);
  }

  public static Outage ofCountry(String country, List<String> materials, double capacityLoss,
      int startDay, int durationDays) {
    return new Outage(null, country, null, capacityLoss, materials, DayRef.of(startDay), durationDays, 0, 0);
  }

  public static Outage ofSource(String source, List<String> materials, double capacityLoss,
      int startDay, int durationDays) {
    return new Outage(null, null, source, capacityLoss, materials, DayRef.of(startDay), durationDays, 0, 0);
  }

  public Outage withRamp(int upDays, int downDays) {
    return new Outage(name, country, source, capacityLoss, materials, start, durationDays, upDays, downDays);
  }

  @Override
  public Outage at(DayRef newStart, int newDuration) {
    return new Outage(name, country, source, capacityLoss, materials, newStart, newDuration, rampUpDays, recoveryDays);
  }
}
