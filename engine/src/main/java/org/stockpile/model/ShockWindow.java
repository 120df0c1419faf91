package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Which materials a shock covers and when it acts: its first day, its days at full severity, a
 * linear ramp up before and a linear recovery after. Every kind of shock holds one; files write
 * its keys at the shock's own level ({@code start}, {@code durationDays}, ...), not as a nested
 * mapping. Inside a {@link ShockProcess} the start and duration are drawn, so there they are
 * left out (null). A scheduled shock may be announced before it acts ({@code announced}: the day
 * its coming became known, on or before its start); tiers' policies see the announcement.
 */
@JsonPropertyOrder({"materials", "start", "durationDays", "rampUpDays", "recoveryDays", "announced"})
public record ShockWindow(
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
    int recoveryDays,
    @JsonPropertyDescription("Scheduled shocks: the day (number or date) the shock was announced, on or before its start "
        + "(China announced the 2023 gallium and germanium licensing on 3 July, in force on 1 August); "
        + "tiers' policies see it from that day. Absent: it comes unannounced.")
    DayRef announced) {

  public ShockWindow {
    materials = materials == null ? List.of() : List.copyOf(materials);
  }

  /** A window that comes unannounced. */
  public ShockWindow(List<String> materials, DayRef start, Integer durationDays, int rampUpDays, int recoveryDays) {
    this(materials, start, durationDays, rampUpDays, recoveryDays, null);
  }

  /** Every material, from day {@code startDay} for {@code durationDays} at full severity, no ramp. */
  public static ShockWindow of(int startDay, int durationDays) {
    return new ShockWindow(List.of(), DayRef.of(startDay), durationDays, 0, 0);
  }

  /** Every material, with the start and duration left to the {@link ShockProcess} that draws them. */
  public static ShockWindow drawn() {
    return new ShockWindow(List.of(), null, null, 0, 0);
  }

  /** This window over {@code materialIds} only (empty: every material). */
  public ShockWindow onMaterials(List<String> materialIds) {
    return new ShockWindow(materialIds, start, durationDays, rampUpDays, recoveryDays, announced);
  }

  /** This window rising to full severity over {@code upDays} and fading over {@code downDays}. */
  public ShockWindow withRamp(int upDays, int downDays) {
    return new ShockWindow(materials, start, durationDays, upDays, downDays, announced);
  }

  /** This window placed at {@code newStart} for {@code newDuration} days at full severity. */
  public ShockWindow at(DayRef newStart, int newDuration) {
    return new ShockWindow(materials, newStart, newDuration, rampUpDays, recoveryDays, announced);
  }

  /** This window starting on {@code day}. */
  public ShockWindow startingOn(DayRef day) {
    return new ShockWindow(materials, day, durationDays, rampUpDays, recoveryDays, announced);
  }

  /** This window at full severity for {@code days}. */
  public ShockWindow lastingDays(int days) {
    return new ShockWindow(materials, start, days, rampUpDays, recoveryDays, announced);
  }

  /** This window announced on {@code day} (on or before its start). */
  public ShockWindow announcedOn(DayRef day) {
    return new ShockWindow(materials, start, durationDays, rampUpDays, recoveryDays, day);
  }
}
