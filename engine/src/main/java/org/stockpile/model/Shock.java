package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;

/**
 * A supply or demand shock. Every shock has a {@link ShockWindow}: a scope of materials (empty:
 * every material), a start, a duration, an optional linear ramp up and recovery. Inside a
 * {@link ShockProcess} the start and duration are drawn, so there they are left out.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ExportControl.class, name = "exportControl"),
    @JsonSubTypes.Type(value = ExportTax.class, name = "exportTax"),
    @JsonSubTypes.Type(value = Outage.class, name = "outage"),
    @JsonSubTypes.Type(value = Logistics.class, name = "logistics"),
    @JsonSubTypes.Type(value = DemandSurge.class, name = "demandSurge")})
public sealed interface Shock permits ExportControl, ExportTax, Outage, Logistics, DemandSurge {

  /** Optional label shown in reports. */
  String name();

  /** The materials the shock covers and when it acts (files write its keys at the shock's level). */
  ShockWindow window();

  /** The same shock over {@code window}. */
  Shock withWindow(ShockWindow window);

  /** The same shock placed at {@code start} for {@code durationDays} (as a process places its template). */
  default Shock at(DayRef start, int durationDays) {
    return withWindow(window().at(start, durationDays));
  }

  /** The same shock starting on day {@code day} of the run. */
  default Shock startingOn(int day) {
    return withWindow(window().startingOn(DayRef.of(day)));
  }

  /** The same shock starting on {@code date}. */
  default Shock startingOn(LocalDate date) {
    return withWindow(window().startingOn(DayRef.of(date)));
  }

  /** The same shock at full severity for {@code days}. */
  default Shock lastingDays(int days) {
    return withWindow(window().lastingDays(days));
  }

  /** The same shock announced on day {@code day} of the run (on or before its start). */
  default Shock announcedOn(int day) {
    return withWindow(window().announcedOn(DayRef.of(day)));
  }

  /** The same shock announced on {@code date} (on or before its start). */
  default Shock announcedOn(LocalDate date) {
    return withWindow(window().announcedOn(DayRef.of(date)));
  }

  /** The same shock on {@code materialIds} only. */
  default Shock onMaterials(String... materialIds) {
    return withWindow(window().onMaterials(List.of(materialIds)));
  }
}
