package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Demand for the materials is multiplied while the shock lasts. */
@JsonPropertyOrder({"type", "name", "multiplier", "materials", "start", "durationDays", "rampUpDays", "recoveryDays"})
public record DemandSurge(
    @JsonPropertyDescription("Optional label.")
    String name,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Demand multiplier at full severity (1.3 = +30 %).")
    double multiplier,
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

  public DemandSurge {
    materials = materials == null ? List.of() : List.copyOf(materials);
  }

  public static DemandSurge of(List<String> materials, double multiplier, int startDay, int durationDays) {
    return new DemandSurge(null, multiplier, materials, DayRef.of(startDay), durationDays, 0, 0);
  }

  @Override
  public DemandSurge at(DayRef newStart, int newDuration) {
    return new DemandSurge(name, multiplier, materials, newStart, newDuration, rampUpDays, recoveryDays);
  }
}
