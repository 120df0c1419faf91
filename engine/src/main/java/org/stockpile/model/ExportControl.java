package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Objects;

/**
 * A country restricts exports of materials to some or all destinations: a {@link Ban}, a
 * {@link Quota} or {@link Licensing}. Files write one mapping ({@code type: exportControl}) whose
 * {@code mode} says which; {@code allowedShare} is the quota's share of the normal flow, or the
 * share of shipments licensing approves.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "mode")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ExportControl.Ban.class, name = "ban"),
    @JsonSubTypes.Type(value = ExportControl.Quota.class, name = "quota"),
    @JsonSubTypes.Type(value = ExportControl.Licensing.class, name = "licensing")})
@JsonPropertyOrder({"type", "name", "country", "mode", "targets", "allowedShare", "delayDays",
    "materials", "start", "durationDays", "rampUpDays", "recoveryDays", "announced"})
public sealed interface ExportControl extends Shock permits ExportControl.Ban, ExportControl.Quota,
    ExportControl.Licensing {

  /** Country imposing the control. */
  String country();

  /** Destination countries or tags; empty: every destination. */
  List<String> targets();

  @Override
  ExportControl withWindow(ShockWindow window);

  /**
   * A ban on exports from {@code country} to every destination, on every material, from day 0 for
   * one day, to complete with named values:
   * {@code ExportControl.banBy("CN").against("JP").startingOn(100).lastingDays(90)}.
   */
  static Ban banBy(String country) {
    return new Ban(null, country, List.of(), ShockWindow.of(0, 1));
  }

  /**
   * A quota on exports from {@code country} letting {@code allowedShare} of the normal flow
   * through, to every destination, from day 0 for one day:
   * {@code ExportControl.quotaBy("CN", 0.3).against("JP").startingOn(100).lastingDays(90)}.
   */
  static Quota quotaBy(String country, double allowedShare) {
    return new Quota(null, country, List.of(), allowedShare, ShockWindow.of(0, 1));
  }

  /**
   * Licensing of exports from {@code country} approving {@code approvedShare} of shipments, the
   * approved ones {@code delayDays} late, to every destination, from day 0 for one day:
   * {@code ExportControl.licensingBy("CN", 0.8, 30).startingOn(LocalDate.of(2023, 8, 1)).lastingDays(60)}.
   */
  static Licensing licensingBy(String country, double approvedShare, int delayDays) {
    return new Licensing(null, country, List.of(), approvedShare, delayDays, ShockWindow.of(0, 1));
  }

  static Ban ban(String country, List<String> targets, List<String> materials, int startDay, int durationDays) {
    return new Ban(null, country, targets, ShockWindow.of(startDay, durationDays).onMaterials(materials));
  }

  static Quota quota(String country, List<String> targets, List<String> materials, double allowedShare,
      int startDay, int durationDays) {
    return new Quota(null, country, targets, allowedShare,
        ShockWindow.of(startDay, durationDays).onMaterials(materials));
  }

  static Licensing licensing(String country, List<String> targets, List<String> materials, double approvedShare,
      int delayDays, int startDay, int durationDays) {
    return new Licensing(null, country, targets, approvedShare, delayDays,
        ShockWindow.of(startDay, durationDays).onMaterials(materials));
  }

  /** Flow through the country stops. */
  @JsonClassDescription("Flow through the country stops.")
  @MisplacedKey(key = "allowedShare", problem = "has no meaning for a ban (use mode: quota to let a share through)")
  record Ban(
      @JsonPropertyDescription("Optional label.")
      String name,
      @JsonProperty(required = true)
      @JsonPropertyDescription("Country imposing the control.")
      String country,
      @JsonPropertyDescription("Destination countries or tags; empty or absent: every destination.")
      List<String> targets,
      @JsonUnwrapped
      ShockWindow window) implements ExportControl {

    public Ban {
      targets = targets == null ? List.of() : List.copyOf(targets);
      Objects.requireNonNull(window, "window");
    }

    @Override
    public Ban withWindow(ShockWindow newWindow) {
      return new Ban(name, country, targets, newWindow);
    }

    /** This ban on exports to {@code destinations} only (country ids or tags). */
    public Ban against(String... destinations) {
      return new Ban(name, country, List.of(destinations), window);
    }
  }

  /** Flow through the country is capped at {@code allowedShare} of its normal level. */
  @JsonClassDescription("Flow through the country is capped at a share of its normal level.")
  record Quota(
      @JsonPropertyDescription("Optional label.")
      String name,
      @JsonProperty(required = true)
      @JsonPropertyDescription("Country imposing the control.")
      String country,
      @JsonPropertyDescription("Destination countries or tags; empty or absent: every destination.")
      List<String> targets,
      @JsonProperty(required = true)
      @JsonPropertyDescription("Share of normal flow allowed.")
      double allowedShare,
      @JsonUnwrapped
      ShockWindow window) implements ExportControl {

    public Quota {
      targets = targets == null ? List.of() : List.copyOf(targets);
      Objects.requireNonNull(window, "window");
    }

    @Override
    public Quota withWindow(ShockWindow newWindow) {
      return new Quota(name, country, targets, allowedShare, newWindow);
    }

    /** This quota on exports to {@code destinations} only (country ids or tags). */
    public Quota against(String... destinations) {
      return new Quota(name, country, List.of(destinations), allowedShare, window);
    }
  }

  /**
   * {@code approvedShare} of shipments is approved (written {@code allowedShare} in files, as
   * quotas write theirs); approved ones wait {@code delayDays} more.
   */
  @JsonClassDescription("A share of shipments is approved, and approved ones wait longer.")
  record Licensing(
      @JsonPropertyDescription("Optional label.")
      String name,
      @JsonProperty(required = true)
      @JsonPropertyDescription("Country imposing the control.")
      String country,
      @JsonPropertyDescription("Destination countries or tags; empty or absent: every destination.")
      List<String> targets,
      @JsonProperty(value = "allowedShare", required = true)
      @JsonPropertyDescription("Share of shipments approved.")
      double approvedShare,
      @JsonProperty(defaultValue = "0")
      @JsonPropertyDescription("licensing: extra days approved shipments wait.")
      int delayDays,
      @JsonUnwrapped
      ShockWindow window) implements ExportControl {

    public Licensing {
      targets = targets == null ? List.of() : List.copyOf(targets);
      Objects.requireNonNull(window, "window");
    }

    @Override
    public Licensing withWindow(ShockWindow newWindow) {
      return new Licensing(name, country, targets, approvedShare, delayDays, newWindow);
    }

    /** This licensing of exports to {@code destinations} only (country ids or tags). */
    public Licensing against(String... destinations) {
      return new Licensing(name, country, List.of(destinations), approvedShare, delayDays, window);
    }
  }
}
