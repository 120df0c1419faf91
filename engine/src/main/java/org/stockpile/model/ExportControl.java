package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Objects;

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
    @JsonUnwrapped
    ShockWindow window) implements Shock {

  public ExportControl {
    targets = targets == null ? List.of() : List.copyOf(targets);
    Objects.requireNonNull(window, "window");
  }

  public static ExportControl ban(String country, List<String> targets, List<String> materials,
      int startDay, int durationDays) {
    return new ExportControl(null, country, ControlMode.BAN, targets, null, 0,
        ShockWindow.of(startDay, durationDays).onMaterials(materials));
  }

  public static ExportControl quota(String country, List<String> targets, List<String> materials,
      double allowedShare, int startDay, int durationDays) {
    return new ExportControl(null, country, ControlMode.QUOTA, targets, allowedShare, 0,
        ShockWindow.of(startDay, durationDays).onMaterials(materials));
  }

  public static ExportControl licensing(String country, List<String> targets, List<String> materials,
      double approvedShare, int delayDays, int startDay, int durationDays) {
    return new ExportControl(null, country, ControlMode.LICENSING, targets, approvedShare, delayDays,
        ShockWindow.of(startDay, durationDays).onMaterials(materials));
  }

  @Override
  public ExportControl withWindow(ShockWindow newWindow) {
    return new ExportControl(name, country, mode, targets, allowedShare, delayDays, newWindow);
  }
}
