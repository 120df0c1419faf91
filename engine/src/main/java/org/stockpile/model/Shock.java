package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A supply or demand shock. Every shock has a start, a duration, an optional linear ramp up and
 * recovery, and a scope of materials (empty: every material). Inside a {@link ShockProcess} the
 * start and duration are drawn, so there they are left out.
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

  /** First day of the shock (required for scheduled shocks). */
  DayRef start();

  /** Days at full severity, before recovery (required for scheduled shocks). */
  Integer durationDays();

  /** Days over which severity rises linearly to full. */
  int rampUpDays();

  /** Days after the duration over which severity falls linearly to zero. */
  int recoveryDays();

  /** Material ids the shock applies to; empty means every material. */
  List<String> materials();

  /** The same shock placed at {@code start} for {@code durationDays} (used to instantiate process templates). */
  Shock at(DayRef start, int durationDays);
}
