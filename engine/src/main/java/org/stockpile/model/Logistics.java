package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A blocked route segment or region (a strait, a port): flows through {@code country} lose
 * capacity and/or take longer; optionally shipments already in transit are held until it ends.
 */
@JsonPropertyOrder({"type", "name", "country", "capacityLoss", "delayDays", "holdsInTransit",
    "materials", "start", "durationDays", "rampUpDays", "recoveryDays"})
public record Logistics(
    @JsonPropertyDescription("Optional label.")
    String name,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Country or region (route segment) affected.")
    String country,
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Share of capacity lost at full severity, in [0, 1].")
    double capacityLoss,
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Extra days for shipments leaving while it lasts.")
    int delayDays,
    @JsonProperty(defaultValue = "false")
    @JsonPropertyDescription("If true, shipments in transit through the segment are held until it ends.")
    boolean holdsInTransit,
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

  public Logistics {
    materials = materials == null ? List.of() : List.copyOf(materials);
  }

  public static Logistics of(String country, List<String> materials, double capacityLoss,
      int delayDays, boolean holdsInTransit, int startDay, int durationDays) {
    return new Logistics(null, country, capacityLoss, delayDays, holdsInTransit, materials,
        DayRef.of(startDay), durationDays, 0, 0);
  }

  @Override
  public Logistics at(DayRef newStart, int newDuration) {
    return new Logistics(name, country, capacityLoss, delayDays, holdsInTransit, materials, newStart,
        newDuration, rampUpDays, recoveryDays);
  }
}
