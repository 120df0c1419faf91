package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Random shocks: events arrive as a Poisson process ({@code ratePerYear}); each event is the
 * template {@code shock} placed at the arrival day, lasting a drawn duration, with its severity
 * scaled by a drawn factor in [0, 1]. When {@code correlated} (the default) one event hits every
 * material of the template's scope at once; otherwise each material gets its own events.
 */
@JsonPropertyOrder({"name", "ratePerYear", "durationDays", "severity", "correlated", "shock"})
public record ShockProcess(
    @JsonPropertyDescription("Optional label.")
    String name,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Expected number of events per year.")
    double ratePerYear,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Distribution of an event's duration in days (rounded, at least 1).")
    Distribution durationDays,
    @JsonPropertyDescription("Distribution of the severity factor, clipped to [0, 1]; default: always 1.")
    Distribution severity,
    @JsonProperty(defaultValue = "true")
    @JsonPropertyDescription("One draw hits every material in scope at once (a correlation group).")
    boolean correlated,
    @JsonProperty(required = true)
    @JsonPropertyDescription("The shock each event applies; its start and durationDays are drawn.")
    Shock shock) {

  public static ShockProcess of(double ratePerYear, Distribution durationDays, Distribution severity, Shock shock) {
    return new ShockProcess(null, ratePerYear, durationDays, severity, true, shock);
  }
}
