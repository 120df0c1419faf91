package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * When a tier releases stock: once the share of demand left unmet before this tier has exceeded
 * {@code triggerShare} for more than {@code latencyDays} consecutive days, at most
 * {@code maxPerDay} units a day, as a sale or as a loan repaid with a premium.
 */
@JsonPropertyOrder({"triggerShare", "latencyDays", "maxPerDay", "mode", "paybackDays", "loanPremium"})
public record ReleaseRule(
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Share of today's demand unmet before this tier above which the trigger holds, in [0, 1).")
    double triggerShare,
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Days the trigger must have held before the first release (Korea's emergency release: 8).")
    int latencyDays,
    @JsonPropertyDescription("Most units released per day; default: unlimited.")
    Double maxPerDay,
    @JsonProperty(defaultValue = "sale")
    @JsonPropertyDescription("sale: released units are gone; loan: they are paid back with a premium once supply recovers.")
    ReleaseMode mode,
    @JsonProperty(defaultValue = "365")
    @JsonPropertyDescription("Loans: days over which a loan is repaid in equal installments.")
    int paybackDays,
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Loans: extra share owed on top of what was lent (0.05 = 5 %).")
    double loanPremium) {

  public ReleaseRule {
    mode = mode == null ? ReleaseMode.SALE : mode;
  }

  public static ReleaseRule sale(double triggerShare, int latencyDays, Double maxPerDay) {
    return new ReleaseRule(triggerShare, latencyDays, maxPerDay, ReleaseMode.SALE, 365, 0);
  }

  public static ReleaseRule loan(double triggerShare, int latencyDays, Double maxPerDay,
      int paybackDays, double loanPremium) {
    return new ReleaseRule(triggerShare, latencyDays, maxPerDay, ReleaseMode.LOAN, paybackDays, loanPremium);
  }

  public double maxPerDayOrUnlimited() {
    return maxPerDay != null ? maxPerDay : Double.POSITIVE_INFINITY;
  }
}
