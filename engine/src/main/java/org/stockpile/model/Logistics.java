package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Objects;

/**
 * A blocked route segment or region (a strait, a port): flows through {@code country} lose
 * capacity and/or take longer; optionally shipments already in transit are held until it ends.
 */
@JsonPropertyOrder({"type", "name", "country", "capacityLoss", "delayDays", "holdsInTransit",
    "materials", "start", "durationDays", "rampUpDays", "recoveryDays", "announced"})
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
    @JsonUnwrapped
    ShockWindow window) implements Shock {

  public Logistics {
    Objects.requireNonNull(window, "window");
  }

  public static Logistics of(String country, List<String> materials, double capacityLoss,
      int delayDays, boolean holdsInTransit, int startDay, int durationDays) {
    return new Logistics(null, country, capacityLoss, delayDays, holdsInTransit,
        ShockWindow.of(startDay, durationDays).onMaterials(materials));
  }

  @Override
  public Logistics withWindow(ShockWindow newWindow) {
    return new Logistics(name, country, capacityLoss, delayDays, holdsInTransit, newWindow);
  }
}
