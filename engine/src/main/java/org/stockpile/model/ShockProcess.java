package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Random shocks: events arrive as a Poisson process ({@code ratePerYear}); each event is the
 * template {@code shock} placed at the arrival day, lasting a drawn duration, with its severity
 * scaled by a drawn factor in [0, 1]. When {@code correlated} (the default) one event hits every
 * material of the template's scope at once; otherwise each material gets its own events. With
 * {@code announcementLeadDays} each event is announced a drawn number of days before it starts.
 */
@JsonPropertyOrder({"name", "ratePerYear", "durationDays", "severity", "correlated", "announcementLeadDays", "shock"})
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
    @JsonPropertyDescription("Distribution of the days between an event's announcement and its start (rounded, at "
        + "least 0; an announcement before the run's start is known from day 0). Tiers' policies see the event "
        + "coming from its announcement. Absent: events come unannounced.")
    Distribution announcementLeadDays,
    @JsonProperty(required = true)
    @JsonPropertyDescription("The shock each event applies; its start and durationDays are drawn.")
    Shock shock) {

  public static ShockProcess of(double ratePerYear, Distribution durationDays, Distribution severity, Shock shock) {
    return new ShockProcess(null, ratePerYear, durationDays, severity, true, null, shock);
  }

  /** This process named {@code name} (its random streams' key: name processes to keep their draws apart). */
  public ShockProcess named(String name) {
    return new ShockProcess(name, ratePerYear, durationDays, severity, correlated, announcementLeadDays, shock);
  }

  /** This process with each material of its scope drawing its own events ({@code correlated: false}). */
  public ShockProcess uncorrelated() {
    return new ShockProcess(name, ratePerYear, durationDays, severity, false, announcementLeadDays, shock);
  }

  /** This process with each event announced a lead drawn from {@code leadDays} before it starts. */
  public ShockProcess announcedAhead(Distribution leadDays) {
    return new ShockProcess(name, ratePerYear, durationDays, severity, correlated, leadDays, shock);
  }

  /** This process applying {@code template} (the scope a world's economy sees of it, for one). */
  public ShockProcess withShock(Shock template) {
    return new ShockProcess(name, ratePerYear, durationDays, severity, correlated, announcementLeadDays, template);
  }
}
