package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.stockpile.policy.ReleasePolicy;
import org.stockpile.policy.TriggeredRelease;

/**
 * When a tier releases stock: once the share of demand left unmet before this tier has exceeded
 * {@code triggerShare} for more than {@code latencyDays} consecutive days, at most
 * {@code maxPerDay} units a day, as a {@link Sale} or as a {@link Loan} repaid with a premium.
 *
 * <p>Files write one mapping whose {@code mode} (default {@code sale}) says which; a sale ignores
 * the keys of a loan. In code, start from {@link #sale()} or {@link #loan()} and name each value:
 * {@code ReleaseRule.loan().withTriggerShare(0.05).withLatencyDays(7).withPaybackDays(180)}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "mode",
    defaultImpl = ReleaseRule.Sale.class)
@JsonSubTypes({
    @JsonSubTypes.Type(value = ReleaseRule.Sale.class, name = "sale"),
    @JsonSubTypes.Type(value = ReleaseRule.Loan.class, name = "loan")})
@JsonPropertyOrder({"triggerShare", "triggerPriceMultiple", "latencyDays", "maxPerDay", "mode", "paybackDays", "loanPremium"})
public sealed interface ReleaseRule {

  /** Share of today's demand unmet before this tier above which the trigger holds, in [0, 1). */
  double triggerShare();

  /** Days the trigger must have held before the first release. */
  int latencyDays();

  /** Most units released per day; null: unlimited. */
  Double maxPerDay();

  /**
   * A price trigger instead of the unmet share: the trigger holds while today's market price is
   * above this multiple of the base price; null: the unmet share ({@link #triggerShare()}) triggers.
   */
  Double triggerPriceMultiple();

  /** {@link #maxPerDay()}, {@code +Infinity} when unlimited. */
  default double maxPerDayOrUnlimited() {
    return maxPerDay() != null ? maxPerDay() : Double.POSITIVE_INFINITY;
  }

  /**
   * This rule's decision of how much to release as a policy: the kernel runs the same arithmetic on
   * vectors, so a tier given this policy ({@link org.stockpile.policy.Policies}) releases the same
   * units as the tier under its rule. The terms (sale or loan) stay the tier's.
   */
  default ReleasePolicy asPolicy() {
    return triggerPriceMultiple() != null
        ? TriggeredRelease.onPrice(triggerPriceMultiple(), latencyDays(), maxPerDayOrUnlimited())
        : TriggeredRelease.of(triggerShare(), latencyDays(), maxPerDayOrUnlimited());
  }

  /** Sales as soon as any demand is unmet, with no daily cap. */
  static Sale sale() {
    return new Sale(0, 0, null, null);
  }

  /**
   * Loans as soon as any demand is unmet, with no daily cap, repaid over 365 days with no
   * premium (the defaults of files).
   */
  static Loan loan() {
    return new Loan(0, 0, null, 365, 0, null);
  }

  /** Released units are sold: they are gone. */
  @JsonClassDescription("Released units are gone.")
  // Files have always been allowed to write a loan's keys with mode: sale; they are ignored.
  @JsonIgnoreProperties({"paybackDays", "loanPremium"})
  record Sale(
      @JsonProperty(defaultValue = "0")
      @JsonPropertyDescription("Share of today's demand unmet before this tier above which the trigger holds, in [0, 1).")
      double triggerShare,
      @JsonProperty(defaultValue = "0")
      @JsonPropertyDescription("Days the trigger must have held before the first release (Korea's emergency release: 8).")
      int latencyDays,
      @JsonPropertyDescription("Most units released per day; default: unlimited.")
      Double maxPerDay,
      @JsonPropertyDescription("A price trigger instead of the unmet share: the trigger holds while today's market price "
          + "is above this multiple of the base price (1.5: 50 % above), with the same latency; default: the unmet share.")
      Double triggerPriceMultiple) implements ReleaseRule {

    public Sale withTriggerShare(double share) {
      return new Sale(share, latencyDays, maxPerDay, triggerPriceMultiple);
    }

    public Sale withLatencyDays(int days) {
      return new Sale(triggerShare, days, maxPerDay, triggerPriceMultiple);
    }

    public Sale withMaxPerDay(double units) {
      return new Sale(triggerShare, latencyDays, units, triggerPriceMultiple);
    }

    /** This rule triggered while today's price is above {@code multiple} x the base price. */
    public Sale withTriggerPriceMultiple(double multiple) {
      return new Sale(triggerShare, latencyDays, maxPerDay, multiple);
    }
  }

  /**
   * Released units are lent: once the tier's release programme has ended, what it is owed comes
   * back in installments of one {@code paybackDays}-th of the debt a day; firms pay
   * {@code loanPremium} of the value they borrowed, in money.
   */
  @JsonClassDescription("Released units are lent, and paid back with a premium once supply recovers.")
  record Loan(
      @JsonProperty(defaultValue = "0")
      @JsonPropertyDescription("Share of today's demand unmet before this tier above which the trigger holds, in [0, 1).")
      double triggerShare,
      @JsonProperty(defaultValue = "0")
      @JsonPropertyDescription("Days the trigger must have held before the first release (Korea's emergency release: 8).")
      int latencyDays,
      @JsonPropertyDescription("Most units released per day; default: unlimited.")
      Double maxPerDay,
      @JsonProperty(defaultValue = "365")
      @JsonPropertyDescription("Loans: days over which a loan is repaid in equal installments.")
      int paybackDays,
      @JsonProperty(defaultValue = "0")
      @JsonPropertyDescription("Loans: extra share owed on top of what was lent (0.05 = 5 %).")
      double loanPremium,
      @JsonPropertyDescription("A price trigger instead of the unmet share: the trigger holds while today's market price "
          + "is above this multiple of the base price (1.5: 50 % above), with the same latency; default: the unmet share.")
      Double triggerPriceMultiple) implements ReleaseRule {

    public Loan withTriggerShare(double share) {
      return new Loan(share, latencyDays, maxPerDay, paybackDays, loanPremium, triggerPriceMultiple);
    }

    public Loan withLatencyDays(int days) {
      return new Loan(triggerShare, days, maxPerDay, paybackDays, loanPremium, triggerPriceMultiple);
    }

    public Loan withMaxPerDay(double units) {
      return new Loan(triggerShare, latencyDays, units, paybackDays, loanPremium, triggerPriceMultiple);
    }

    public Loan withPaybackDays(int days) {
      return new Loan(triggerShare, latencyDays, maxPerDay, days, loanPremium, triggerPriceMultiple);
    }

    public Loan withLoanPremium(double share) {
      return new Loan(triggerShare, latencyDays, maxPerDay, paybackDays, share, triggerPriceMultiple);
    }

    /** This rule triggered while today's price is above {@code multiple} x the base price. */
    public Loan withTriggerPriceMultiple(double multiple) {
      return new Loan(triggerShare, latencyDays, maxPerDay, paybackDays, loanPremium, multiple);
    }
  }
}
