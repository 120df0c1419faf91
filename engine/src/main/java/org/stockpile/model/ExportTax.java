package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Objects;

/** A country taxes exports: flows through it cost more, with no effect on volume by itself. */
@JsonPropertyOrder({"type", "name", "country", "targets", "rate", "materials", "start",
    "durationDays", "rampUpDays", "recoveryDays", "announced"})
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
    @JsonUnwrapped
    ShockWindow window) implements Shock {

  public ExportTax {
    targets = targets == null ? List.of() : List.copyOf(targets);
    Objects.requireNonNull(window, "window");
  }

  public static ExportTax of(String country, List<String> materials, double rate, int startDay, int durationDays) {
    return new ExportTax(null, country, List.of(), rate, ShockWindow.of(startDay, durationDays).onMaterials(materials));
  }

  @Override
  public ExportTax withWindow(ShockWindow newWindow) {
    return new ExportTax(name, country, targets, rate, newWindow);
  }

  /**
   * A tax of {@code rate} (a share of the price) on exports from {@code country} to every
   * destination, from day 0 for one day: {@code ExportTax.by("CN", 0.25).startingOn(100).lastingDays(365)}.
   */
  public static ExportTax by(String country, double rate) {
    return new ExportTax(null, country, List.of(), rate, ShockWindow.of(0, 1));
  }

  /** This tax on exports to {@code destinations} only (country ids or tags). */
  public ExportTax against(String... destinations) {
    return new ExportTax(name, country, List.of(destinations), rate, window);
  }
}
