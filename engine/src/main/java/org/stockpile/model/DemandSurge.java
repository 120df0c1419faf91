package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Objects;

/** Demand for the materials is multiplied while the shock lasts. */
@JsonPropertyOrder({"type", "name", "multiplier", "materials", "start", "durationDays", "rampUpDays", "recoveryDays", "announced"})
public record DemandSurge(
    @JsonPropertyDescription("Optional label.")
    String name,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Demand multiplier at full severity (1.3 = +30 %).")
    double multiplier,
    @JsonUnwrapped
    ShockWindow window) implements Shock {

  public DemandSurge {
    Objects.requireNonNull(window, "window");
  }

  public static DemandSurge of(List<String> materials, double multiplier, int startDay, int durationDays) {
    return new DemandSurge(null, multiplier, ShockWindow.of(startDay, durationDays).onMaterials(materials));
  }

  @Override
  public DemandSurge withWindow(ShockWindow newWindow) {
    return new DemandSurge(name, multiplier, newWindow);
  }

  /**
   * Demand times {@code multiplier} for every material, from day 0 for one day:
   * {@code DemandSurge.by(1.3).onMaterials("lithium").startingOn(365).lastingDays(180)}.
   */
  public static DemandSurge by(double multiplier) {
    return new DemandSurge(null, multiplier, ShockWindow.of(0, 1));
  }
}
