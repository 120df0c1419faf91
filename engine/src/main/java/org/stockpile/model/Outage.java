package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Objects;

/**
 * Lost capacity: a strike, accident, regulatory halt, sanction or conflict. It hits either every
 * source whose route passes through {@code country}, or the sources named {@code source}.
 */
@JsonPropertyOrder({"type", "name", "country", "source", "capacityLoss", "materials", "start",
    "durationDays", "rampUpDays", "recoveryDays", "announced"})
public record Outage(
    @JsonPropertyDescription("Optional label.")
    String name,
    @JsonPropertyDescription("Country whose capacity is lost (give this or source).")
    String country,
    @JsonPropertyDescription("Id of the source that loses capacity (give this or country).")
    String source,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Share of capacity lost at full severity, in [0, 1].")
    double capacityLoss,
    @JsonUnwrapped
    ShockWindow window) implements Shock {

  public Outage {
    Objects.requireNonNull(window, "window");
  }

  /**
   * Every source whose route passes through {@code country} losing {@code capacityLoss} of its
   * capacity (1: all), every material, from day 0 for one day:
   * {@code Outage.inCountry("CD", 0.5).startingOn(200).lastingDays(30)}.
   */
  public static Outage inCountry(String country, double capacityLoss) {
    return new Outage(null, country, null, capacityLoss, ShockWindow.of(0, 1));
  }

  /** Source {@code source} losing {@code capacityLoss} of its capacity, from day 0 for one day. */
  public static Outage atSource(String source, double capacityLoss) {
    return new Outage(null, null, source, capacityLoss, ShockWindow.of(0, 1));
  }

  public static Outage ofCountry(String country, List<String> materials, double capacityLoss,
      int startDay, int durationDays) {
    return new Outage(null, country, null, capacityLoss, ShockWindow.of(startDay, durationDays).onMaterials(materials));
  }

  public static Outage ofSource(String source, List<String> materials, double capacityLoss,
      int startDay, int durationDays) {
    return new Outage(null, null, source, capacityLoss, ShockWindow.of(startDay, durationDays).onMaterials(materials));
  }

  @Override
  public Outage withWindow(ShockWindow newWindow) {
    return new Outage(name, country, source, capacityLoss, newWindow);
  }
}
