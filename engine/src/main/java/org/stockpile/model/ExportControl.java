package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A country restricts exports of materials to some or all destinations. */
@JsonPropertyOrder({"type", "name", "country", "mode", "targets", "allowedShare", "delayDays",
    "materials", "start", "durationDays", "rampUpDays", "recoveryDays"})
public record ExportControl(
    @JsonPropertyDescription("Optional label.")
    String name,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Country imposing the control.")
    String country,
    @JsonProperty(required = true)
    @JsonPropertyDescription("ban, quota or licensing.")
    ControlMode mode,
    @JsonPropertyDescription("Destination countries or tags; empty or absent: every destination.")
    List<String> targets,
    @JsonPropertyDescription("quota: share of normal flow allowed; licensing: share of shipments approved.")
    Double allowedShare,
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("licensing: extra days approved shipments wait.")
    int delayDays,
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

  public ExportControl {
    targets = targets == null ? List.of() : List.copyOf(targets);
    materials = materials == null ? List.of() : List.copyOf(materials);
  }

  public static ExportControl ban(String country, List<String> targets, List<String> materials,
      int startDay, int durationDays) {
    return new ExportControl(null, country, ControlMode.BAN, targets, null, 0, materials,
        DayRef.of(startDay), durationDays, 0, 0);
  }

  public static ExportControl quota(String country, List<String> targets, List<String> materials,
      double allowedShare, int startDay, int durationDays) {
    return new ExportControl(null, country, ControlMode.QUOTA, targets, allowedShare, 0, materials,
        DayRef.of(startDay), durationDays, 0, 0);
  }

  public static ExportControl licensing(String country, List<String> targets, List<String> materials,
      double approvedShare, int delayDays, int startDay, int durationDays) {
    return new ExportControl(null, country, ControlMode.LICENSING, targets, approvedShare, delayDays,
        materials, DayRef.of(startDay), durationDays, 0, 0);
  }

  public ExportControl withRamp(int upDays, int downDays) {
    return new ExportControl(name, country, mode, targets, allowedShare, delayDays, materials, start,
        durationDays, upDays, downDays);
  }

  @Override
  public ExportControl at(DayRef newStart, int newDuration) {
    return new ExportControl(name, country, mode, targets, allowedShare, delayDays, materials,
        newStart, newDuration, rampUpDays, recoveryDays);
  }
}
