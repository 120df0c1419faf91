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

  /**
   * Routes through {@code country} (a strait, a port) losing {@code capacityLoss} of their capacity
   * and {@code delayDays} longer, every material, from day 0 for one day:
   * {@code Logistics.through("MALACCA", 0.3, 14).startingOn(100).lastingDays(60)}.
   */
  public static Logistics through(String country, double capacityLoss, int delayDays) {
    return new Logistics(null, country, capacityLoss, delayDays, false, ShockWindow.of(0, 1));
  }

  /** This shock holding shipments due while it is at its ramp or full severity until it starts fading. */
  public Logistics holdingInTransit() {
    return new Logistics(name, country, capacityLoss, delayDays, true, window);
  }
}
