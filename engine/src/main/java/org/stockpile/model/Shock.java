package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

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
}
