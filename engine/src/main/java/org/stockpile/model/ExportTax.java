package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A country taxes exports: flows through it cost more, with no effect on volume by itself. */
@JsonPropertyOrder({"type", "name", "country", "targets", "rate", "materials", "start",
    "durationDays", "rampUpDays", "recoveryDays"})
public record ExportTax(
    @JsonPropertyDescription("Optional label.")
    String name,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Country levying the tax.")
    String country,
    @JsonPropertyDescription("Destination countries or tags; empty or absent: every destination.")
    List<String> targets,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Tax as a share of the base price (0.25 = 25 %).")
    double rate,
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

  public ExportTax {
    targets = targets == null ? List.of() : List.copyOf(targets);
    materials = materials == null ? List.of() : List.copyOf(materials);
  }

  public static ExportTax of(String country, List<String> materials, double rate, int startDay, int durationDays) {
    return new ExportTax(null, country, List.of(), rate, materials, DayRef.of(startDay), durationDays, 0, 0);
  }

  @Override
  public ExportTax at(DayRef newStart, int newDuration) {
    return new ExportTax(name, country, targets, rate, materials, newStart, newDuration, rampUpDays, recoveryDays);
  }
}
